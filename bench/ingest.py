"""Ingest at scale: the OrangeSum articles (both files) into a fresh store, timed, then again.

    .venv/bin/python bench/ingest.py [--workers 2] [--db /tmp/veille-bench.db] [FILE ...]

Runs ``veille ingest`` as a child process (the CLI a user runs, with its worker processes) and prints
articles per second, the peak memory of the main process and of the largest worker, the counts, and the
time of a second run over the same files, which must add nothing.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "orangesum-fr"
DEFAULT_FILES = [DATA / "conflict.jsonl", DATA / "random.jsonl"]


def run(files: list[str], db: str, workers: int) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "veille.cli", "ingest", *files, "--db", db,
                          "--workers", str(workers)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode not in (0, 1):
        sys.exit(f"ingest failed ({out.returncode}): {out.stderr[-2000:]}")
    return elapsed, out.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(f) for f in DEFAULT_FILES])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", default="/tmp/veille-bench.db")
    args = parser.parse_args()
    for f in args.files:
        if not Path(f).exists():
            sys.exit(f"{f} is not here: give the article files (JSON Lines) to ingest")
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    read = sum(1 for f in args.files for line in open(f, encoding="utf-8") if line.strip())

    first, summary = run(args.files, args.db, args.workers)
    # the ingest and its workers are children of this process: their peak RSS, the largest of them
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    second, summary2 = run(args.files, args.db, args.workers)
    command = [sys.executable, "-m", "veille.cli", "stats", "--db", args.db, "--json"]
    stats = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    print(f"articles read        {read}")
    print(f"first run            {first:.1f} s, {read / first:.2f} articles/s with {args.workers} workers")
    print(f"  {summary}")
    print(f"peak RSS             {peak_mb:.0f} MB (largest process)")
    print(f"second run           {second:.1f} s")
    print(f"  {summary2}")
    print(f"store                {json.dumps(stats)}")
    print(f"store size           {Path(args.db).stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
