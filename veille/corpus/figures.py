"""Figures over time: the store's quantities grouped by what is counted, whose and where, as series.

A series is keyed by the counted category, whose figure it is (the quantity's entity, else a demonym in
the counted words: "soldats américains" -> United States) and where (the country of its place). Each
point keeps its source article, speaker, hedging and time; "4460, up from about 4000" puts the two
points in order. Figures that disagree about the same moment, with no change between them, are
flagged as contradictions.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..data import demonyms
from ..errors import NothingToPlot
from ..nlp.lang import every_pack
from ..store import reads
from ..store.dedup import fold
from .events import collector_paused
from .search import Filters, category_name, selection

# words that make a figure an addition to a stock ("400 soldats supplémentaires"), not the stock: the
# packs' corpus.ADDITION_WORDS, folded as the counted words are
ADDITION_WORDS = {fold(word) for words in every_pack("corpus", "ADDITION_WORDS") for word in words}
_DATED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
# counts of what happened on a day (the dead of an attack) disagree only about the same day; stocks
# (troops, residents, refugees) also about the same month
EVENT_COUNTS = {"killed", "injured", "missing", "detained", "protesters"}
# articles whose entities, places, times and statements one query of each table reads for figures
CONTEXT_PAGE = 500
# what a point reads of its time and of its statement
TIME_FIELDS = ("text", "value")
STATEMENT_FIELDS = ("speaker", "speaker_text", "hedged")


@lru_cache(maxsize=512)
def country_name(iso2: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return (getattr(c, "common_name", None) or c.name) if c else iso2


@dataclass
class Point:
    article: str
    published: str | None
    quantity: str
    text: str
    value: float | None
    low: float | None
    high: float | None
    approx: str
    counted: str
    time_text: str | None
    time_value: str | None
    moment: str | None
    speaker: str | None
    hedged: bool
    place: str | None
    change_from: str | None = None  # "article/quantity" of the figure this one changed from

    @property
    def key(self) -> str:
        return f"{self.article}/{self.quantity}"

    def bounds(self) -> tuple[float, float]:
        """The interval of values the figure allows."""
        if self.value is not None:
            v = self.value
            return (v * 0.9, v * 1.1) if self.approx == "about" else (v, v)
        low = self.low if self.low is not None else 0.0
        high = self.high if self.high is not None else math.inf
        return low, high

    def describe(self) -> str:
        when = self.time_value or self.moment or "undated"
        if self.time_text and self.time_text != self.time_value:
            when = f"{self.time_text}: {when}"
        who = f", per {self.speaker}" if self.speaker else ""
        hedge = ", hedged" if self.hedged else ""
        return f"{self.text} ({when}{who}{hedge}; {self.article})"


@dataclass
class Series:
    category: str
    whose: str | None
    where: str | None
    addition: bool
    points: list[Point] = field(default_factory=list)
    contradictions: list[tuple[str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        parts = [self.category + (" (additional)" if self.addition else ""), self.whose or "?",
                 self.where or "?"]
        return ", ".join(parts)

    def describe(self) -> str:
        line = f"{self.label}: " + " -> ".join(p.describe() for p in self.points)
        for a, b in self.contradictions:
            line += f"\n    contradiction: {a} vs {b}"
        return line


def _whose(q: dict, entities: dict, counted_text: str) -> str | None:
    ent = entities.get(q.get("entity")) if q.get("entity") else None
    if ent is not None:
        return _entity_whose(*ent)
    return _demonym_whose(counted_text)


@lru_cache(maxsize=4096)
def _entity_whose(name: str, kind: str | None) -> str | None:
    """Whose figure an entity's is: its country's name for a land or a people, else its own name."""
    if kind in ("GPE", "NORP"):
        iso2 = demonyms().get(fold(name)) or _country_of_name(name)
        if iso2:
            return country_name(iso2)
    return name


@lru_cache(maxsize=4096)
def _demonym_whose(counted_text: str) -> str | None:
    """The country of the first demonym in the counted words ("soldats américains")."""
    for word in re.findall(r"[\w-]+", fold(counted_text)):
        iso2 = demonyms().get(word)
        if iso2:
            return country_name(iso2)
    return None


@lru_cache(maxsize=4096)
def _is_addition(counted_text: str) -> bool:
    """Whether the counted words make the figure an addition to a stock."""
    return bool(set(re.findall(r"\w+", fold(counted_text))) & ADDITION_WORDS)


@lru_cache(maxsize=4096)
def _country_of_name(name: str) -> str | None:
    from ..geo.gazetteer import shared_gazetteer

    for c in shared_gazetteer().lookup(name):
        if c.feature == "country":
            return c.country
    return None


def _speaker(statement: dict, entities: dict) -> str | None:
    """The speaker's entity name, else the words naming it when they say more than a pronoun."""
    if statement.get("speaker") in entities:
        return entities[statement["speaker"]][0]
    words = (statement.get("speaker_text") or "").split()
    return " ".join(words) if len(words) >= 2 else None


