"""An article as it comes in (``Input``) and as it leaves analysis (``Article``), holding the typed records.

No spaCy object leaves ``veille.extractors``; workers, the store and the CLI handle these.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .checks import check_lang, check_published, finite, text_argument, without_surrogates
from .records import Entity, Event, Place, Quantity, Record, Statement, Time

SCHEMA = "veille.article/1"
RECORD_LISTS = ("entities", "places", "times", "quantities", "statements", "events")


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
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
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
        for key in RECORD_LISTS:
            out[key] = [record.as_dict() for record in getattr(self, key)]
        if self.error:
            out["error"] = dict(self.error)
        return finite(out)  # JSON has no NaN or Infinity

    def explain(self) -> list[dict[str, str]]:
        """Which named rule produced which field, record by record (``veille extract --explain``)."""
        records: list[Record] = [record for key in RECORD_LISTS for record in getattr(self, key)]
        return [line for record in records for line in record.explain()]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=d["id"],
            lang=d.get("lang"),
            published=d.get("published"),
            title=d.get("title"),
            text=d.get("text") or "",
            entities=[Entity.from_dict(e) for e in d.get("entities") or []],
            places=[Place.from_dict(p) for p in d.get("places") or []],
            times=[Time.from_dict(t) for t in d.get("times") or []],
            quantities=[Quantity.from_dict(q) for q in d.get("quantities") or []],
            statements=[Statement.from_dict(s) for s in d.get("statements") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
            error=d.get("error"),
        )

    @classmethod
    def failed(cls, item: Input | None, error: dict[str, str], fallback_id: str = "") -> Article:
        if item is None:
            return cls(id=fallback_id, lang=None, published=None, title=None, text="", error=error)
        return cls(id=item.id, lang=item.lang, published=item.published, title=item.title,
                   text=item.text, error=error)
