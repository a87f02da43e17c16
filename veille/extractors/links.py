"""The linking step: the one place where a stage's records point into another stage's.

Each extractor writes only its own extension; the links between records that only exist once every
stage has run are made here, by the last component of the pipeline:

- a quantity reported inside a statement points to it (``quantity.statement``);
- an event that only its article dates points to the time ``article_time_id``: that time, with no words,
  is added to the article's times.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Quantity, Statement, Time
from .docs import SpanIndex


def article_time_id(doc: Doc) -> str | None:
    """The id the article's own date takes among its times, when it has one (after the text's times)."""
    if not doc._.veille_published:
        return None
    return f"t{len(doc._.veille_times or []) + 1}"


def link_quantities_to_statements(quantities: list[Quantity], statements: list[Statement]) -> None:
    """A quantity reported inside a statement points to it (the innermost one)."""
    contents = SpanIndex([tuple(st.content.span) for st in statements])
    for q in quantities:
        s, e = q.span
        # a content that holds the quantity starts at most its length before the quantity's end
        holders = [statements[i] for i in contents.starting_within(e - contents.longest, s)
                   if statements[i].content.span[0] <= s and e <= statements[i].content.span[1]]
        if holders:
            q.statement = min(holders, key=lambda st: st.content.span[1] - st.content.span[0]).id


def add_article_time(doc: Doc) -> None:
    """The article's date becomes a time with no words when an event points to it."""
    article_time = article_time_id(doc)
    if article_time and any(e.time == article_time for e in doc._.veille_events or []):
        time = Time(id=article_time, span=None, text=None, type="DATE", value=doc._.veille_published,
                    anchor="published")
        doc._.veille_times = [*(doc._.veille_times or []), time]


class RecordLinker:
    """Pipeline component: the cross-links between the stages' records (see the module's docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        link_quantities_to_statements(doc._.veille_quantities or [], doc._.veille_statements or [])
        add_article_time(doc)
        doc._.veille_index = None  # the cached sentences hold the doc: let it go with its batch
        return doc


@Language.factory("veille_links", assigns=["doc._.veille_quantities", "doc._.veille_times"],
                  requires=["doc._.veille_quantities", "doc._.veille_statements", "doc._.veille_events"])
def make_record_linker(nlp: Language, name: str) -> RecordLinker:
    return RecordLinker()
