"""Articles per second of the batch: one process, then N local Dask workers, on the same articles.

    .venv/bin/python bench/batch_scale.py [--n 300] [--workers 2] [--partition-size 25]
        [--data ../shared/data/orangesum-fr/conflict.jsonl]

Two figures per side, both printed, since they answer two questions:
- job: the wall time a person waits, start included. One process: veille imported, the pipeline loaded,
  the articles analysed (nothing written). N workers: ``veille.batch.run_batch`` as
  ``veille batch --workers N`` runs it, from the call to its return: the LocalCluster started, each
  worker warmed up (``veille.batch.warm``), the articles analysed and written as Parquet, the cluster
  closed.
- steady: articles per second once everything is loaded and one article analysed (untimed). One
  process: ``veille.process.analyse`` in this process, the rate per core of docs/scale.md. N workers: a
  LocalCluster of N single-threaded worker processes set up as ``veille batch`` sets up its own
  (``LOCAL_WORKERS_CONFIG``), warmed up the same way, then ``run_batch`` on its scheduler, Parquet
  written (timed).
Besides the clock, each steady run's CPU seconds (the workers' own, read on the workers) give articles per
CPU second, which a busy machine moves far less than the clock; the load average is printed before and
after. The sides run one after the other: on a shared machine, repeat and compare the spread.
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
    start = time.perf_counter()  # the imports are part of the job, as in a fresh `veille extract`
    from veille.extractors.pipeline import load_pipeline
    from veille.ingest import read_paths
    from veille.process import analyse
    from veille.settings import Settings

    load_pipeline(lang)
    loaded = time.perf_counter() - start
    settings = Settings()
    items = list(read_paths([str(source)], settings))
    warm = time.perf_counter()
    sum(1 for _ in analyse(items[:1], settings, 1))  # the first article opens what the rest reuse
    warmed = time.perf_counter() - warm
    start, cpu = time.perf_counter(), time.process_time()
    n = 1 + sum(1 for _ in analyse(items[1:], settings, 1))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    job = loaded + warmed + elapsed
    return {"run": "1 process", "articles": n, "job_s": round(job, 1),
            "job_articles_per_s": round(n / job, 2),
            "steady_s": round(elapsed, 1), "steady_articles_per_s": round((n - 1) / elapsed, 2),
            "cpu_s": round(cpu, 1), "articles_per_cpu_s": round((n - 1) / cpu, 2),
            "import_and_load_s": round(loaded, 1), "first_article_s": round(warmed, 2)}


def workers_job(source: Path, workers: int, partition_size: int, folder: Path) -> dict:
    """``veille batch --workers N`` as a person runs it: the whole call, the cluster's start included."""
    from veille.batch import run_batch
    from veille.settings import Settings

    start = time.perf_counter()
    counts = run_batch([str(source)], folder / "job", workers=workers, partition_size=partition_size,
                       settings=Settings(), progress=False)
    elapsed = time.perf_counter() - start
    n = counts.rows["articles"] + counts.rows["failures"]
    return {"run": f"{workers} workers, job", "articles": n, "job_s": round(elapsed, 1),
            "job_articles_per_s": round(n / elapsed, 2), "events": counts.rows["events"],
            "places": counts.rows["places"]}


def workers_steady(source: Path, workers: int, partition_size: int, lang: str, folder: Path) -> dict:
    import logging

    import dask
    from dask.distributed import Client, LocalCluster

    from veille.batch import LOCAL_WORKERS_CONFIG, plan, run_batch, warm
    from veille.settings import Settings

    settings = Settings()
    start = time.perf_counter()
    with dask.config.set(LOCAL_WORKERS_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        started = time.perf_counter() - start
        with Client(cluster) as client:
            sample = warm.sample_article(plan.plan([str(source)], partition_size), settings, None, lang)
            client.register_plugin(warm.WarmUp(sample, settings))  # as run_batch does, before the clock
            warmed = time.perf_counter() - start - started
            cpu_before = client.run(time.process_time)
            start = time.perf_counter()
            counts = run_batch([str(source)], folder / "steady", scheduler=cluster.scheduler_address,
                               partition_size=partition_size, settings=settings, progress=False)
            elapsed = time.perf_counter() - start
            cpu_after = client.run(time.process_time)
    cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_before)
    n = counts.rows["articles"] + counts.rows["failures"]
    return {"run": f"{workers} workers, steady", "articles": n, "steady_s": round(elapsed, 1),
            "steady_articles_per_s": round(n / elapsed, 2), "cpu_s": round(cpu, 1),
            "articles_per_cpu_s": round(n / cpu, 2), "cluster_start_s": round(started, 1),
            "warm_up_s": round(warmed, 1), "partitions": counts.partitions,
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
        print(json.dumps(single), flush=True)
        steady = workers_steady(source, args.workers, args.partition_size, args.lang, folder)
        print(json.dumps(steady), flush=True)
        job = workers_job(source, args.workers, args.partition_size, folder)
        print(json.dumps(job), flush=True)
    # a busy machine slows the clock, not the CPU seconds an article costs: both are printed
    print(json.dumps({"speedup_job": round(job["job_articles_per_s"] / single["job_articles_per_s"], 2),
                      "speedup_steady": round(steady["steady_articles_per_s"]
                                              / single["steady_articles_per_s"], 2),
                      "per_core_articles_per_s": single["steady_articles_per_s"],
                      "per_cpu_second_articles": single["articles_per_cpu_s"],
                      "load_average_after": load_average()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
