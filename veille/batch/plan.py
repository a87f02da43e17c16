"""A batch's partitions: what each worker reads, decided on the client from the inputs alone.

JSON Lines files are cut into ranges of lines (byte offsets, found by one pass over the file), Parquet
tables into ranges of rows, and text, HTML and feed files are taken a group at a time. A worker reads its
partition with the readers of ``veille extract`` (``veille.ingest.readers``), so that ids, dates and
failures are the same: a JSON line without an id is named by its file and line number, as there.
"""
from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import chain, repeat
from pathlib import Path

from ..errors import BatchInputError, VeilleError
from ..ingest.readers import (
    JSONL_SUFFIXES,
    IngestFailure,
    input_from_json,
    iter_files,
    read_file,
    read_jsonl_stream,
)
from ..schemas import Input
from ..settings import Settings

PARQUET_SUFFIXES = {".parquet", ".pq"}
TEXT_COLUMNS = ("text", "article", "body")


@dataclass(frozen=True)
class Partition:
    """One unit of work. ``kind`` "jsonl": lines ``first_line``.. of ``path``, bytes ``start``..``stop``;
    "parquet": rows ``start``..``stop`` of ``path``; "files": the ``files``. ``size``: articles expected
    (lines, rows or files)."""

    number: int
    kind: str
    path: str = ""
    start: int = 0
    stop: int = 0
    first_line: int = 1
    files: tuple[str, ...] = field(default_factory=tuple)
    size: int = 0


def _input_files(paths: list[str]) -> Iterator[Path]:
    """The files to read, in the order ``veille extract`` reads them (a folder: its article files and
    Parquet tables, sorted)."""
    for p in paths:
        if p == "-":
            raise BatchInputError("batch reads files, not standard input: save it to a .jsonl file and give "
                                  "that")
        path = Path(p)
        if not path.exists():
            raise BatchInputError(f"{p} does not exist: check the path")
        if path.is_dir():
            found = sorted(set(iter_files(path)) | {f for f in path.rglob("*") if f.is_file()
                                                   and f.suffix.lower() in PARQUET_SUFFIXES
                                                   and not f.name.startswith(".")})
            if not found:
                raise BatchInputError(f"{p}: no article file in the folder (batch reads .jsonl, .txt, .html, "
                                      "feeds and .parquet): check the path")
            yield from found
        elif not path.is_file():
            raise BatchInputError(f"{p} is not a regular file: give files or folders")
        else:
            yield path


def _jsonl_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(start byte, stop byte, first line, lines) of each run of ``size`` lines of a JSON Lines file."""
    start, first, n, offset = 0, 1, 0, 0
    try:
        with open(path, "rb") as f:
            for line in f:
                offset += len(line)
                n += 1
                if n == size:
                    yield start, offset, first, n
                    start, first, n = offset, first + n, 0
    except OSError as e:
        raise BatchInputError(f"{path} cannot be read ({e.strerror or e}): check its permissions") from None
    if n:
        yield start, offset, first, n


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path)
    except Exception as e:  # noqa: BLE001  (pyarrow raises several kinds for a file that is not Parquet)
        raise BatchInputError(f"{path} is not a readable Parquet table ({e}): give a Parquet file, or "
                              "convert it to JSON Lines") from None
    names = set(meta.schema_arrow.names)
    if not names & set(TEXT_COLUMNS):
        raise BatchInputError(f"{path} has no 'text' column (its columns: {', '.join(sorted(names))}): "
                              "give a table of id, text, published, title, lang")
    return meta.metadata.num_rows


def plan(paths: list[str], size: int) -> list[Partition]:
    """The partitions of these inputs, ``size`` articles (lines, rows or files) at most in each."""
    parts: list[Partition] = []
    files: list[str] = []

    def flush_files() -> None:
        while files:
            group, files[:] = files[:size], files[size:]
            parts.append(Partition(len(parts), "files", files=tuple(group), size=len(group)))

    for f in _input_files(paths):
        suffix = f.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            flush_files()
            for start, stop, first, n in _jsonl_ranges(f, size):
                parts.append(Partition(len(parts), "jsonl", str(f), start, stop, first, size=n))
        elif suffix in PARQUET_SUFFIXES:
            flush_files()
            rows = _parquet_rows(f)
            for start in range(0, rows, size):
                parts.append(Partition(len(parts), "parquet", str(f), start, min(rows, start + size),
                                       size=min(rows, start + size) - start))
        else:
            files.append(str(f))
            if len(files) >= size:
                flush_files()
    flush_files()
    return parts


def describe(parts: list[Partition], size: int) -> dict:
    """What the folder's manifest records of a job: its partitions and the inputs' sizes and dates, so
    that a rerun on changed inputs is told apart from a restart."""
    inputs = sorted({p.path for p in parts if p.path} | {f for p in parts for f in p.files})
    stamps = {}
    for name in inputs:
        st = Path(name).stat()
        stamps[str(Path(name).resolve())] = [st.st_size, st.st_mtime_ns]
    return {"schema": "veille.batch/1", "partition_size": size, "inputs": stamps,
            "partitions": [asdict(p) for p in parts]}


def _published(value) -> str | None:
    """A Parquet date or timestamp as the CONTRACT's date text; text as it is."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def read(part: Partition, settings: Settings, published: str | None = None,
         lang: str | None = None) -> Iterator[Input | IngestFailure]:
    """The articles of one partition (or failures), as ``veille extract`` reads them."""
    if part.kind == "files":
        for name in part.files:
            yield from read_file(Path(name), settings, published, lang)
        return
    path = Path(part.path)
    if part.kind == "jsonl":
        with open(path, "rb") as f:
            f.seek(part.start)
            lines = io.BytesIO(f.read(part.stop - part.start))  # split at b"\n" alone, as a file is
        # blank lines before the range keep the line numbers (the readers skip them): the same fallback ids
        yield from read_jsonl_stream(chain(repeat(b"", part.first_line - 1), lines), path.stem, settings)
        return
    import pyarrow.parquet as pq

    table = _rows(pq.ParquetFile(path), part.start, part.stop)
    for i, row in enumerate(table.to_pylist(), part.start + 1):
        fallback = f"{path.stem}:{i}"
        for key in ("published", "date"):
            if key in row:
                row[key] = _published(row[key])
        try:
            yield input_from_json(row, fallback, path.stem, settings)
        except VeilleError as e:
            yield IngestFailure(str(row.get("id") or fallback), e, path.stem)


def _rows(table, start: int, stop: int):
    """Rows ``start``..``stop`` of a Parquet file, reading only the row groups that hold them."""
    groups, first, offset = [], None, 0
    for i in range(table.num_row_groups):
        n = table.metadata.row_group(i).num_rows
        if offset < stop and offset + n > start:
            groups.append(i)
            first = offset if first is None else first
        offset += n
    return table.read_row_groups(groups).slice(start - (first or 0), stop - start)


def manifest_text(description: dict) -> str:
    return json.dumps(description, ensure_ascii=False, indent=1) + "\n"
