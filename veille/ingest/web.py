"""Readers for the web's forms of an article: HTML pages (boilerplate removed by trafilatura) and
RSS/Atom feed files (feedparser), each keeping its date and title.

A page without article text, or a feed entry without text, is a per-article failure like any other.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import EmptyInput, InputTooLarge, InputUnreadable, VeilleError
from ..schemas import Input
from ..settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# dates only from the page's own metadata and markup, never guessed from today or loose text
DATE_PARAMS = {"original_date": True, "extensive_search": False}
# a page whose main text is shorter than this (words) is a form, an index or an error page
MIN_WORDS = 8


def _date(struct: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", struct) if struct else None


def _paragraphs(text: str) -> str:
    """trafilatura's lines are paragraphs: keep them apart as veille's readers do."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def read_html(data: bytes, article_id: str, source: str, settings: Settings) -> Input:
    """The article of an HTML page: main text, title and publication date."""
    import trafilatura

    if len(data) > settings.max_chars * 8:
        raise InputTooLarge(f"{source} is {len(data) / 1e6:.0f} MB of HTML, more than veille reads as one "
                            "page: save the article alone or give its text as JSON Lines")
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                      include_tables=False, date_extraction_params=DATE_PARAMS)
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise EmptyInput(f"{source}: no article text found in the page (is it an index or a login page?): "
                         "save the article's own page")
    text = _paragraphs(doc.text)
    title = (doc.title or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    published = doc.date if doc.date and len(doc.date) >= 4 else None
    return Input(id=article_id, text=text, published=published, title=title, source=source)


def _entry_text(entry) -> str:
    import trafilatura

    parts = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    html = max(parts, key=len) if parts else ""
    if "<" in html:
        html = trafilatura.html2txt(f"<html><body>{html}</body></html>")
    return _paragraphs(html or "")


def read_feed(data: bytes, name: str, source: str) -> Iterator:
    """Every entry of an RSS or Atom feed as an article (its text is the entry's content or summary)."""
    import feedparser

    from .readers import IngestFailure

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield IngestFailure(name, EmptyInput(f"{source}: no entries in the feed{reason}: give an RSS or Atom "
                                             "file"), source)
        return
    for n, entry in enumerate(feed.entries, 1):
        art_id = entry.get("id") or entry.get("link") or f"{name}:{n}"
        title = (entry.get("title") or "").strip() or None
        body = _entry_text(entry)
        if not body:
            yield IngestFailure(art_id, EmptyInput(f"{art_id}: the feed entry has no text"), source)
            continue
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        published = _date(entry.get("published_parsed") or entry.get("updated_parsed"))
        try:
            yield Input(id=art_id, text=text, published=published, title=title,
                        source=entry.get("link") or source)
        except VeilleError as e:  # one bad entry costs that entry
            yield IngestFailure(art_id, e, source)


def read_web_file(path: Path, settings: Settings) -> Iterator:
    """An .html page or a feed file."""
    from .readers import IngestFailure

    name = str(path)
    try:
        data = path.read_bytes()
        if path.suffix.lower() in FEED_SUFFIXES:
            yield from read_feed(data, path.stem, name)
        else:
            yield read_html(data, path.stem, name, settings)
    except VeilleError as e:
        yield IngestFailure(path.stem, e, name)
    except OSError as e:
        yield IngestFailure(path.stem, InputUnreadable(f"{name} cannot be read ({e.strerror or e}): "
                                                       "check its permissions"), name)
