"""The Parquet tables of a ``veille batch`` folder: written by the workers, read back exactly, and loaded
into a store without analysing again.

``DIR/<table>/part-NNNNN.parquet`` for the tables ``articles``, ``entities``, ``places``, ``times``,
``quantities``, ``statements``, ``events`` and ``failures``. Every row carries ``part`` and ``row`` (the
partition and the article's place in it: input order) and, in the record tables, ``article`` (its id).
Nested CONTRACT fields are Parquet types, not JSON text: a span is a list of two integers, ``cue`` or
``counted`` a struct, ``mentions`` a list of spans or of structs. Numbers that the CONTRACT writes as
an integer when they are whole (quantities' ``value``, ``low``, ``high``) are float64 columns, read back
as integers when whole, as the extractors write them.

A partition is written table by table, each file under a hidden temporary name first and then renamed;
``articles`` comes last, so its file is the mark that the partition is whole. ``load_batch`` stores the
whole partitions through ``Database.write``, in input order: articles already stored are counted and
skipped, near-duplicates become sources of the stored article, failures become the store's failures and
the corpus events are merged, as ``veille ingest`` does for the same articles read from files.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Entity, Event, Place, Quantity, Statement, Time
from ..schemas import RECORD_LISTS, Article

MANIFEST = "_batch.json"  # a batch folder's plan of partitions: what marks a folder as one

SPAN = pa.list_(pa.int64())
TEXT_SPAN = pa.struct([("span", SPAN), ("text", pa.string())])
_KEYS = [("part", pa.int64()), ("row", pa.int64())]
_ARTICLE = [("id", pa.string()), ("source", pa.string()), ("lang", pa.string()), ("published", pa.string()),
            ("title", pa.string()), ("text", pa.string())]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(_KEYS + _ARTICLE),
    "failures": pa.schema(_KEYS + _ARTICLE + [("code", pa.string()), ("message", pa.string())]),
    "entities": pa.schema(_KEYS + [
        ("article", pa.string()), ("id", pa.string()), ("type", pa.string()), ("name", pa.string()),
        ("mentions", pa.list_(SPAN)), ("roles", pa.list_(pa.string())), ("wikidata", pa.string()),
        ("references", pa.list_(pa.struct([("span", SPAN), ("kind", pa.string()), ("rule", pa.string())])))]),
    "places": pa.schema(_KEYS + [
        ("article", pa.string()), ("id", pa.string()), ("entity", pa.string()), ("name", pa.string()),
        ("mentions", pa.list_(SPAN)), ("geonameid", pa.int64()), ("lat", pa.float64()), ("lon", pa.float64()),
        ("country", pa.string()), ("feature", pa.string())]),
    "times": pa.schema(_KEYS + [
        ("article", pa.string()), ("id", pa.string()), ("span", SPAN), ("text", pa.string()),
        ("type", pa.string()), ("value", pa.string()), ("anchor", pa.string())]),
    "quantities": pa.schema(_KEYS + [
        ("article", pa.string()), ("id", pa.string()), ("span", SPAN), ("text", pa.string()),
        ("value", pa.float64()), ("low", pa.float64()), ("high", pa.float64()), ("approx", pa.string()),
        ("unit", pa.string()),
        ("counted", pa.struct([("span", SPAN), ("text", pa.string()), ("category", pa.string())])),
        ("entity", pa.string()), ("place", pa.string()), ("time", pa.string()), ("statement", pa.string()),
        ("change", pa.struct([("from", pa.string())]))]),
    "statements": pa.schema(_KEYS + [
        ("article", pa.string()), ("id", pa.string()), ("speaker", pa.string()),
        ("speaker_text", pa.string()),
        ("cue", TEXT_SPAN), ("content", TEXT_SPAN), ("kind", pa.string()), ("hedged", pa.bool_()),
        ("time", pa.string()), ("channel", TEXT_SPAN)]),
    "events": pa.schema(_KEYS + [
        ("article", pa.string()), ("id", pa.string()), ("type", pa.string()),
        ("acled", pa.struct([("event_type", pa.string()), ("sub_event_type", pa.string()),
                             ("actor1", pa.string()), ("actor2", pa.string()),
                             ("inter1", pa.int64()), ("inter2", pa.int64())])),
        ("trigger", TEXT_SPAN), ("agent", pa.string()), ("target", pa.string()), ("place", pa.string()),
        ("time", pa.string()), ("modality", pa.string()), ("fatalities", pa.int64()),
        ("quantities", pa.list_(pa.string())), ("statement", pa.string()), ("sentence", SPAN),
        ("primary", pa.bool_()), ("mentions", pa.list_(TEXT_SPAN)), ("time_source", pa.string()),
        ("background", pa.bool_())]),
}
# ``articles`` last: its file marks the partition whole
TABLES = ("failures", "entities", "places", "times", "quantities", "statements", "events", "articles")
RECORD_TYPES = {"entities": Entity, "places": Place, "times": Time, "quantities": Quantity,
                "statements": Statement, "events": Event}
WHOLE_WHEN_INTEGRAL = {"quantities": ("value", "low", "high")}
_ROW_KEYS = ("part", "row", "article")


def part_name(number: int) -> str:
    return f"part-{number:05d}.parquet"


def is_written(folder: Path, number: int) -> bool:
    """Whether partition ``number`` was written whole (its ``articles`` file is there)."""
    return (folder / "articles" / part_name(number)).is_file()


def partition_rows(number: int, articles: list[tuple[Article, str | None]]) -> dict[str, list[dict]]:
    """Each table's rows for one partition's analysed articles (with their sources), in input order."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for i, (a, source) in enumerate(articles):
        head = {"part": number, "row": i, "id": a.id, "source": source, "lang": a.lang,
                "published": a.published, "title": a.title, "text": a.text}
        if a.error:
            rows["failures"].append(head | {"code": a.error.get("code"), "message": a.error.get("message")})
            continue
        rows["articles"].append(head)
        for kind in RECORD_LISTS:
            rows[kind] += [{"part": number, "row": i, "article": a.id, **r.as_dict()}
                           for r in getattr(a, kind)]
    return rows


