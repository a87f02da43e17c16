"""The API's typed answers: pydantic models made from veille's records (``veille.records``), field for
field in their CONTRACT form, and the envelopes the endpoints return them in.

The record models are generated from the dataclasses, so a field added to a record appears in the API
and in its OpenAPI document with no edit here.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Generic, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from .. import records
from ..corpus import figures

_MODELS: dict[type, type[BaseModel]] = {}


def _annotation(hint: Any) -> Any:
    """A field's type with every dataclass in it replaced by its model."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = tuple(_annotation(a) for a in typing.get_args(hint))
        return Union[args]  # noqa: UP007 (built from a tuple)
    if origin is list:
        return list[_annotation(typing.get_args(hint)[0])]
    if dataclasses.is_dataclass(hint):
        return model_of(hint)
    return hint


def model_of(cls: type) -> type[BaseModel]:
    """The pydantic model of a record dataclass: its CONTRACT fields (not the ``rules`` trace), under
    their CONTRACT names (``from_`` is ``from``), with its docstring."""
    if cls in _MODELS:
        return _MODELS[cls]
    hints = typing.get_type_hints(cls, vars(records) | vars(figures))
    spec: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.metadata.get("contract", True):
            continue
        options: dict[str, Any] = {"alias": f.metadata["key"]} if "key" in f.metadata else {}
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        default = Field(**options) if options else ...
        spec[f.name] = (_annotation(hints[f.name]), default)
    model = create_model(cls.__name__, __doc__=(cls.__doc__ or "").strip() or None,
                         __config__=ConfigDict(populate_by_name=True, serialize_by_alias=True), **spec)
    _MODELS[cls] = model
    return model


Entity = model_of(records.Entity)
Place = model_of(records.Place)
Time = model_of(records.Time)
Quantity = model_of(records.Quantity)
Statement = model_of(records.Statement)
Event = model_of(records.Event)
CorpusEvent = model_of(records.CorpusEvent)
FigurePoint = model_of(figures.Point)

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of answers: ``items`` from ``offset``, at most ``limit``, of ``total`` (of at least
    ``total`` when ``total_is_lower_bound``: a search counts its matches up to a thousand)."""

    total: int
    total_is_lower_bound: bool = False
    offset: int
    limit: int
    items: list[T]


class ErrorBody(BaseModel):
    code: str
    message: str
    parameter: str | None = None


class Error(BaseModel):
    """Every error: veille's error code, a message that says what to do, the parameter at fault."""

    error: ErrorBody


class Passage(BaseModel):
    """A piece of the matching passage; ``match``: the words the query found."""

    text: str
    match: bool = False


class Hit(BaseModel):
    id: str
    title: str | None
    published: str | None
    lang: str | None
    snippet: str
    passage: list[Passage]
    score: float | None
    sources: int
    places: list[str]


class Source(BaseModel):
    """A text the article was received as: itself first (similarity 1), then its near-duplicates."""

    source: str | None
    id: str | None
    title: str | None
    published: str | None
    similarity: float | None


class Article(BaseModel):
    """An article with all its records (CONTRACT form), and the texts it was received as."""

    schema_: str = Field(alias="schema")
    id: str
    lang: str | None
    published: str | None
    title: str | None
    text: str
    entities: list[Entity]  # type: ignore[valid-type]
    places: list[Place]  # type: ignore[valid-type]
    times: list[Time]  # type: ignore[valid-type]
    quantities: list[Quantity]  # type: ignore[valid-type]
    statements: list[Statement]  # type: ignore[valid-type]
    events: list[Event]  # type: ignore[valid-type]
    sources: list[Source]

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class EntitySummary(BaseModel):
    """An entity across the store: one folded name (``key``) and type."""

    key: str
    name: str
    type: str
    wikidata: str | None
    articles: int
    mentions: int


class Appearance(BaseModel):
    """An entity in one article: its record there, the words of its mentions, what it said and did."""

    article: str
    title: str | None
    published: str | None
    entity: Entity  # type: ignore[valid-type]
    mention_texts: list[str]
    statements: list[Statement]  # type: ignore[valid-type]
    events: list[Event]  # type: ignore[valid-type]


class EntityDetail(BaseModel):
    key: str
    name: str
    type: str
    wikidata: str | None
    roles: list[str]
    appearances: Page[Appearance]


class PlaceSummary(BaseModel):
    """A place across the store: one gazetteer place (or one unresolved name)."""

    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    feature: str | None
    articles: int
    mentions: int


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float]


class Feature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    """GeoJSON: corpus events as points (``kind: event``), with their type, date, deaths and sources."""

    type: Literal["FeatureCollection"] = "FeatureCollection"
    total: int
    features: list[Feature]


class StoryArticle(BaseModel):
    id: str
    published: str | None
    title: str | None


class Story(BaseModel):
    id: int
    first: str | None
    last: str | None
    articles: list[StoryArticle]
    actors: list[str]
    places: list[str]


class TimelineEntry(BaseModel):
    """A dated event or statement of a story, with the article it comes from."""

    kind: Literal["event", "statement"]
    date: str | None
    article: str
    title: str | None
    published: str | None
    record: str
    text: str
    type: str | None = None
    speaker: str | None = None
    place: str | None = None
    modality: str | None = None
    fatalities: int | None = None


class Timeline(BaseModel):
    story: Story
    entries: list[TimelineEntry]


class Contradiction(BaseModel):
    """Two figures of a series about one moment that cannot both hold (points by ``article/quantity``)."""

    a: str
    b: str
    a_text: str
    b_text: str


class Series(BaseModel):
    """Figures over time: what is counted, whose, where, each point with its source."""

    label: str
    category: str
    whose: str | None
    where: str | None
    addition: bool
    points: list[FigurePoint]  # type: ignore[valid-type]
    contradictions: list[Contradiction]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    schema_version: int
    articles: int
    writes: bool


class ArticleResult(BaseModel):
    """What a write did with one article: ``added``, ``already`` stored, stored as a ``copy`` of
    another, or ``failed`` (with veille's error)."""

    id: str
    status: Literal["added", "already", "copy", "failed"]
    stored_as: str | None = None
    error: ErrorBody | None = None


class ArticleIn(BaseModel):
    """An article to analyse and store (CONTRACT input fields)."""

    text: str
    id: str | None = None
    published: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    title: str | None = None
    lang: str | None = Field(None, description="fr or en; detected when absent")


class WriteReport(BaseModel):
    added: int
    already: int
    copies: int
    failed: int
    articles: list[ArticleResult]
