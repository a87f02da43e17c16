"""Precision of veille's ACLED events on news it was not tuned on: the ACLED-coded events that veille gave
183 OrangeSum articles, each judged by hand (would ACLED code it?), and how many of them veille still codes.

    .venv/bin/python scripts/acled_audit.py                    # runs `veille extract` on the judged articles
    .venv/bin/python scripts/acled_audit.py --pred OUT.jsonl   # scores an extract output already made
    .venv/bin/python scripts/acled_audit.py --split check --show   # one split, listing what is still wrong

The judgements are scripts/data/acled-audit.jsonl (see scripts/data/README.md): per article, its id, line in
../shared/data/orangesum-fr/random.jsonl and text hash, and per event veille coded at 6a5eed8 its trigger's
offsets, the ACLED type given, the verdict ("yes": ACLED would code it; "no"; "background") with its reason,
and the right type where veille's was wrong. An event is still coded when a non-background event with an
ACLED type has the same trigger offsets. Events that no judgement covers are counted as unjudged.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "scripts" / "data" / "acled-audit.jsonl"
ARTICLES = ROOT.parent / "shared" / "data" / "orangesum-fr" / "random.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def articles(audit: list[dict], source: Path) -> list[dict]:
    """The judged articles, from the shared OrangeSum file, each checked against its text hash."""
    wanted = {a["id"]: a for a in audit}
    found = [a for a in read_jsonl(source) if a["id"] in wanted]
    for a in found:
        if hashlib.sha256(a["text"].encode()).hexdigest()[:16] != wanted[a["id"]]["sha256"]:
            sys.exit(f"{a['id']}: its text changed since it was judged; refusing to score it")
    if len(found) != len(wanted):
        sys.exit(f"{len(wanted) - len(found)} judged articles are missing from {source}")
    return found


def coded(record: dict) -> dict[tuple[int, int], dict]:
    """The record's events with an ACLED type, not background, by their trigger's offsets."""
    return {tuple((e.get("trigger") or {}).get("span", (0, 0))): e for e in record.get("events") or []
            if e.get("acled") and not e.get("background")}


def score(audit: list[dict], preds: dict[str, dict], show: bool = False) -> Counter:
    counts: Counter = Counter()
    for judged in audit:
        now = coded(preds[judged["id"]])
        spans = set()
        for e in judged["events"]:
            span = tuple(e["trigger"])
            spans.add(span)
            verdict = "yes" if e["verdict"] == "yes" else "no"
            kept = span in now
            counts[verdict, kept] += 1
            if show and (kept != (verdict == "yes")):
                print(f"{'still coded' if kept else 'lost'}: {judged['id']} {e['acled']} {e['reason']} "
                      f"at {span[0]}")
        counts["unjudged", True] += len(set(now) - spans)
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pred", type=Path, help="veille extract output on the judged articles")
    parser.add_argument("--split", choices=("tune", "check"), help="one split only (default: both, apart)")
    parser.add_argument("--show", action="store_true", help="list the events still judged wrong")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="the OrangeSum random.jsonl")
    args = parser.parse_args(argv)
    audit = read_jsonl(AUDIT)
    if args.pred is None:
        with tempfile.TemporaryDirectory() as tmp:
            source, args.pred = Path(tmp) / "articles.jsonl", Path(tmp) / "pred.jsonl"
            source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n"
                                      for a in articles(audit, args.articles)), encoding="utf-8")
            done = subprocess.run([sys.executable, "-m", "veille.cli", "extract", str(source), "-o",
                                   str(args.pred)], cwd=ROOT, capture_output=True, text=True)
            if not args.pred.is_file():
                sys.exit(f"veille extract failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
            preds = {p["id"]: p for p in read_jsonl(args.pred)}
    else:
        preds = {p["id"]: p for p in read_jsonl(args.pred)}
    for split in [args.split] if args.split else ["tune", "check"]:
        part = [a for a in audit if a["split"] == split]
        c = score(part, preds, args.show)
        yes, no = c["yes", True], c["no", True]
        print(f"{split}: {len(part)} articles; judged yes still coded {yes}/{yes + c['yes', False]}, "
              f"judged no still coded {no}/{no + c['no', False]}, unjudged coded {c['unjudged', True]}; "
              f"precision of the judged {yes / max(1, yes + no):.3f}")


if __name__ == "__main__":
    main()
