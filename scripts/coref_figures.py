"""Coreference figures on fr-events: of the descriptions and pronouns that refer to a named person or
organisation, the share veille resolves to the right one, to a wrong one, or to none.

    .venv/bin/python scripts/coref_figures.py                     # runs `veille extract` on fr-events first
    .venv/bin/python scripts/coref_figures.py --pred OUT.jsonl    # scores an extract output already made
    .venv/bin/python scripts/coref_figures.py --pred OUT.jsonl --show   # and lists the links not right
    .venv/bin/python scripts/coref_figures.py --links scripts/data/fr-more-coref.jsonl --gold ARTICLES.jsonl

The gold links are scripts/data/fr-events-coref.jsonl (offsets into the articles of
../shared/data/fr-events/dev.jsonl; see scripts/data/README.md); --links and --gold score another set of
links on its own articles (fr-more-coref.jsonl, fr-more2-coref.jsonl, fr-more3-coref.jsonl and
fr-unseen2-coref.jsonl: 24 articles each, splits "more", "more2", "more3" and "unseen2", for tuning;
fr-unseen-coref.jsonl and fr-unseen3-coref.jsonl: 24 articles each, splits "unseen" and "unseen3", kept
aside). A link is resolved by the predicted entity
that has a `references` span overlapping it or a `mentions` span covering it (the largest overlap wins, then
the shortest span, then the first entity); it is right when that entity's name holds the gold referent's
surname (the last word of its name, case and soft hyphens aside).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "fr-events" / "dev.jsonl"
LINKS = ROOT / "scripts" / "data" / "fr-events-coref.jsonl"
KINDS = ("description", "pronoun")
OUTCOMES = ("right", "wrong", "unresolved")


def _plain(text: str) -> str:
    return text.replace("\xad", "").casefold()


def surname(name: str) -> str:
    """The word a right prediction must hold: the last word of the referent's name."""
    words = _plain(name).split()
    return words[-1] if words else ""


def _overlap(span: list[int], start: int, end: int) -> int:
    return min(span[1], end) - max(span[0], start)


def resolved_entity(entities: list[dict], start: int, end: int) -> dict | None:
    """The predicted entity that the words at [start, end) refer to: one of its references overlaps them,
    or one of its mentions covers them; the largest overlap wins, then the shortest span (the words
    themselves over a longer phrase that holds them), then the first entity."""
    best, best_fit = None, (0, 0)
    for entity in entities:
        spans = [ref["span"] for ref in entity.get("references") or []]
        spans += [m for m in entity.get("mentions") or [] if m[0] <= start and end <= m[1]]
        fit = max(((_overlap(s, start, end), s[0] - s[1]) for s in spans), default=(0, 0))
        if fit[0] > 0 and fit > best_fit:
            best, best_fit = entity, fit
    return best


def outcome(entities: list[dict], link: dict) -> str:
    """Whether a gold link is resolved to the right referent, to a wrong one, or not at all."""
    entity = resolved_entity(entities, link["start"], link["end"])
    if entity is None:
        return "unresolved"
    return "right" if surname(link["referent"]) in _plain(entity.get("name") or "") else "wrong"


def score(links: list[dict], predictions: dict[str, dict]) -> dict[tuple[str, str], Counter]:
    """Outcomes counted by (split, kind), and by ("all", kind) (an article with no split counts in "all"
    only); an article missing from the predictions, or one that failed, leaves its links unresolved."""
    counts: dict[tuple[str, str], Counter] = {}
    for article in links:
        entities = (predictions.get(article["id"]) or {}).get("entities") or []
        for link in article["links"]:
            result = outcome(entities, link)
            for split in {article.get("split") or "all", "all"}:
                counts.setdefault((split, link["kind"]), Counter())[result] += 1
    return counts


def table(counts: dict[tuple[str, str], Counter]) -> list[str]:
    """One line per split and kind: how many links, and the share of each outcome."""
    lines = [f"{'split':6s} {'kind':12s} {'links':>5s} {'right':>6s} {'wrong':>6s} {'unresolved':>10s}"]
    splits = [s for s in ("tune", "check") if (s, KINDS[0]) in counts or (s, KINDS[1]) in counts]
    splits += sorted({s for s, _ in counts} - {"tune", "check", "all"}) + ["all"]
    for split in splits:
        for kind in KINDS:
            c = counts.get((split, kind), Counter())
            n = sum(c.values())
            shares = [c[o] / n if n else 0.0 for o in OUTCOMES]
            lines.append(f"{split:6s} {kind:12s} {n:5d} {shares[0]:6.3f} {shares[1]:6.3f} {shares[2]:10.3f}")
    return lines


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(gold: Path, target: Path) -> None:
    """This checkout's `veille extract` on the gold articles."""
    command = [sys.executable, "-m", "veille.cli", "extract", str(gold), "-o", str(target)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if not target.is_file():
        sys.exit(f"veille extract failed on {gold} (exit {done.returncode}):\n{done.stderr[-2000:]}")


def show(links: list[dict], predictions: dict[str, dict], texts: dict[str, str]) -> None:
    """Every link that is not right, with its words and what veille made of them."""
    for article in links:
        entities = (predictions.get(article["id"]) or {}).get("entities") or []
        for link in article["links"]:
            result = outcome(entities, link)
            if result != "right":
                entity = resolved_entity(entities, link["start"], link["end"])
                words = texts.get(article["id"], "")[link["start"]:link["end"]]
                print(f"{article['id']:16s} {result:10s} {link['kind'][:4]} {words!r} -> {link['referent']}"
                      f" (predicted: {entity['name'] if entity else None})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", type=Path, help="veille extract output on the articles (default: run it now)")
    ap.add_argument("--gold", type=Path, default=GOLD, help="the articles (default: fr-events)")
    ap.add_argument("--links", type=Path, default=LINKS, help="the gold coreference links")
    ap.add_argument("--show", action="store_true", help="list every link that is not right")
    args = ap.parse_args()
    if not args.gold.is_file():
        print(f"skipped: the articles are absent ({args.gold}); they are in the shared data folder "
              "beside the project", file=sys.stderr)
        return 0
    links = read_jsonl(args.links)
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred
        if pred is None:
            pred = Path(tmp) / "articles.pred.jsonl"
            extract(args.gold, pred)
        predictions = {str(r.get("id")): r for r in read_jsonl(pred)}
    print("\n".join(table(score(links, predictions))))
    if args.show:
        show(links, predictions, {r["id"]: r["text"] for r in read_jsonl(args.gold)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
