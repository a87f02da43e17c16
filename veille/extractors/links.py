"""The linking step: the one place where a stage's records point into another stage's.

Each extractor writes only its own extension; the links between records that only exist once every
stage has run are made here, by the last component of the pipeline:

- a quantity reported inside a statement points to it (``quantity.statement``);
- an event that only its article dates points to the time ``article_time_id``: that time, with no words,
  is added to the article's times;
- an entity that its place reads as a country takes that state's Wikidata id.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity, Place, Quantity, Statement, Time
from .actors import actor_table
from .docs import SpanIndex
from .rules import RULES


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


COUNTRY_STATE = RULES.define(
    "links.country_state", "an entity whose place reads as a country takes its state's Wikidata id")


def link_countries_to_states(entities: list[Entity], places: list[Place]) -> None:
    """An entity without a Wikidata id of its own whose place is a country ("U.S.", "l'Hexagone") takes
    the id of that country's state in the actor table."""
    if not RULES.on(COUNTRY_STATE):
        return
    by_id = {e.id: e for e in entities}
    for place in places:
        entity = by_id.get(place.entity)
        if entity is not None and place.feature == "country" and entity.wikidata is None:
            state = actor_table().state(place.country)
            if state is not None and state.wikidata is not None:
                entity.wikidata = state.wikidata
                entity.rules["wikidata"] = COUNTRY_STATE


class RecordLinker:
    """Pipeline component: the cross-links between the stages' records (see the module's docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        link_quantities_to_statements(doc._.veille_quantities or [], doc._.veille_statements or [])
        add_article_time(doc)
        link_countries_to_states(doc._.veille_entities or [], doc._.veille_places or [])
        doc._.veille_index = None  # the cached sentences hold the doc: let it go with its batch
        return doc


@Language.factory("veille_links",
                  assigns=["doc._.veille_quantities", "doc._.veille_times", "doc._.veille_entities"],
                  requires=["doc._.veille_quantities", "doc._.veille_statements", "doc._.veille_events",
                            "doc._.veille_entities", "doc._.veille_places"])
def make_record_linker(nlp: Language, name: str) -> RecordLinker:
    return RecordLinker()
