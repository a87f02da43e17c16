"""Exports of a store for other tools: JSON Lines (CONTRACT), ACLED-style CSV, GeoJSON, Parquet.

``export(db, "csv", "events.csv", Filters(place="IQ"))`` writes the corpus events in Iraq with
ACLED's 31 columns in ACLED's order, one row per real event; the same ``Filters`` as ``search`` choose
the articles of JSON Lines and Parquet, and the events of the CSV and the GeoJSON event layer.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import BadFilter
from ..extractors.actors import ACLED_COUNTRY_NAMES
from ..nlp.lang import every_pack
from ..output import atomic_folder, atomic_output
from ..records import AcledType, CorpusEvent
from ..schemas import RECORD_LISTS, Article
from ..store import content_hash
from ..store.merge import article_reports, summarise
from .search import Filters, selection

FORMATS = ("jsonl", "csv", "geojson", "parquet")
# what makes a spreadsheet read a cell as a formula (OWASP, CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# ACLED's export columns, in ACLED's order
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

# events ACLED does not code: what the text denies or only imagines
UNCOUNTED_MODALITIES = ("negated", "hypothetical", "planned")

DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Riots": "Political violence",
            "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def _words(table: str, key: int | str) -> list[str]:
    """The words of every language pack's ``corpus.<table>[key]``."""
    return [word for words in every_pack("corpus", table) for word in words[key]]


def _unnamed(kind: str) -> str:
    """A pattern of the words that name an actor of that kind without a name (corpus.UNNAMED_ACTORS)."""
    return rf"\b(?:{'|'.join(_words('UNNAMED_ACTORS', kind))})\b"


# ACLED's actor kinds (inter codes), in the order they are tried, recognised from words of an actor's
# name in any language (the packs' corpus.ACTOR_KIND_WORDS)
INTER_WORDS = tuple((code, tuple(_words("ACTOR_KIND_WORDS", code))) for code in (1, 6, 5, 7, 2, 3))


# actors the text names without a name ("des manifestants", "unidentified gunmen"), named the ACLED way
# for the event's country, with their inter code; the first that the sentence gives
GENERIC_ACTORS = (
    (_unnamed("rioters"), "Rioters ({country})", 5),
    (_unnamed("protesters"), "Protesters ({country})", 6),
    (_unnamed("gunmen"), "Unidentified Armed Group ({country})", 3),
    (_unnamed("military"), "Military Forces of {country}", 1),
    (_unnamed("police"), "Police Forces of {country}", 1),
)
GENERIC_VICTIMS = (_unnamed("civilians"), "Civilians ({country})", 7)


def generic_actor(sentence: str, country: str, victims: bool = False) -> tuple[str, int | None]:
    """The ACLED name of an unnamed actor of the sentence ("Protesters (France)"), else ("", None)."""
    if not country:
        return "", None
    low = sentence.lower()
    for pattern, template, inter in (GENERIC_VICTIMS,) if victims else GENERIC_ACTORS:
        if re.search(pattern, low):
            return template.format(country=country), inter
    return "", None


def _articles(db, filters: Filters | None) -> Iterator[Article]:
    for art_id in db.article_ids(selection(filters or Filters())):
        yield db.article(art_id)


def _by_id(records: list) -> dict:
    return {r.id: r for r in records}


def _inter(name: str | None) -> int | None:
    if not name:
        return None
    low = name.lower()
    for code, words in INTER_WORDS:
        if any(w in low for w in words):
            return code
    return None


def _time_precision(value: str | None) -> int:
    """ACLED's time precision: 1 a known day, 2 a week, 3 a month or vaguer."""
    if value and len(value) == 10:
        return 1
    if value and "-W" in value:
        return 2
    return 3


def _geo_precision(feature: str | None) -> int:
    return {"city": 1, "vicinity": 1, "admin2": 2}.get(feature or "", 3)


