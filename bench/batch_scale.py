"""Articles per second of the batch: one process, then N local Dask workers, on the same articles.

    .venv/bin/python bench/batch_scale.py [--n 300] [--workers 2] [--partition-size 25]
        [--data ../shared/data/orangesum-fr/conflict.jsonl]

One process: ``veille.process.analyse`` in this process, the model loaded first (not timed): that rate is
the per-core rate of docs/scale.md, since one process keeps one core busy. N workers: a LocalCluster of N
single-threaded worker processes set up as ``veille batch`` sets up its own (``LOCAL_WORKERS_CONFIG``),
each made to load the model before the clock starts, then
``veille.batch.run_batch`` on the same articles, Parquet written (timed). The cluster's start and the
models' loads are printed apart: they are paid once per job, not per article. Besides the clock, each
run's CPU seconds (the workers' own, read on the workers) give articles per CPU second, which a busy
machine moves far less than the clock; the load average is printed before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "orangesum-fr" / "conflict.jsonl"


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def sample(path: Path, n: int, folder: Path) -> Path:
    """The first ``n`` articles of ``path``, as a JSON Lines file of their own."""
    out = folder / "articles.jsonl"
    with open(path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        taken = 0
        for line in f:
            if line.strip() and taken < n:
                w.write(line)
                taken += 1
    return out


def one_process(source: Path, lang: str) -> dict:
    from veille.extractors.pipeline import load_pipeline
    from veille.ingest import read_paths
    from veille.process import analyse
    from veille.settings import Settings

    start = time.perf_counter()
    load_pipeline(lang)
    loaded = time.perf_counter() - start
    settings = Settings()
    items = list(read_paths([str(source)], settings))
    start, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in analyse(items, settings, 1))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"run": "1 process", "articles": n, "seconds": round(elapsed, 1),
            "articles_per_s": round(n / elapsed, 2), "cpu_s": round(cpu, 1),
            "articles_per_cpu_s": round(n / cpu, 2), "model_load_s": round(loaded, 1)}


def workers_run(source: Path, workers: int, partition_size: int, lang: str, folder: Path) -> dict:
    import logging

    import dask
    from dask.distributed import Client, LocalCluster

    from veille.batch import LOCAL_WORKERS_CONFIG, run_batch
    from veille.extractors.pipeline import load_pipeline
    from veille.settings import Settings

    start = time.perf_counter()
    with dask.config.set(LOCAL_WORKERS_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        started = time.perf_counter() - start
        with Client(cluster) as client:
            client.run(load_pipeline, lang)  # each worker loads its model before the clock starts
            warm = time.perf_counter() - start - started
            cpu_before = client.run(time.process_time)
            start = time.perf_counter()
            counts = run_batch([str(source)], folder / "out", scheduler=cluster.scheduler_address,
                               partition_size=partition_size, settings=Settings(), progress=False)
            elapsed = time.perf_counter() - start
            cpu_after = client.run(time.process_time)
    cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_before)
    n = counts.rows["articles"] + counts.rows["failures"]
    return {"run": f"{workers} workers", "articles": n, "seconds": round(elapsed, 1),
            "articles_per_s": round(n / elapsed, 2), "cpu_s": round(cpu, 1),
            "articles_per_cpu_s": round(n / cpu, 2), "cluster_start_s": round(started, 1),
            "model_load_s": round(warm, 1), "partitions": counts.partitions,
            "events": counts.rows["events"], "places": counts.rows["places"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--lang", default="fr", help="the articles' language, for the models loaded first")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data} is not here: give --data a JSON Lines file of articles", file=sys.stderr)
        return 2
    print(json.dumps({"cores": os.cpu_count(), "load_average_before": load_average()}))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = sample(args.data, args.n, folder)
        single = one_process(source, args.lang)
        print(json.dumps(single))
        many = workers_run(source, args.workers, args.partition_size, args.lang, folder)
        print(json.dumps(many))
    # a busy machine slows the clock, not the CPU seconds an article costs: both are printed
    print(json.dumps({"speedup": round(many["articles_per_s"] / single["articles_per_s"], 2),
                      "per_core_articles_per_s": single["articles_per_s"],
                      "per_cpu_second_articles": single["articles_per_cpu_s"],
                      "load_average_after": load_average()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
