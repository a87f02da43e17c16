"""The records of CONTRACT.md: plain dataclasses that cross every stage boundary.

No spaCy object leaves ``veille.extract``; workers, the store and the CLI handle these.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .checks import check_lang, check_published, finite, text_argument, without_surrogates

SCHEMA = "veille.article/1"
Span = list[int]  # [start, end], end exclusive


@dataclass
class Entity:
    id: str
    type: str
    name: str
    mentions: list[Span]
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None


@dataclass
class Place:
    id: str
    entity: str | None
    name: str
    mentions: list[Span]
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None


@dataclass
class Input:
    """An article as read from its source, before analysis."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    lang: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        # every door (files, JSON Lines, feeds, the Python API) builds one of these: the checks live here
        self.id = without_surrogates(text_argument(self.id, "id"))
        self.text = without_surrogates(text_argument(self.text, "text"))
        if self.title is not None:
            self.title = without_surrogates(text_argument(self.title, "title"))
        if self.source is not None:
            self.source = without_surrogates(str(self.source))
        self.published = check_published(self.published, self.id)
        self.lang = check_lang(self.lang)


@dataclass
class Article:
    id: str
    lang: str | None
    published: str | None
    title: str | None
    text: str
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, str] | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "lang": self.lang,
            "published": self.published,
            "title": self.title,
            "text": self.text,
        }
        for key in ("entities", "places"):
            out[key] = [asdict(x) for x in getattr(self, key)]
        for key in ("times", "quantities", "statements", "events"):
            out[key] = list(getattr(self, key))
        if self.error:
            out["error"] = dict(self.error)
        return finite(out)  # JSON has no NaN or Infinity

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=d["id"],
            lang=d.get("lang"),
            published=d.get("published"),
            title=d.get("title"),
            text=d.get("text") or "",
            entities=[Entity(**e) for e in d.get("entities") or []],
            places=[Place(**p) for p in d.get("places") or []],
            times=list(d.get("times") or []),
            quantities=list(d.get("quantities") or []),
            statements=list(d.get("statements") or []),
            events=list(d.get("events") or []),
            error=d.get("error"),
        )

    @classmethod
    def failed(cls, item: Input | None, error: dict[str, str], fallback_id: str = "") -> Article:
        if item is None:
            return cls(id=fallback_id, lang=None, published=None, title=None, text="", error=error)
        return cls(id=item.id, lang=item.lang, published=item.published, title=item.title,
                   text=item.text, error=error)
