"""Search latency on a store: full-text queries, filters and both, each run several times.

    .venv/bin/python bench/search.py --db /tmp/veille-bench.db

Use the store bench/ingest.py builds (4,067 OrangeSum articles). Prints, per query, the median and the
slowest time in milliseconds and the number of hits, then the slowest of all.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from veille.corpus.search import Filters, search
from veille.store import Database

QUERIES = [
    ("attentat", Filters()),
    ("armee francaise", Filters()),
    ('"coup d\'Etat"', Filters()),
    ("manifest* police", Filters()),
    ("Mali OR Niger", Filters(since="2020-01", until="2020-12")),
    ("", Filters(place="ML")),
    ("", Filters(place="Bamako")),
    ("", Filters(bbox="-12.3,10.1,4.3,25.0")),
    ("", Filters(entity="Emmanuel Macron")),
    ("", Filters(event_type="Battles")),
    ("", Filters(category="killed", since="2020")),
    ("attaque", Filters(place="BF", event_type="ASSAULT")),
    ("otages", Filters(entity="France", category="killed")),
    ("election", Filters(place="FR", since="2017-01", until="2017-06-30")),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/veille-bench.db")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"no store at {args.db}: run bench/ingest.py first")
    worst = 0.0
    with Database(args.db) as db:
        articles = db.stats()["articles"]
        print(f"store: {articles} articles")
        search(db, "warm", Filters(place="IQ"))  # opens the place index once, as a running service has
        for query, filters in QUERIES:
            times, hits = [], 0
            for _ in range(args.repeat):
                start = time.perf_counter()
                hits = len(search(db, query, filters, limit=20))
                times.append((time.perf_counter() - start) * 1000)
            worst = max(worst, max(times))
            shown = {k: v for k, v in vars(filters).items() if v}
            print(f"{statistics.median(times):7.1f} ms median {max(times):7.1f} ms max  {hits:3d} hits  "
                  f"{query!r} {shown}")
    print(f"slowest: {worst:.1f} ms")


if __name__ == "__main__":
    main()
