"""Batch extraction on a Dask cluster: ``veille extract``'s analysis over partitions, written as Parquet.

The client plans partitions from the inputs (``plan``), records them in ``DIR/_batch.json`` and sends
the ones not yet written to a Dask distributed cluster: a ``LocalCluster`` of worker processes, or any
scheduler given by address. Each worker reads its partition with veille's readers, analyses it with
``veille.process.analyse`` (each language's pipeline is loaded once per worker process and kept), and
writes the partition's tables itself (``veille.store.parquet``): the inputs and the folder must be at
the same path on every worker. A failed article is a row of ``failures``; a partition that fails as a
whole (a worker lost, a file gone) is left unwritten, reported, and done by the next run with the same
folder.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BatchFolderInUse, OutputNotWritable, SchedulerUnreachable
from ..settings import Settings
from ..store import parquet as tables
from ..store.parquet import MANIFEST
from . import plan as planning
from .plan import Partition

# how many partitions wait in the scheduler per worker thread: enough to keep each busy, few enough that
# a job of a million partitions does not hold them all in the client
QUEUED_PER_THREAD = 2
CONNECT_TIMEOUT_S = 10
# the local cluster's workers: one thread of numerical libraries each; glibc's own trimming of freed memory
# (Dask's nannies set MALLOC_TRIM_THRESHOLD_=65536, which cost the analysis 18% more CPU time in page faults
# here: 20.1 against 17.1 CPU s for 60 articles); no statistical profiler walking the analysis' stacks
# every 10 ms
LOCAL_WORKERS_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                            "OPENBLAS_NUM_THREADS": 1},
    "distributed.worker.profile.enabled": False,
}


@dataclass
class BatchCounts:
    """What a job did: partitions in the plan, already written before it, written now, and those that
    failed as a whole (number, error); rows of the folder's tables once it ended."""

    partitions: int = 0
    skipped: int = 0
    written: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def run_partition(part: Partition, folder: str, settings: Settings, published: str | None,
                  lang: str | None) -> dict:
    """On a worker: read, analyse and write one partition; the rows written per table."""
    from ..process import analyse

    items = list(planning.read(part, settings, published, lang))
    sources = [item.source for item in items]
    articles = list(analyse(items, settings, 1))
    if len(articles) != len(items):  # one article out per article in: the pairing below relies on it
        raise RuntimeError(f"partition {part.number}: {len(items)} read, {len(articles)} analysed")
    return tables.write_partition(Path(folder), part.number, list(zip(articles, sources)))


def _check_folder(folder: Path, description: dict) -> None:
    """Create the folder and its manifest, or check that the manifest there is this job's."""
    manifest = folder / MANIFEST
    text = planning.manifest_text(description)
    if folder.exists() and not folder.is_dir():
        raise OutputNotWritable(f"{folder} is a file, and batch writes a folder of tables: give a folder")
    if manifest.exists():
        if manifest.read_text(encoding="utf-8") != text:
            raise BatchFolderInUse(f"{folder} holds the tables of another job (other inputs, changed files "
                                   "or another --partition-size): give another -o folder, or remove this "
                                   "one to start again")
        return
    if folder.exists() and any(folder.iterdir()):
        raise BatchFolderInUse(f"{folder} is not empty and is no batch folder: give a new or empty folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, manifest)
    except OSError as e:
        raise OutputNotWritable(f"cannot write {folder} ({e.strerror or e}): choose a place you may write "
                                "to") from None


def dashboard_available() -> bool:
    """Whether Dask can serve its dashboard here (it needs bokeh, which veille does not install)."""
    return importlib.util.find_spec("bokeh") is not None


def _client(scheduler: str | None, workers: int):
    """A Dask client: of the scheduler at this address, or of a new LocalCluster on the loopback."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as e:
            raise SchedulerUnreachable(f"no Dask scheduler answered at {scheduler} ({e}): start one "
                                       "(dask scheduler) or check the address, e.g. tcp://HOST:8786"
                                       ) from None
    import dask

    with dask.config.set(LOCAL_WORKERS_CONFIG):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0" if dashboard_available() else None,
                               silence_logs=logging.ERROR)
    return Client(cluster)


def run_batch(paths: list[str], folder: str | Path, *, scheduler: str | None = None, workers: int = 2,
              partition_size: int = 50, settings: Settings | None = None, published: str | None = None,
              lang: str | None = None, progress: bool | None = None,
              tell: Callable[[str], None] = lambda message: None) -> BatchCounts:
    """Analyse the inputs on a Dask cluster into Parquet tables under ``folder``; partitions already
    written there by an earlier run of the same job are skipped. ``tell`` receives the lines meant for a
    person (the dashboard's address); the progress bar shows on a terminal unless ``progress`` says."""
    from dask.distributed import as_completed
    from tqdm import tqdm

    from . import warm

    settings = settings or Settings()
    folder = Path(folder)
    parts = planning.plan(paths, partition_size)
    _check_folder(folder, planning.describe(parts, partition_size))
    todo = [p for p in parts if not tables.is_written(folder, p.number)]
    counts = BatchCounts(partitions=len(parts), skipped=len(parts) - len(todo))
    if todo:
        client = _client(scheduler, workers)
        try:
            if dashboard_available():
                tell(f"dashboard: {client.dashboard_link}")
            else:
                tell("no dashboard: Dask serves one when bokeh is installed (pip install bokeh)")
            sample = warm.sample_article(todo, settings, published, lang)
            if sample is not None:  # every worker loads its pipeline before, not inside, its first partition
                client.register_plugin(warm.WarmUp(sample, settings))
            threads = sum(client.nthreads().values()) or workers
            pending = iter(todo)
            job = uuid.uuid4().hex[:12]  # task names of their own on a scheduler that outlives the job
            by_future = {}

            def submit() -> None:
                part = next(pending, None)
                if part is not None:
                    key = f"veille-partition-{part.number}-{job}"
                    future = client.submit(run_partition, part, str(folder.resolve()), settings, published,
                                           lang, pure=False, key=key)
                    by_future[future] = part
                    running.add(future)

            running = as_completed()
            for _ in range(max(2, QUEUED_PER_THREAD * threads)):
                submit()
            done_before = sum(p.size for p in parts) - sum(p.size for p in todo)
            with tqdm(desc="batch", unit="article", total=sum(p.size for p in parts), initial=done_before,
                      disable=None if progress is None else not progress) as bar:
                for future in running:
                    part = by_future.pop(future)
                    try:
                        future.result()
                        counts.written += 1
                    except Exception as e:  # noqa: BLE001  (a lost partition is reported; the rest go on)
                        counts.failed.append((part.number, f"{type(e).__name__}: {e}"))
                    bar.update(part.size)
                    future.release()
                    submit()
        finally:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
    counts.rows = {name: tables.table_rows(folder, name) for name in tables.TABLES}
    return counts
