"""The records of CONTRACT.md, typed: what the extractors produce and every later stage reads.

``as_dict()`` gives a record's CONTRACT form exactly (keys in CONTRACT order); ``from_dict()`` reads it
back. A field whose metadata says ``contract: False`` is veille's own (the ``rules`` trace) and never
leaves in the CONTRACT form.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

Span = list[int]  # [start, end], end exclusive


def trace() -> Any:
    """The ``rules`` field of a record: CONTRACT field name -> the named rule that produced it."""
    return field(default_factory=dict, repr=False, compare=False, metadata={"contract": False})


def contract_value(value: Any) -> Any:
    """A field's value in CONTRACT form: records as dicts, lists copied."""
    if isinstance(value, Part):
        return value.as_dict()
    if isinstance(value, list):
        return [contract_value(item) for item in value]
    return value


class Part:
    """A record or a part of one (a cue, what a quantity counts): it has a CONTRACT form."""

    def as_dict(self) -> dict[str, Any]:
        return {f.metadata.get("key", f.name): contract_value(getattr(self, f.name))
                for f in fields(self) if f.metadata.get("contract", True)}  # type: ignore[arg-type]


class Record(Part):
    """A record with an id, and the trace of the named rules that produced its fields."""

    id: str
    rules: dict[str, str]

    def explain(self) -> list[dict[str, str]]:
        """Which named rule produced which field of this record."""
        return [{"record": self.id, "field": name, "rule": rule}
                for name, rule in self.rules.items()]


@dataclass
class TextSpan(Part):
    """Words of the text: a statement's cue and content, an event's trigger."""

    span: Span
    text: str

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> TextSpan | None:
        return cls(span=list(d["span"]), text=d["text"]) if d else None


@dataclass
class Reference(Part):
    """Other words that refer to an entity: a description ("le porte-parole") or a pronoun ("-t-il"),
    with the rule that linked them."""

    span: Span
    kind: str  # "description" | "pronoun"
    rule: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Reference:
        return cls(span=list(d["span"]), kind=d["kind"], rule=d["rule"])


@dataclass
class Entity(Record):
    id: str
    type: str
    name: str
    mentions: list[Span]
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None
    references: list[Reference] = field(default_factory=list)
    rules: dict[str, str] = trace()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(id=d["id"], type=d["type"], name=d["name"], mentions=[list(m) for m in d["mentions"]],
                   roles=list(d.get("roles") or []), wikidata=d.get("wikidata"),
                   references=[Reference.from_dict(r) for r in d.get("references") or []])


@dataclass
class Place(Record):
    id: str
    entity: str | None
    name: str
    mentions: list[Span]
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None
    rules: dict[str, str] = trace()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(id=d["id"], entity=d.get("entity"), name=d["name"],
                   mentions=[list(m) for m in d["mentions"]],
                   geonameid=d.get("geonameid"), lat=d.get("lat"), lon=d.get("lon"), country=d.get("country"),
                   feature=d.get("feature"))


@dataclass
class Time(Record):
    """A date, time, duration or set; ``span`` and ``text`` are None for a time no words give."""

    id: str
    span: Span | None
    text: str | None
    type: str
    value: str | None
    anchor: str | None
    rules: dict[str, str] = trace()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Time:
        return cls(id=d["id"], span=list(d["span"]) if d.get("span") else None, text=d.get("text"),
                   type=d["type"], value=d.get("value"), anchor=d.get("anchor"))


@dataclass
class Counted(Part):
    """What a quantity counts."""

    span: Span
    text: str
    category: str

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Counted | None:
        return cls(span=list(d["span"]), text=d["text"], category=d["category"]) if d else None


@dataclass
class Change(Part):
    """A quantity that changed from an earlier one ("passé de 4000 à 4460")."""

    from_: str = field(metadata={"key": "from"})

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Change | None:
        return cls(from_=d["from"]) if d else None


@dataclass
class Quantity(Record):
    id: str
    span: Span
    text: str
    value: float | None
    low: float | None
    high: float | None
    approx: str
    unit: str | None
    counted: Counted | None
    entity: str | None
    place: str | None
    time: str | None
    statement: str | None
    change: Change | None
    rules: dict[str, str] = trace()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(id=d["id"], span=list(d["span"]), text=d["text"], value=d.get("value"), low=d.get("low"),
                   high=d.get("high"), approx=d["approx"], unit=d.get("unit"),
                   counted=Counted.from_dict(d.get("counted")), entity=d.get("entity"), place=d.get("place"),
                   time=d.get("time"), statement=d.get("statement"), change=Change.from_dict(d.get("change")))


@dataclass
class Statement(Record):
    id: str
    speaker: str | None
    speaker_text: str | None
    cue: TextSpan | None
    content: TextSpan
    kind: str
    hedged: bool
    time: str | None
    channel: TextSpan | None = None  # where it was said, when that is not the source ("sur Twitter")
    rules: dict[str, str] = trace()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        content = TextSpan.from_dict(d["content"])
        assert content is not None, "a statement has content"
        return cls(id=d["id"], speaker=d.get("speaker"), speaker_text=d.get("speaker_text"),
                   cue=TextSpan.from_dict(d.get("cue")), content=content, kind=d["kind"],
                   hedged=bool(d.get("hedged")), time=d.get("time"),
                   channel=TextSpan.from_dict(d.get("channel")))


