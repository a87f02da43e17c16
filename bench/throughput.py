"""Throughput and peak memory of the whole veille pipeline against raw spaCy on the same articles.

    .venv/bin/python bench/throughput.py [--n 500] [--data ../shared/data/orangesum-fr/conflict.jsonl]

Each side runs in its own process (so peak RSS is its own): raw ``nlp.pipe`` with fr_core_news_md,
then veille's ``analyse`` (language given, as in the file) producing CONTRACT records. Model load time
is excluded from both; the first batch warms up the gazetteer cache for veille as it would in use.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "orangesum-fr" / "conflict.jsonl"


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
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from veille.extractors.pipeline import load_pipeline
        from veille.process import analyse
        from veille.schemas import Input

        load_pipeline("fr")
        items = [Input(id=str(r.get("id", i)), text=t, lang="fr", published=r.get("published"))
                 for i, (r, t) in enumerate(zip(rows, texts))]
        start = time.perf_counter()
        for _article in analyse(items):
            pass
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"side": side, "articles": len(texts), "seconds": round(elapsed, 2),
                      "articles_per_s": round(len(texts) / elapsed, 2), "peak_rss_mb": round(peak_mb)}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--side", choices=["spacy", "veille"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:
        run_side(args.side, args.data, args.n)
        return 0
    if not Path(args.data).exists():
        print(f"no {args.data}: give --data FILE.jsonl", file=sys.stderr)
        return 2
    results = {}
    for side in ("spacy", "veille"):
        command = [sys.executable, __file__, "--side", side, "--n", str(args.n), "--data", args.data]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[side] = json.loads(out.strip().splitlines()[-1])
        print(f"{side:7s} {results[side]['articles_per_s']:7.2f} articles/s   peak RSS "
              f"{results[side]['peak_rss_mb']:6d} MB   ({results[side]['seconds']} s for "
              f"{results[side]['articles']} articles)")
    ratio = results["veille"]["articles_per_s"] / results["spacy"]["articles_per_s"]
    print(f"ratio veille/spaCy: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