_MOMENT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?(?:$|T|-\d)")


def moment_date(moment: str | None) -> date | None:
    """The first day of a moment (TIMEX3 value or published date): "2016", "2016-09", "2016-09-08",
    a week "2016-W03", a quarter "2016-Q2"; None for what is not one (a season, "PRESENT_REF", a date
    the calendar lacks)."""
    m = _MOMENT.match(moment or "")
    if not m:
        return None
    year, month, day, week, quarter = m.groups()
    try:
        if week:
            return date.fromisocalendar(int(year), int(week), 1)
        if quarter:
            return date(int(year), 3 * int(quarter) - 2, 1)
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def _moment(time_value: str | None, published: str | None) -> str | None:
    """When the figure holds: its own resolved date, else the article's."""
    if time_value and _DATED.match(time_value):
        return time_value
    return published


def _order(points: list[Point]) -> list[Point]:
    """By moment; a figure another one changed from comes first."""
    # by the day a moment begins: a week ("2016-W03") is in January, not after every month
    by_time = sorted(points, key=lambda p: (moment_date(p.moment) or date.min, p.moment or "", p.article))
    rank = {p.key: i for i, p in enumerate(by_time)}
    for _ in range(len(points)):
        moved = False
        for p in points:
            if p.change_from in rank and rank[p.change_from] >= rank[p.key]:
                rank[p.key] = rank[p.change_from] + 0.5
                moved = True
        if not moved:
            break
    return sorted(points, key=lambda p: rank[p.key])


def _contradictions(series: Series) -> list[tuple[str, str]]:
    """Pairs of figures about one moment whose values cannot both hold, with no change between them.

    Only in a series that says where (and whose, for stocks; never for money or "other"), for a
    precise moment (a day for counts of events, a month for
    stocks); counts of events only between reports of the same day (a later toll is an update); two
    figures of one article disagree only when two speakers give them.
    """
    if series.addition or not series.where or series.category in ("money", "other") or \
            series.category.startswith("other:"):
        return []
    precision = 10 if series.category in EVENT_COUNTS else 7
    if precision == 7 and not series.whose:
        return []  # "2 millions" of whose? a stock needs its owner to be one quantity
    # rates and durations ("500 par jour", "en dix ans") are not figures of a moment
    points = [p for p in series.points if p.approx != "vague" and p.moment and len(p.moment) >= precision
              and not (p.time_value or "").startswith("P")]
    found = []
    linked = {(p.key, p.change_from) for p in points if p.change_from}
    for i, a in enumerate(points):
        for b in points[i + 1:]:
            if a.moment[:precision] != b.moment[:precision]:
                continue
            if (a.key, b.key) in linked or (b.key, a.key) in linked:
                continue
            if a.article == b.article and (not a.speaker or not b.speaker or a.speaker == b.speaker):
                continue
            # a toll reported on a later day is an update, not a disagreement
            if precision == 10 and a.published != b.published:
                continue
            (alo, ahi), (blo, bhi) = a.bounds(), b.bounds()
            if ahi < blo or bhi < alo:
                found.append((a.describe(), b.describe()))
    return found


def figures(db, filters: Filters | None = None, category: str | None = None) -> list[Series]:
    """Every series of figures in the store (or in the articles ``filters`` select), longest first."""
    chosen = selection(filters or Filters())
    with collector_paused():
        series = _series(db, db.counted_quantities(chosen, category_name(category) if category else None))
    for s in series.values():
        s.points = _order(s.points)
        s.contradictions = _contradictions(s)
    return sorted(series.values(), key=lambda s: (-len(s.points), s.label))


