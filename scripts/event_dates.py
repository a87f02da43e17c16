"""Dates of every event, not only the primary: of the gold events with a PLOVER type and a date that veille
finds (matched as ``../shared/eval/score.py`` matches them for ``events.plover``: the same PLOVER type and,
where the gold gives a place, the same place name or a point within 161 km), the share whose date is the
gold's, for the primary events and for the others, by where veille took the date from (``time_source``).

    .venv/bin/python scripts/event_dates.py GOLD.jsonl PRED.jsonl [--split tune|check] [--show]

GOLD is a gold file (``../shared/data/fr-events/dev.jsonl``, or a set joined by ``join_annotations.py``),
PRED the output of ``veille extract`` on it; ``--show`` lists the events other than the primary whose date
is not the gold's. score.py scores the primary event's date only; this is the figure for the rest.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def scorer():
    """The shared scorer, whose matching this figure reuses."""
    if not (EVAL / "score.py").exists():
        sys.exit(f"needs the shared scorer at {EVAL / 'score.py'}")
    sys.path.insert(0, str(EVAL))
    import score

    return score


def matched_dates(score, gold: dict, pred: dict) -> list[tuple[dict, dict, bool]]:
    """(gold event, predicted event, whether its date is the gold's) for the matched dated events."""
    places, times = score.by_id(pred.get("places")), score.by_id(pred.get("times"))
    events = [e for e in pred.get("events") or [] if isinstance(e, dict)]
    golds = [g for g in gold["gold"].get("events") or [] if g.get("plover")]

    def match(g: dict, p: dict) -> float:
        if score.norm(p.get("type")) != score.norm(g.get("plover")):
            return 0.0
        if not g.get("location"):
            return 1.0
        place = places.get(p.get("place")) or {}
        if score.norm(place.get("name")) == score.norm(g["location"]):
            return 2.0
        points = (g.get("lat"), g.get("lon"), place.get("lat"), place.get("lon"))
        if all(isinstance(v, (int, float)) for v in points):
            return 1.5 if score.km(*points) <= 161 else 0.0
        return 0.0

    out = []
    for i, j in score.greedy(golds, events, match):
        g, p = golds[i], events[j]
        if g.get("date"):
            value = (times.get(p.get("time")) or {}).get("value")
            out.append((g, p, score.norm(str(value)) == score.norm(g["date"])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--split", help="Only the gold records of this split (fr-events: tune, check).")
    parser.add_argument("--show", action="store_true", help="List the other events dated wrong.")
    args = parser.parse_args()
    score = scorer()
    with open(args.gold, encoding="utf-8") as f:
        gold = {r["id"]: r for r in map(json.loads, f)}
    right: Counter = Counter()
    total: Counter = Counter()
    wrong = []
    with open(args.pred, encoding="utf-8") as f:
        for pred in map(json.loads, f):
            record = gold.get(pred.get("id"))
            if record is None or args.split and record.get("split") != args.split:
                continue
            for g, p, ok in matched_dates(score, record, pred):
                key = ("primary" if p.get("primary") else "other", p.get("time_source") or "-")
                total[key] += 1
                right[key] += ok
                if not ok and key[0] == "other":
                    wrong.append((pred["id"], p["type"], p["trigger"]["text"], key[1], g["date"]))
    for role in ("primary", "other"):
        keys = sorted(k for k in total if k[0] == role)
        n, ok = sum(total[k] for k in keys), sum(right[k] for k in keys)
        sources = ", ".join(f"{source} {right[role, source]}/{total[role, source]}" for _, source in keys)
        print(f"{role:8} date {ok / n if n else 0:.3f} (n={n})  by source: {sources}")
    if args.show:
        for item in wrong:
            print("  wrong", *item)


if __name__ == "__main__":
    main()
