"""Joins hand annotations kept as offsets with the articles they were made on, into a gold file in the
format of ../shared/eval/GOLD.md that ../shared/eval/score.py scores.

    .venv/bin/python scripts/join_annotations.py -o /tmp/fr-fresh.gold.jsonl
    .venv/bin/veille extract /tmp/fr-fresh.gold.jsonl -o /tmp/fr-fresh.pred.jsonl
    python3 ../shared/eval/score.py /tmp/fr-fresh.gold.jsonl /tmp/fr-fresh.pred.jsonl

The annotations (default scripts/data/fr-fresh.jsonl; `--annotations scripts/data/NAME.jsonl` for the
others: fr-unseen, fr-unseen3 and fr-unseen9, kept aside, and fr-more, fr-more2, fr-more3, fr-unseen2,
fr-unseen4, fr-unseen5 and fr-unseen7 (the last three statements only), fr-unseen8 (statements and events),
for tuning, as fr-fresh now is; fr-unseen6, events only; all described in scripts/data/README.md) hold no
article text: statements and events point into the article's `text` by character offsets, and the articles
come from ../shared/data/orangesum-fr (`--shared` names another shared folder). Each annotated article
carries the first 16 hex digits of the SHA-256 of its text, so that an article that changed is refused
rather than joined at the wrong offsets.
The gold file's `set` is the annotation file's name (`fr-fresh`, `fr-more`, …).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ANNOTATIONS = ROOT / "scripts" / "data" / "fr-fresh.jsonl"
SOURCES = {"orangesum-conflict": "orangesum-fr/conflict.jsonl",
           "orangesum-random": "orangesum-fr/random.jsonl"}
GOLD_SET = "fr-fresh"
EVENT_LABELS = ("plover", "event_type", "sub_event_type", "modality", "date", "location", "lat", "lon",
                "geonameid", "admin1", "country", "fatalities")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fingerprint(text: str) -> str:
    """What an annotation records of its article's text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def words_at(text: str, span: list[int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def join(annotation: dict, article: dict, gold_set: str = GOLD_SET) -> dict:
    """One gold record (GOLD.md) of the set `gold_set`: the article's text and metadata, its statements
    and events with the words their offsets point at, the primary event first (where score.py looks for
    it). Raises ValueError when the article is not the one annotated."""
    text = article["text"]
    if fingerprint(text) != annotation["sha256"]:
        raise ValueError(f"{annotation['id']}: the article's text is not the one annotated")
    statements = []
    for item in annotation["statements"]:
        start, end = item["content"]
        statements.append({"speaker": item["speaker"], "content": text[start:end], "content_start": start,
                           "content_end": end, "cue": words_at(text, item["cue"]), "kind": item["kind"]})
    events = []
    for item in sorted(annotation["events"], key=lambda e: not e.get("primary")):  # the primary first
        event = {key: item.get(key) for key in EVENT_LABELS}
        event["actor1"] = words_at(text, item.get("actor1"))
        event["actor2"] = words_at(text, item.get("actor2"))
        if item.get("primary"):
            event["primary"] = True
        events.append(event)
    return {"id": annotation["id"], "set": gold_set, "lang": article.get("lang") or "fr",
            "published": article.get("published"), "title": article.get("title"), "text": text,
            "scope": annotation.get("scope", ["statements", "events"]), "source": annotation["set"],
            "gold": {"statements": statements, "events": events}}


def articles(shared: Path, annotations: list[dict]) -> dict[str, dict]:
    """The annotated articles, read from their source files in the shared folder."""
    wanted = {a["id"] for a in annotations}
    found: dict[str, dict] = {}
    for name in sorted({a["set"] for a in annotations}):
        if name not in SOURCES:
            raise ValueError(f"unknown source set {name!r}")
        for record in read_jsonl(shared / "data" / SOURCES[name]):
            if record.get("id") in wanted:
                found[record["id"]] = record
    missing = wanted - found.keys()
    if missing:
        raise ValueError(f"articles not in the shared data: {', '.join(sorted(missing))}")
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, required=True, help="the gold file to write")
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS, help="the annotations (offsets)")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the folder that holds data/orangesum-fr")
    ap.add_argument("--first", type=int, help="only the first N articles in the order they were annotated")
    args = ap.parse_args()
    if not (args.shared / "data" / "orangesum-fr").is_dir():
        sys.exit(f"no {args.shared / 'data' / 'orangesum-fr'}: pass the shared folder with --shared")
    annotations = read_jsonl(args.annotations)
    if args.first is not None:
        annotations = sorted(annotations, key=lambda a: a["rank"])[:args.first]
    found = articles(args.shared, annotations)
    with open(args.output, "w", encoding="utf-8") as out:
        for annotation in annotations:
            record = join(annotation, found[annotation["id"]], gold_set=args.annotations.stem)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    statements = sum(len(a["statements"]) for a in annotations)
    events = sum(len(a["events"]) for a in annotations)
    print(f"{args.output}: {len(annotations)} articles, {statements} statements, {events} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
