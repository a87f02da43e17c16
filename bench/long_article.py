"""Time and peak memory of veille on one long article, at several lengths: they should grow about linearly.

    .venv/bin/python bench/long_article.py [--sizes 60000 240000 480000] [--spacy]

Needs ../shared/data/orangesum-fr/*.jsonl (real French news): each long text is built by joining whole
OrangeSum articles as paragraphs, then cut at a paragraph break to the size asked. Each size runs in a
fresh process, so its peak RSS (``ru_maxrss`` of that child) is its own; model load time is left out of
the seconds, not of the RSS. ``--spacy`` also measures the bare spaCy model on the same text, which is
the part of the memory veille cannot change. Target (issue 14): the largest size takes at most 12x the
seconds of the smallest, and every peak RSS stays under 2 GB.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "orangesum-fr"
DEFAULT_SIZES = (60_000, 240_000, 480_000)
MAX_RATIO = 12
MAX_RSS_MB = 2048


def long_text(size: int, data_dir: Path = DATA_DIR) -> str:
    """Whole articles joined as paragraphs until ``size`` characters, cut at the last paragraph break."""
    parts: list[str] = []
    total = 0
    for path in sorted(data_dir.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                text = (json.loads(line).get("text") or "").strip()
                if not text:
                    continue
                parts.append(text)
                total += len(text) + 2
                if total >= size:
                    joined = "\n\n".join(parts)[:size]
                    cut = joined.rfind("\n\n")
                    return joined[:cut] if cut > 0 else joined
    raise SystemExit(f"{data_dir} holds fewer than {size} characters of articles")


def peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def run_child(side: str, size: int) -> None:
    text = long_text(size)
    if side == "spacy":
        import spacy

        nlp = spacy.load("fr_core_news_md")
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        loaded = peak_rss_mb()
        start = time.perf_counter()
        nlp(text)
    else:
        from veille.extractors.pipeline import load_pipeline
        from veille.process import analyse
        from veille.schemas import Input

        load_pipeline("fr")
        loaded = peak_rss_mb()
        start = time.perf_counter()
        article = next(iter(analyse([Input(id="long", text=text, lang="fr", published="2020-07-02")])))
        if getattr(article, "error", None):
            raise SystemExit(f"the article failed: {article.error}")
    elapsed = time.perf_counter() - start
    print(json.dumps({"side": side, "chars": len(text), "seconds": round(elapsed, 2),
                      "loaded_rss_mb": loaded, "peak_rss_mb": peak_rss_mb()}))


def measure(side: str, size: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", side, "--sizes", str(size)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{side} at {size} characters failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    ap.add_argument("--spacy", action="store_true", help="also measure the bare spaCy model")
    ap.add_argument("--child", choices=["spacy", "veille"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_child(args.child, args.sizes[0])
        return 0
    if not any(DATA_DIR.glob("*.jsonl")):
        print(f"this bench needs real French news in {DATA_DIR}/*.jsonl (the shared data folder beside "
              "the project); it is absent", file=sys.stderr)
        return 2
    sides = ("veille", "spacy") if args.spacy else ("veille",)
    rows = {side: [measure(side, size) for size in args.sizes] for side in sides}
    print(f"{'side':7s} {'chars':>8s} {'seconds':>8s} {'x smallest':>10s} {'RSS after load':>15s} "
          f"{'peak RSS':>9s}")
    for side, results in rows.items():
        for r in results:
            ratio = r["seconds"] / results[0]["seconds"] if results[0]["seconds"] else float("nan")
            print(f"{side:7s} {r['chars']:8d} {r['seconds']:8.1f} {ratio:10.1f} {r['loaded_rss_mb']:12d} MB "
                  f"{r['peak_rss_mb']:6d} MB")
    veille = rows["veille"]
    ratio = veille[-1]["seconds"] / veille[0]["seconds"] if veille[0]["seconds"] else float("nan")
    peak = max(r["peak_rss_mb"] for r in veille)
    verdict = "met" if ratio <= MAX_RATIO and peak < MAX_RSS_MB else "missed"
    print(f"target {verdict}: {veille[-1]['chars']} chars take {ratio:.1f}x the time of {veille[0]['chars']} "
          f"(at most {MAX_RATIO}x); peak RSS {peak} MB (under {MAX_RSS_MB} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
