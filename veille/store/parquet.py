"""Load a folder written by ``veille batch`` into a store, without analysing again.

The records are read back from the Parquet tables (``veille.batch.tables``) and written through
``Database.write``, partition by partition in input order: articles already stored are counted and
skipped, near-duplicates become sources of the stored article, failures become the store's failures and
the corpus events are merged, as ``veille ingest`` does for the same articles read from files.
"""
from __future__ import annotations

from pathlib import Path

from ..batch import MANIFEST
from ..batch import tables as batch_tables
from . import Database


def is_batch_folder(path: str | Path) -> bool:
    """Whether a path is a folder written by ``veille batch`` (it has the job's manifest)."""
    return (Path(path) / MANIFEST).is_file()


def load_batch(folder: str | Path, db: Database, progress=None) -> dict[str, int]:
    """Store every article of a batch folder's whole partitions; counts as ``veille ingest`` gives them
    (read, skipped: already stored, added, copies, failed). ``progress``: called with each partition's
    number of articles."""
    counts = {"read": 0, "skipped": 0, "added": 0, "copies": 0, "failed": 0}
    folder = Path(folder)
    for number in batch_tables.written_partitions(folder):
        found = batch_tables.read_partition(folder, number)
        sources = {a.id: source for a, source in found if source}
        written = db.write([a for a, _ in found], sources)
        counts["read"] += len(found)
        counts["added"] += written.added
        counts["copies"] += written.copies
        counts["failed"] += written.failed
        counts["skipped"] += written.already
        if progress:
            progress(len(found))
    return counts