def write_partition(folder: Path, number: int, articles: list[tuple[Article, str | None]]) -> dict[str, int]:
    """Write one partition's tables (temporary name, then rename; ``articles`` last); rows per table."""
    counts = {}
    for name, rows in partition_rows(number, articles).items():
        unknown = {key for row in rows for key in row} - set(SCHEMAS[name].names)
        if unknown:  # a field added to the records: Parquet would drop it without a word
            raise RuntimeError(f"{name} has no Parquet column for {', '.join(sorted(unknown))}: add it to "
                               "veille.batch.tables.SCHEMAS")
        table_dir = folder / name
        table_dir.mkdir(parents=True, exist_ok=True)
        final = table_dir / part_name(number)
        tmp = table_dir / f".{final.name}.{os.getpid()}.tmp"
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]), tmp)
        os.replace(tmp, final)
        counts[name] = len(rows)
    return counts


def written_partitions(folder: Path) -> list[int]:
    """The numbers of the partitions written whole, in order."""
    found = []
    for f in (folder / "articles").glob("part-*.parquet"):
        number = f.name[len("part-"):-len(".parquet")]
        if number.isdigit():
            found.append(int(number))
    return sorted(found)


def _contract(row: dict[str, Any], table: str) -> dict[str, Any]:
    """A record table's row as the record's CONTRACT dict."""
    d = {k: v for k, v in row.items() if k not in _ROW_KEYS}
    for key in WHOLE_WHEN_INTEGRAL.get(table, ()):
        if isinstance(d.get(key), float) and d[key].is_integer():
            d[key] = int(d[key])
    return d


def read_partition(folder: Path, number: int) -> list[tuple[Article, str | None]]:
    """One written partition's articles, failures included, in input order, with their sources: the
    records exactly as the analysis gave them (``Article.as_dict()`` equal)."""
    def rows(name: str) -> list[dict]:
        return pq.read_table(folder / name / part_name(number), schema=SCHEMAS[name]).to_pylist()

    found: dict[int, tuple[Article, str | None]] = {}
    for r in rows("articles"):
        found[r["row"]] = (Article(id=r["id"], lang=r["lang"], published=r["published"], title=r["title"],
                                   text=r["text"]), r["source"])
    for r in rows("failures"):
        error = {"code": r["code"], "message": r["message"]}
        found[r["row"]] = (Article(id=r["id"], lang=r["lang"], published=r["published"], title=r["title"],
                                   text=r["text"], error=error), r["source"])
    for name, record_type in RECORD_TYPES.items():
        for r in rows(name):
            getattr(found[r["row"]][0], name).append(record_type.from_dict(_contract(r, name)))
    return [found[i] for i in sorted(found)]


def read_articles(folder: Path) -> Iterator[tuple[Article, str | None]]:
    """Every article of a batch folder's whole partitions, in input order, with its source."""
    for number in written_partitions(folder):
        yield from read_partition(folder, number)


def table_rows(folder: Path, name: str) -> int:
    """How many rows a table holds over the whole partitions (from the files' footers)."""
    return sum(pq.read_metadata(folder / name / part_name(n)).num_rows for n in written_partitions(folder))


def is_batch_folder(path: str | Path) -> bool:
    """Whether a path is a folder written by ``veille batch`` (it has the job's manifest)."""
    return (Path(path) / MANIFEST).is_file()


def load_batch(folder: str | Path, db, progress=None) -> dict[str, int]:
    """Store every article of a batch folder's whole partitions in ``db`` (a writable ``Database``);
    counts as ``veille ingest`` gives them (read, skipped: already stored, added, copies, failed).
    ``progress``: called with each partition's number of articles."""
    counts = {"read": 0, "skipped": 0, "added": 0, "copies": 0, "failed": 0}
    folder = Path(folder)
    for number in written_partitions(folder):
        found = read_partition(folder, number)
        written = db.write([a for a, _ in found], {a.id: source for a, source in found if source})
        counts["read"] += len(found)
        counts["added"] += written.added
        counts["copies"] += written.copies
        counts["failed"] += written.failed
        counts["skipped"] += written.already
        if progress:
            progress(len(found))
    return counts
