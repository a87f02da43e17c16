"""Corpus events: the events of a store's articles that report the same happening, merged into one
(``veille.store.merge`` says how, and keeps them up to date at each ingest). Read with the user's filters,
which select the events themselves, and with their unnamed actors named the ACLED way.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from ..records import CorpusEvents
from .export import fill_actors
from .search import Filters


def corpus_events(db, filters: Filters | None = None, include_background: bool = False,
                  acled_only: bool = False) -> CorpusEvents:
    """The store's corpus events that ``filters`` select (on the events: their type, place, date and
    participants), by date; background events only with ``include_background``."""
    with collector_paused():
        found = db.events(filters or Filters(), include_background, acled_only)
        return CorpusEvents(fill_actors(e) for e in found)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while many records are read: records hold no cycles, and with
    200,000 of them in memory its passes over them cost as much as reading them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def rebuild(db) -> int:
    """Form every corpus event again from the stored articles; returns how many there are."""
    return db.rebuild_events()