@dataclass
class AcledType(Part):
    """An event's type in ACLED's codebook."""

    event_type: str
    sub_event_type: str
    actor1: str | None = None  # ACLED's actor names ("Military Forces of Niger (2021-)"), or None
    actor2: str | None = None
    inter1: int | None = None  # ACLED's interaction codes of the two actors
    inter2: int | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> AcledType | None:
        if not d:
            return None
        return cls(event_type=d["event_type"], sub_event_type=d["sub_event_type"], actor1=d.get("actor1"),
                   actor2=d.get("actor2"), inter1=d.get("inter1"), inter2=d.get("inter2"))


@dataclass
class Event(Record):
    id: str
    type: str | None  # PLOVER; null for a happening of no PLOVER type (an accident)
    acled: AcledType | None
    trigger: TextSpan
    agent: str | None
    target: str | None
    place: str | None
    time: str | None
    modality: str
    fatalities: int | None
    quantities: list[str]
    statement: str | None
    sentence: Span
    primary: bool
    mentions: list[TextSpan] = field(default_factory=list)  # every mention of the happening, trigger included
    time_source: str | None = None  # "text" | "context" | "published": where the date came from
    background: bool = False  # a past event told as context, dated well before the article
    rules: dict[str, str] = trace()

    def __post_init__(self) -> None:
        if not self.mentions:
            self.mentions = [TextSpan(span=list(self.trigger.span), text=self.trigger.text)]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        trigger = TextSpan.from_dict(d["trigger"])
        assert trigger is not None, "an event has a trigger"
        return cls(id=d["id"], type=d["type"], acled=AcledType.from_dict(d.get("acled")), trigger=trigger,
                   agent=d.get("agent"), target=d.get("target"), place=d.get("place"), time=d.get("time"),
                   modality=d["modality"], fatalities=d.get("fatalities"),
                   quantities=list(d.get("quantities") or []),
                   statement=d.get("statement"), sentence=list(d["sentence"]), primary=bool(d.get("primary")),
                   mentions=[m for m in (TextSpan.from_dict(m) for m in d.get("mentions") or []) if m],
                   time_source=d.get("time_source"), background=bool(d.get("background")))


@dataclass
class CorpusPlace(Part):
    """Where a corpus event happened: a resolved place, with its first-level region's name."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> CorpusPlace | None:
        if not d:
            return None
        return cls(name=d["name"], geonameid=d.get("geonameid"), lat=d.get("lat"), lon=d.get("lon"),
                   country=d.get("country"), admin1=d.get("admin1"), feature=d.get("feature"))


@dataclass
class CorpusSource(Part):
    """One article's report of a corpus event: the article, its event and the deaths it gives."""

    article: str
    event: str
    fatalities: int | None = None
    published: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CorpusSource:
        return cls(article=d["article"], event=d["event"], fatalities=d.get("fatalities"),
                   published=d.get("published"))


@dataclass
class CorpusEvent(Part):
    """One real happening in a store, merged across the articles that report it (CONTRACT: corpus
    events). ``precision`` is ACLED's time precision of ``date``; ``fatalities`` the most recent
    report's figure; ``notes`` the best source sentence."""

    id: str
    type: str | None  # PLOVER; null for a happening of no PLOVER type (an accident)
    acled: AcledType | None
    place: CorpusPlace | None
    date: str | None
    precision: int
    fatalities: int | None
    background: bool
    sources: list[CorpusSource]
    modality: str = "asserted"
    notes: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CorpusEvent:
        return cls(id=d["id"], type=d["type"], acled=AcledType.from_dict(d.get("acled")),
                   place=CorpusPlace.from_dict(d.get("place")), date=d.get("date"),
                   precision=int(d.get("precision") or 3), fatalities=d.get("fatalities"),
                   background=bool(d.get("background")),
                   sources=[CorpusSource.from_dict(s) for s in d.get("sources") or []],
                   modality=d.get("modality") or "asserted", notes=d.get("notes") or "")


class CorpusEvents(list):
    """Corpus events (a list of ``CorpusEvent``), with ``to_frame()``: one pandas row per event."""

    COLUMNS = ("id", "date", "precision", "type", "event_type", "sub_event_type", "actor1", "actor2",
               "inter1", "inter2", "place", "country", "admin1", "lat", "lon", "geonameid", "fatalities",
               "background", "modality", "sources", "notes")

    def to_frame(self):
        import pandas as pd

        rows = []
        for e in self:
            a, p = e.acled, e.place
            rows.append({
                "id": e.id, "date": e.date, "precision": e.precision, "type": e.type,
                "event_type": a.event_type if a else None, "sub_event_type": a.sub_event_type if a else None,
                "actor1": a.actor1 if a else None, "actor2": a.actor2 if a else None,
                "inter1": a.inter1 if a else None, "inter2": a.inter2 if a else None,
                "place": p.name if p else None, "country": p.country if p else None,
                "admin1": p.admin1 if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
                "geonameid": p.geonameid if p else None, "fatalities": e.fatalities,
                "background": e.background, "modality": e.modality,
                "sources": [s.article for s in e.sources], "notes": e.notes})
        frame = pd.DataFrame(rows, columns=list(self.COLUMNS))
        for column in ("precision", "inter1", "inter2", "geonameid", "fatalities"):
            frame[column] = frame[column].astype("Int64")
        return frame
