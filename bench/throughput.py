"""Throughput and peak memory of the whole veille pipeline against raw spaCy on the same articles.

    .venv/bin/python bench/throughput.py [--n 300] [--repeat 3] [--data FILE.jsonl]

The first ``--n`` articles of ``--data`` (default ../shared/data/orangesum-fr/conflict.jsonl). Each
side runs in its own process (so peak RSS is its own): raw ``nlp.pipe`` of the French model
(fr_core_news_md) in batches of 16, then veille's ``analyse`` (language given, batches of 16) producing
CONTRACT records. Both sides get the same texts; both load their model and then analyse the first
article once, untimed (veille opens its gazetteer there, spaCy allocates its buffers); then all the
articles are timed. Model load and cold start are `bench/cold_start.py`'s business.

With ``--repeat`` the two sides alternate, so a busy machine slows both alike. On a machine too busy for
that, ``--interleaved`` loads both in one process and alternates them batch by batch (the peak RSS is
then that of both together). The ratio veille/spaCy is
given on wall time and on CPU time (the process's own, which other programs on the machine disturb
less); each with its spread over the repeats.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "orangesum-fr" / "conflict.jsonl"
BATCH_SIZE = 16


def load(path: Path, n: int) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
            if len(rows) >= n:
                break
    return rows


def run_side(side: str, path: str, n: int) -> None:
    rows = load(Path(path), n)
    texts = [r.get("text") or r.get("article") or "" for r in rows]
    if side == "spacy":
        import spacy

        nlp = spacy.load("fr_core_news_md")

        def run(chosen: list[int]) -> None:
            for _doc in nlp.pipe([texts[i] for i in chosen], batch_size=BATCH_SIZE):
                pass
    else:
        from veille.extractors.pipeline import load_pipeline
        from veille.process import analyse
        from veille.schemas import Input
        from veille.settings import Settings

        load_pipeline("fr")
        settings = Settings(batch_size=BATCH_SIZE)

        def run(chosen: list[int]) -> None:
            items = [Input(id=str(rows[i].get("id", i)), text=texts[i], lang="fr",
                           published=rows[i].get("published")) for i in chosen]
            for _article in analyse(items, settings):
                pass
    run([0])  # warm-up, untimed
    start, cpu_start = time.perf_counter(), time.process_time()
    run(list(range(len(texts))))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"side": side, "articles": len(texts), "seconds": round(elapsed, 2),
                      "cpu_seconds": round(cpu, 2), "articles_per_s": round(len(texts) / elapsed, 2),
                      "articles_per_cpu_s": round(len(texts) / cpu, 2), "peak_rss_mb": round(peak_mb)}))


def run_interleaved(path: str, n: int) -> None:
    """Both sides in one process, batch by batch (each batch first on one side, then on the other)."""
    import spacy

    from veille.extractors.pipeline import load_pipeline
    from veille.process import analyse
    from veille.schemas import Input
    from veille.settings import Settings

    rows = load(Path(path), n)
    texts = [r.get("text") or r.get("article") or "" for r in rows]
    raw, settings = spacy.load("fr_core_news_md"), Settings(batch_size=BATCH_SIZE)
    load_pipeline("fr")

    def spacy_side(chosen: range) -> None:
        for _doc in raw.pipe([texts[i] for i in chosen], batch_size=BATCH_SIZE):
            pass

    def veille_side(chosen: range) -> None:
        items = [Input(id=str(rows[i].get("id", i)), text=texts[i], lang="fr",
                       published=rows[i].get("published")) for i in chosen]
        for _article in analyse(items, settings):
            pass

    sides = {"spacy": spacy_side, "veille": veille_side}
    seconds = dict.fromkeys(sides, 0.0)
    for run in sides.values():
        run(range(1))  # warm-up, untimed
    for k, first in enumerate(range(0, len(texts), BATCH_SIZE)):
        batch = range(first, min(first + BATCH_SIZE, len(texts)))
        for side in (("spacy", "veille") if k % 2 == 0 else ("veille", "spacy")):
            start = time.perf_counter()
            sides[side](batch)
            seconds[side] += time.perf_counter() - start
    for side, spent in seconds.items():
        print(f"{side:7s} {len(texts) / spent:7.2f} articles/s   ({spent:.1f} s for {len(texts)} articles)")
    print(f"ratio veille/spaCy, interleaved: {seconds['spacy'] / seconds['veille']:.2f}")


def spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f}"
    low, high = min(values), max(values)
    return f"{statistics.median(values):.2f} (min {low:.2f}, max {high:.2f}, {len(values)} runs)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=1, help="alternate the two sides this many times")
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--interleaved", action="store_true", help="both sides in one process, batch by batch")
    ap.add_argument("--side", choices=["spacy", "veille"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:
        run_side(args.side, args.data, args.n)
        return 0
    if not Path(args.data).exists():
        print(f"no {args.data}: give --data FILE.jsonl", file=sys.stderr)
        return 2
    if args.interleaved:
        run_interleaved(args.data, args.n)
        return 0
    wall_ratios, cpu_ratios = [], []
    for _ in range(args.repeat):
        results = {}
        for side in ("spacy", "veille"):
            command = [sys.executable, __file__, "--side", side, "--n", str(args.n), "--data", args.data]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results[side] = r = json.loads(out.strip().splitlines()[-1])
            print(f"{side:7s} {r['articles_per_s']:7.2f} articles/s {r['articles_per_cpu_s']:7.2f} per CPU s "
                  f"peak RSS {r['peak_rss_mb']:6d} MB   ({r['seconds']} s, {r['cpu_seconds']} CPU s for "
                  f"{r['articles']} articles)", flush=True)
        wall_ratios.append(results["veille"]["articles_per_s"] / results["spacy"]["articles_per_s"])
        cpu_ratios.append(results["veille"]["articles_per_cpu_s"] / results["spacy"]["articles_per_cpu_s"])
    print(f"ratio veille/spaCy, wall time: {spread(wall_ratios)}")
    print(f"ratio veille/spaCy, CPU time:  {spread(cpu_ratios)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