def _series(db, rows: list[tuple]) -> dict[tuple, Series]:
    """The series of these (article id, published, quantity as stored) rows, their points unordered."""
    series: dict[tuple, Series] = {}
    for art_id, published, q, (entities, places, times, statements) in _with_context(db, rows):
        counted = q["counted"]
        place = places.get(q.get("place")) if q.get("place") else None
        time = times.get(q.get("time")) if q.get("time") else None
        statement = statements.get(q.get("statement")) if q.get("statement") else None
        speaker = None
        if statement:
            speaker = _speaker(statement, entities)
        where_name = country_name(place[1]) if place and place[1] else (place[0] if place else None)
        category = counted["category"]
        if category == "other":
            # "other" holds everything: its figures are grouped by the counted word as well
            head = re.findall(r"\w+", counted["text"] or "")
            category = f"other: {head[0].lower()}" if head else category
        key = (category, _whose(q, entities, counted["text"] or ""), where_name,
               _is_addition(counted["text"] or ""))
        s = series.setdefault(key, Series(*key))
        change = q.get("change") or {}
        s.points.append(Point(
            art_id, published, q["id"], q["text"], q.get("value"), q.get("low"), q.get("high"),
            q.get("approx") or "exact", counted["text"], time.get("text") if time else None,
            time.get("value") if time else None, _moment(time.get("value") if time else None, published),
            speaker, bool(statement and statement.get("hedged")), place[0] if place else None,
            f"{art_id}/{change['from']}" if change.get("from") else None))
    return series


def _with_context(db, rows: list[tuple]) -> Iterator[tuple]:
    """(article id, published, quantity, (entities, places, times, statements) of its article) of each
    row, reading page by page of articles the records and names its quantities refer to (by id), a
    query of each table for each page."""
    for page in _pages(rows, CONTEXT_PAGE):
        quantities = [(art_id, published, json.loads(body)) for art_id, published, body in page]
        context: dict[str, tuple[dict, dict, dict, dict]] = {row[0]: ({}, {}, {}, {}) for row in page}
        for part, kind, ref, fields in ((2, "times", "time", TIME_FIELDS),
                                        (3, "statements", "statement", STATEMENT_FIELDS)):
            wanted = sorted({(art_id, kind, q[ref]) for art_id, _, q in quantities if q.get(ref)})
            for (art_id, _, rec_id), record in reads.records_by_id(db, wanted, fields).items():
                context[art_id][part][rec_id] = record
        entities = {(art_id, q["entity"]) for art_id, _, q in quantities if q.get("entity")} | \
            {(art_id, st["speaker"]) for art_id, parts in context.items() for st in parts[3].values()
             if st.get("speaker")}
        places = {(art_id, q["place"]) for art_id, _, q in quantities if q.get("place")}
        for part, table, ids in ((0, "entities", entities), (1, "places", places)):
            for (art_id, rec_id), names in reads.names_by_id(db, table, sorted(ids)).items():
                context[art_id][part][rec_id] = names
        for art_id, published, q in quantities:
            yield art_id, published, q, context[art_id]


def _pages(rows: list[tuple], most: int) -> Iterator[list[tuple]]:
    """The rows (article by article) in runs of at most ``most`` articles each."""
    page: list[tuple] = []
    seen: set[str] = set()
    for row in rows:
        if row[0] not in seen and len(seen) == most:
            yield page
            page, seen = [], set()
        seen.add(row[0])
        page.append(row)
    if page:
        yield page


def plot(series: Series, path: str) -> None:
    """Draw one series (values over time, bars for ranges) to a PNG or SVG file."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs, ys, lows, highs, labels = [], [], [], [], []
    for p in series.points:
        day = moment_date(p.moment)
        if day is None:
            continue
        low, high = p.bounds()
        mid = p.value if p.value is not None else (low if math.isinf(high) else (low + high) / 2)
        xs.append(day)
        ys.append(mid)
        lows.append(mid - low)
        highs.append(0 if math.isinf(high) else high - mid)
        labels.append(p.text)
    if not xs:
        raise NothingToPlot(f"no figure of {series.label} has a date to draw it at: choose another series "
                            "with --series")
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.errorbar(xs, ys, yerr=[lows, highs], marker="o", capsize=4)
    for x, y, text in zip(xs, ys, labels):
        ax.annotate(text, (x, y), textcoords="offset points", xytext=(4, 6), fontsize=8)
    ax.set_title(series.label)
    ax.set_ylabel(series.category)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
