"""Readers for every input form of CONTRACT.md: wire-format or plain .txt, .jsonl, directories, ``-``;
HTML pages and RSS/Atom feeds go to ``web``.

Each reader yields ``Input`` records or ``IngestFailure`` for what could not be read; one bad article
never stops the others.
"""
from __future__ import annotations

import json
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..checks import check_lang, check_published, without_surrogates
from ..errors import (
    BadJsonLine,
    EmptyInput,
    InputNotFound,
    InputNotRegular,
    InputTooLarge,
    InputUnreadable,
    VeilleError,
    too_large,
)
from ..schemas import Input
from ..settings import Settings
from .decode import decode_bytes
from .web import FEED_SUFFIXES, HTML_SUFFIXES, read_web_file

WIRE_LINE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+(.+?)\s*$")
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class IngestFailure:
    """An article that could not be read; carries its id (or the best name for it) and the error."""

    id: str
    error: VeilleError
    source: str | None = None

    def __post_init__(self) -> None:
        self.id = without_surrogates(str(self.id))
        if self.source is not None:
            self.source = without_surrogates(str(self.source))


def check_date(value, where: str) -> str | None:
    """A publication date checked against the calendar (``veille.checks.check_published``)."""
    return check_published(value, where)


def read_text_article(raw: str, article_id: str, published: str | None = None,
                      source: str | None = None, lang: str | None = None) -> Input:
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
        return Input(id=article_id, text=text, published=m.group(1), title=title, source=source, lang=lang)
    return Input(id=article_id, text=raw.strip(), published=published, title=None, source=source, lang=lang)


def input_from_json(obj, article_id: str, source: str, settings: Settings) -> Input:
    """The article a JSON object gives (its 'text', 'article' or 'body'; id, date, title, language);
    a coded error for an object that is not one, or is longer than the length limit."""
    if not isinstance(obj, dict):
        raise BadJsonLine(f"{article_id}: the line is not a JSON object: give one article object per line")
    text = obj.get("text", obj.get("article", obj.get("body")))
    if not isinstance(text, str):
        raise BadJsonLine(f"{article_id}: no 'text' (or 'article'/'body') string in the object")
    if not text.strip():
        raise EmptyInput(f"{article_id}: 'text' is empty")
    if len(text) > settings.max_chars:
        raise too_large(article_id, len(text), settings.max_chars)
    lang = obj.get("lang")
    return Input(
        id=str(obj.get("id") or article_id),
        text=text,
        published=obj.get("published", obj.get("date")),
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        lang=lang if isinstance(lang, str) else None,
        source=source,
    )


def _binary_lines(stream: IO) -> Iterable[bytes | str]:
    """The lines of a stream as bytes when it has them, so that each line is decoded on its own."""
    return getattr(stream, "buffer", stream)


def read_jsonl_stream(stream: IO, name: str, settings: Settings) -> Iterator[Input | IngestFailure]:
    """One article per line; a line that is not UTF-8 or not JSON costs that line alone."""
    for n, line in enumerate(_binary_lines(stream), 1):
        fallback = f"{name}:{n}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield IngestFailure(fallback, BadJsonLine(
                    f"{fallback}: the line is not UTF-8 (byte 0x{line[e.start]:02x} at column "
                    f"{e.start + 1}): "
                    "fix the line or convert the file to UTF-8 (e.g. iconv -f cp1252 -t utf-8)"), name)
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield IngestFailure(fallback, BadJsonLine(f"{fallback}: not valid JSON ({e.msg} at column "
                                                      f"{e.colno}): fix or remove the line"), name)
            continue
        try:
            yield input_from_json(obj, fallback, name, settings)
        except VeilleError as e:
            art_id = str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") else fallback
            yield IngestFailure(art_id, e, name)


def read_file(path: Path, settings: Settings, published: str | None = None,
              lang: str | None = None) -> Iterator[Input | IngestFailure]:
    name = str(path)
    if path.suffix.lower() in HTML_SUFFIXES | FEED_SUFFIXES:
        yield from read_web_file(path, settings)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as f:
                yield from read_jsonl_stream(f, path.stem, settings)
        except OSError as e:
            yield IngestFailure(path.stem, _unreadable(name, e), name)
        return
    try:
        size = path.stat().st_size
        # four bytes per character at most in UTF-8: a bigger file cannot fit the limit
        if size > settings.max_chars * 4:
            raise InputTooLarge(f"{name} is {size / 1e6:.0f} MB, more than veille reads as one article: "
                                "split it, or give JSON Lines with one article per line")
        text, _encoding = decode_bytes(path.read_bytes(), name)
        if len(text) > settings.max_chars:
            raise too_large(name, len(text), settings.max_chars)
        yield read_text_article(text, path.stem, published=published, source=name, lang=lang)
    except VeilleError as e:
        yield IngestFailure(path.stem, e, name)
    except OSError as e:
        yield IngestFailure(path.stem, _unreadable(name, e), name)


def _unreadable(name: str, e: OSError) -> InputUnreadable:
    return InputUnreadable(f"{name} cannot be read ({e.strerror or e}): check its permissions")


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def iter_files(path: Path) -> Iterator[Path]:
    """The article files under a directory (hidden files, other kinds and special files skipped)."""
    for child in sorted(path.rglob("*")):
        if not child.name.startswith(".") and _is_regular(child) and (
                child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES):
            yield child


def read_paths(paths: Iterable[str], settings: Settings | None = None, published: str | None = None,
               stdin: IO[str] | None = None, lang: str | None = None) -> Iterator[Input | IngestFailure]:
    """Every article of every path, in order; ``-`` reads JSON Lines from standard input. ``lang`` is
    the language of plain-text files (JSON Lines give their own)."""
    settings = settings or Settings()
    published = check_date(published, "--published") if published else None
    lang = check_lang(lang, "--lang")
    for p in paths:
        if p == "-":
            yield from read_jsonl_stream(stdin or sys.stdin, "stdin", settings)
            continue
        path = Path(p)
        if not path.exists():
            yield IngestFailure(path.stem, InputNotFound(f"{p} does not exist: check the path"), p)
        elif path.is_dir():
            found = False
            for f in iter_files(path):
                found = True
                yield from read_file(f, settings, published, lang)
            if not found:
                yield IngestFailure(path.name, EmptyInput(
                    f"{p}: no article file in the directory (veille reads .txt, .jsonl, .html and feed "
                    "files): check the path"), p)
        elif not _is_regular(path):
            # a FIFO, a device or a socket could block forever
            yield IngestFailure(path.stem, InputNotRegular(
                f"{p} is not a regular file: give a file, a directory, or - for standard input"), p)
        else:
            yield from read_file(path, settings, published, lang)