@lru_cache(maxsize=1)
def acled_regions() -> dict[str, str]:
    """ISO country code -> ACLED region, from the shipped table."""
    text = resources.files("veille.data").joinpath("acled_regions.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            region, codes = line.split("\t")
            table.update((code, region) for code in codes.split())
    return table


def _country(iso2: str | None) -> tuple[str, str, str]:
    """(ISO 3166 numeric, name as ACLED spells it, alpha-3) of a country code; Kosovo has no ISO numeric."""
    import pycountry

    if iso2 == "XK":
        return "0", "Kosovo", "XKX"
    c = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    if c is None:
        return "", "", "XXX"
    name = ACLED_COUNTRY_NAMES.get(iso2) or getattr(c, "common_name", None) or c.name
    return str(int(c.numeric)), name, c.alpha_3


def _admin1(geonameid: int | None, feature: str | None) -> str:
    if not geonameid:
        return ""
    from ..geo.gazetteer import shared_gazetteer

    gaz = shared_gazetteer()
    place = gaz.get(geonameid)
    if place is None:
        return ""
    if feature == "admin1":
        return place.name
    admin = gaz.get(place.admin1) if place.admin1 else None
    return admin.name if admin else ""


def fill_actors(event: CorpusEvent) -> CorpusEvent:
    """The corpus event with its actors named the ACLED way where the extractor named none: the
    unnamed actors of its best sentence ("Protesters (France)"), their inter codes from their names."""
    acled = event.acled
    if acled is None:
        return event
    country = _country(event.place.country if event.place else None)[1]
    actor1, inter1 = acled.actor1 or "", acled.inter1 or _inter(acled.actor1)
    actor2, inter2 = acled.actor2 or "", acled.inter2 or _inter(acled.actor2)
    if not actor1:
        actor1, inter1 = generic_actor(event.notes, country)
    if not actor2 and (acled.event_type == "Violence against civilians" or inter1 in (1, 2, 3)):
        actor2, inter2 = generic_actor(event.notes, country, victims=True)
    if acled.event_type == "Protests" and not inter1:
        inter1 = 6
    event.acled = AcledType(acled.event_type, acled.sub_event_type, actor1 or None, actor2 or None,
                            inter1, inter2)
    return event


def event_id_cnty(event: CorpusEvent) -> str:
    """ACLED's event id: the country's ISO alpha-3 code and a number drawn from the corpus event's id
    (which derives from its earliest report): the same in every run and every store."""
    alpha3 = _country(event.place.country if event.place else None)[2]
    return f"{alpha3}{int(event.id[2:], 16) % 10**9}"


def corpus_row(event: CorpusEvent, titles: dict[str, str]) -> dict:
    """A corpus event as a row of ACLED's columns; ``titles``: article id -> title, for ``source``."""
    acled, place = event.acled, event.place
    iso2 = place.country if place else None
    iso, country, _ = _country(iso2)
    day = event.date or ""
    codes = sorted(c for c in (acled.inter1, acled.inter2) if c)
    articles = list(dict.fromkeys(s.article for s in event.sources))
    return {
        "event_id_cnty": event_id_cnty(event),
        "event_date": day,
        "year": day[:4],
        "time_precision": event.precision,
        "disorder_type": DISORDER.get(acled.event_type, ""),
        "event_type": acled.event_type,
        "sub_event_type": acled.sub_event_type,
        "actor1": acled.actor1 or "", "assoc_actor_1": "", "inter1": acled.inter1 or "",
        "actor2": acled.actor2 or "", "assoc_actor_2": "", "inter2": acled.inter2 or "",
        "interaction": int("".join(map(str, codes))) * (10 if len(codes) == 1 else 1) if codes else "",
        "civilian_targeting": "Civilian targeting"
        if acled.event_type == "Violence against civilians" or acled.inter2 == 7 else "",
        "iso": iso, "region": acled_regions().get(iso2 or "", ""), "country": country,
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "", "admin3": "",
        "location": place.name if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": _geo_precision(place.feature) if place else "",
        "source": " | ".join(" ".join((titles.get(a) or a).split()) for a in articles), "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities or 0,
        "tags": "; ".join(t for t in ("" if event.modality == "asserted" else f"modality: {event.modality}",
                                      f"reports: {len(articles)}" if len(articles) > 1 else "") if t),
        "timestamp": int(datetime.now(UTC).timestamp()),
    }


def counted(event: CorpusEvent) -> bool:
    """Whether a corpus event is an ACLED row: coded, in a country, and not a denied, hypothetical or
    planned one (ACLED codes what happened, or is reported to have happened, somewhere; not what is to
    come)."""
    return (event.acled is not None and event.modality not in UNCOUNTED_MODALITIES
            and event.place is not None and bool(event.place.country))


def acled_rows(article: Article, counter: dict[str, int] | None = None) -> Iterator[dict]:
    """One article's ACLED-coded events as rows of ACLED's columns, each event on its own (the store's
    exports merge the events of all its articles first: ``veille.corpus.events``)."""
    titles = {article.id: article.title or article.id}
    for report in article_reports(article, content_hash(article.text, article.published)):
        event, _ = summarise([report])
        if event.acled is not None:
            yield corpus_row(fill_actors(event), titles)


def _flat(record: dict) -> dict:
    """A record with nested values as JSON text, so that every row of a table has the same columns."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
            for k, v in record.items()}


def _geojson(articles: Iterator[Article], events: list[CorpusEvent], out) -> int:
    """Two layers: the places of the selected articles (``kind: place``), and the corpus events the
    filters select (``kind: event``), each with its date, type, actors, deaths, precision and sources."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0

    def write(feature: dict) -> None:
        nonlocal n
        out.write(("" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        n += 1

    for article in articles:
        for p in article.places:
            if p.lat is None or p.lon is None:
                continue
            write({"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                   "properties": {"kind": "place", "layer": "places", "article": article.id, "id": p.id,
                                  "name": p.name, "geonameid": p.geonameid, "country": p.country,
                                  "feature": p.feature, "mentions": len(p.mentions)}})
    for e in events:
        p = e.place
        if p is None or p.lat is None or p.lon is None:
            continue
        a = e.acled
        write({"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
               "properties": {"kind": "event", "layer": "events", "id": e.id,
                              "event_id_cnty": event_id_cnty(e) if a else None, "date": e.date,
                              "precision": e.precision, "type": e.type, "acled": a.as_dict() if a else None,
                              "actor1": a.actor1 if a else None, "actor2": a.actor2 if a else None,
                              "place": p.name, "country": p.country, "modality": e.modality,
                              "fatalities": e.fatalities, "background": e.background,
                              "sources": [s.as_dict() for s in e.sources], "notes": e.notes}})
    out.write("\n]}\n")
    return n


def _parquet(db, articles: Iterator[Article], folder: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables: dict[str, list[dict]] = {k: [] for k in
                                     ("articles", "sources", "entities", "places", "times", "quantities",
                                      "statements", "events")}
    for a in articles:
        tables["articles"].append({"id": a.id, "lang": a.lang, "published": a.published, "title": a.title,
                                   "text": a.text})
        tables["sources"] += [{"article": a.id, **s} for s in db.sources(a.id)]
        for kind in RECORD_LISTS:
            tables[kind] += [{"article": a.id, **_flat(r.as_dict())} for r in getattr(a, kind)]
    for name, rows in tables.items():
        pq.write_table(pa.Table.from_pylist(rows), folder / f"{name}.parquet")
    return len(tables["articles"])


def spreadsheet_safe(value):
    """A CSV cell that a spreadsheet shows as text, never runs as a formula (OWASP's CSV injection rule).

    A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a single
    quote in front ("=HYPERLINK(...)" becomes "'=HYPERLINK(...)"); numbers (a latitude of -3.5, a
    count) are written as they are, so that negative numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(db, events: list[CorpusEvent], out) -> int:
    """One row per corpus event that ACLED would count (``counted``)."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    n = 0
    for event in events:
        if not counted(event):
            continue
        row = corpus_row(event, db.article_titles([s.article for s in event.sources]))
        writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
        n += 1
    return n


def _jsonl(articles: Iterator[Article], out) -> int:
    n = 0
    for a in articles:
        out.write(json.dumps(a.as_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def export(db, fmt: str, output: str | Path, filters: Filters | None = None,
           include_background: bool = False) -> int:
    """Write the store (or what ``filters`` select) as ``fmt``; returns how many rows it wrote
    (articles for jsonl and parquet, corpus events for csv, features for geojson). Parquet writes a folder.

    JSON Lines and Parquet hold the selected articles; the CSV has one row per corpus event (the events
    of all articles merged: ``veille.corpus.events``) and the GeoJSON an event layer of them, the
    filters selecting the events themselves (their type, place, date, participants). Background events
    (told as past context) are left out unless ``include_background``.

    The output appears whole or not at all: an error (a rejected filter, a full disk) leaves an
    existing ``output`` as it was. CSV text cells that a spreadsheet would run as a formula are
    neutralised (``spreadsheet_safe``)."""
    from .events import corpus_events

    if fmt not in FORMATS:
        raise BadFilter(f"export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    articles = _articles(db, filters)
    if fmt == "parquet":
        with atomic_folder(output) as folder:
            return _parquet(db, articles, folder)
    events = corpus_events(db, filters, include_background) if fmt in ("csv", "geojson") else []
    with atomic_output(output, newline="") as out:
        if fmt == "csv":
            return _csv(db, events, out)
        if fmt == "geojson":
            return _geojson(articles, events, out)
        return _jsonl(articles, out)
