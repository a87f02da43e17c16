"""Readers for every input form of CONTRACT.md: wire-format or plain .txt, .jsonl, directories, ``-``;
HTML pages and RSS/Atom feeds go to ``web``.

Each reader yields ``Input`` records or ``IngestFailure`` for what could not be read; one bad article
never stops the others.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import (BadDate, BadJsonLine, EmptyInput, InputNotFound, InputTooLarge, VeilleError)
from ..schemas import Input
from ..settings import Settings
from .decode import decode_bytes
from .language import check_language
from .web import FEED_SUFFIXES, HTML_SUFFIXES, read_web_file

WIRE_LINE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+(.+?)\s*$")
DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class IngestFailure:
    """An article that could not be read; carries its id (or the best name for it) and the error."""

    id: str
    error: VeilleError
    source: str | None = None


def check_date(value, where: str) -> str | None:
    if value in (None, ""):
        return None
    value = str(value).strip()
    # a full timestamp keeps its date part: "2016-09-08T10:00:00Z" -> "2016-09-08"
    value = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", value) else value
    if not DATE.match(value):
        raise BadDate(f"{where}: published {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def read_text_article(raw: str, article_id: str, published: str | None = None,
                      source: str | None = None) -> Input:
    """A .txt article: the wire format's first line gives date and headline, else all is body."""
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise EmptyInput(f"{article_id}: the file has no text")
    m = WIRE_LINE.match(lines[first])
    if m:
        title = m.group(2)
        body = "\n".join(lines[first + 1:]).strip()
        text = f"{title}\n\n{body}" if body else title
        return Input(id=article_id, text=text, published=m.group(1), title=title, source=source)
    return Input(id=article_id, text=raw.strip(), published=published, title=None, source=source)


def _from_json(obj, article_id: str, source: str, settings: Settings) -> Input:
    if not isinstance(obj, dict):
        raise BadJsonLine(f"{article_id}: the line is not a JSON object: give one article object per line")
    text = obj.get("text", obj.get("article", obj.get("body")))
    if not isinstance(text, str):
        raise BadJsonLine(f"{article_id}: no 'text' (or 'article'/'body') string in the object")
    if not text.strip():
        raise EmptyInput(f"{article_id}: 'text' is empty")
    if len(text) > settings.max_chars:
        raise InputTooLarge(f"{article_id}: {len(text)} characters is more than the limit of "
                            f"{settings.max_chars}: split it or raise VEILLE_MAX_CHARS")
    lang = obj.get("lang")
    return Input(
        id=str(obj.get("id") or article_id),
        text=text,
        published=check_date(obj.get("published", obj.get("date")), article_id),
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        lang=check_language(lang) if isinstance(lang, str) and lang else None,
        source=source,
    )


def read_jsonl_stream(stream: IO[str], name: str, settings: Settings) -> Iterator[Input | IngestFailure]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        fallback = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield IngestFailure(fallback, BadJsonLine(f"{fallback}: not valid JSON ({e.msg} at column "
                                                      f"{e.colno}): fix or remove the line"), name)
            continue
        try:
            yield _from_json(obj, fallback, name, settings)
        except VeilleError as e:
            art_id = str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") else fallback
            yield IngestFailure(art_id, e, name)


def read_file(path: Path, settings: Settings, published: str | None = None) -> Iterator[Input | IngestFailure]:
    name = str(path)
    if path.suffix.lower() in HTML_SUFFIXES | FEED_SUFFIXES:
        yield from read_web_file(path, settings)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with open(path, encoding="utf-8-sig", errors="strict", newline="") as f:
                yield from read_jsonl_stream(f, path.stem, settings)
        except UnicodeDecodeError:
            yield IngestFailure(path.stem, BadJsonLine(f"{name}: JSON Lines must be UTF-8: convert the file"),
                                name)
        return
    try:
        size = path.stat().st_size
        # four bytes per character at most in UTF-8: a bigger file cannot fit the limit
        if size > settings.max_chars * 4:
            raise InputTooLarge(f"{name} is {size / 1e6:.0f} MB, more than veille reads as one article: "
                                "split it, or give JSON Lines with one article per line")
        text, _encoding = decode_bytes(path.read_bytes(), name)
        if len(text) > settings.max_chars:
            raise InputTooLarge(f"{name}: {len(text)} characters is more than the limit of "
                                f"{settings.max_chars}: split it or raise VEILLE_MAX_CHARS")
        yield read_text_article(text, path.stem, published=published, source=name)
    except VeilleError as e:
        yield IngestFailure(path.stem, e, name)


def iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and (
                    child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES):
                yield child
    else:
        yield path


def read_paths(paths: Iterable[str], settings: Settings | None = None, published: str | None = None,
               stdin: IO[str] | None = None) -> Iterator[Input | IngestFailure]:
    """Every article of every path, in order; ``-`` reads JSON Lines from standard input."""
    settings = settings or Settings()
    published = check_date(published, "--published") if published else None
    for p in paths:
        if p == "-":
            yield from read_jsonl_stream(stdin or sys.stdin, "stdin", settings)
            continue
        path = Path(p)
        if not path.exists():
            yield IngestFailure(path.stem, InputNotFound(f"{p} does not exist: check the path"), p)
            continue
        for f in iter_files(path):
            yield from read_file(f, settings, published)
