"""Exports of a store for other tools: JSON Lines (CONTRACT), ACLED-style CSV, GeoJSON, Parquet.

``export(db, "csv", "events.csv", Filters(place="IQ"))`` writes the events of Iraqi articles with
ACLED's 31 columns in ACLED's order; the same ``Filters`` as ``search`` choose the articles.
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
from ..nlp.lang import every_pack
from ..output import atomic_folder, atomic_output
from ..schemas import RECORD_LISTS, Article
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

# ACLED's spelling of country names where it differs from ISO 3166's
ACLED_COUNTRY_NAMES = {
    "BN": "Brunei", "BO": "Bolivia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "CI": "Ivory Coast", "CV": "Cape Verde", "CW": "Curacao", "CZ": "Czech Republic", "FM": "Micronesia",
    "GG": "Bailiwick of Guernsey", "JE": "Bailiwick of Jersey", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RE": "Reunion", "RU": "Russia",
    "SY": "Syria", "SZ": "eSwatini", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "VA": "Vatican City",
    "VE": "Venezuela", "VN": "Vietnam", "XK": "Kosovo", "BL": "Saint-Barthelemy", "MF": "Saint-Martin",
}

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


def acled_rows(article: Article, counter: dict[str, int]) -> Iterator[dict]:
    """The article's ACLED-coded events as rows of ACLED's columns."""
    entities, places, times = _by_id(article.entities), _by_id(article.places), _by_id(article.times)
    for event in article.events:
        acled = event.acled
        if not acled:
            continue
        place = places.get(event.place) if event.place else None
        place = place or next(iter(places.values()), None)
        iso2 = place.country if place else None
        iso, country, alpha3 = _country(iso2)
        counter[alpha3] = counter.get(alpha3, 0) + 1
        time = times.get(event.time) if event.time else None
        value = (time.value if time else None) or article.published or ""
        day = value[:10] if len(value) >= 4 and value[:4].isdigit() else ""
        start, end = event.sentence
        sentence = article.text[start:end]
        actor1 = entities[event.agent].name if event.agent in entities else ""
        actor2 = entities[event.target].name if event.target in entities else ""
        inter1, inter2 = _inter(actor1), _inter(actor2)
        if not actor1:
            actor1, inter1 = generic_actor(sentence, country)
        if not actor2 and (acled.event_type == "Violence against civilians" or inter1 in (1, 2, 3)):
            actor2, inter2 = generic_actor(sentence, country, victims=True)
        if acled.event_type == "Protests" and not inter1:
            inter1 = 6
        codes = sorted(c for c in (inter1, inter2) if c)
        yield {
            "event_id_cnty": f"{alpha3}{counter[alpha3]}",
            "event_date": day,
            "year": day[:4],
            "time_precision": _time_precision(day),
            "disorder_type": DISORDER.get(acled.event_type, ""),
            "event_type": acled.event_type,
            "sub_event_type": acled.sub_event_type,
            "actor1": actor1, "assoc_actor_1": "", "inter1": inter1 or "",
            "actor2": actor2, "assoc_actor_2": "", "inter2": inter2 or "",
            "interaction": int("".join(map(str, codes))) * (10 if len(codes) == 1 else 1) if codes else "",
            "civilian_targeting": "Civilian targeting"
            if acled.event_type == "Violence against civilians" or inter2 == 7 else "",
            "iso": iso, "region": acled_regions().get(iso2 or "", ""), "country": country,
            "admin1": _admin1(place.geonameid, place.feature) if place else "",
            "admin2": "", "admin3": "",
            "location": place.name if place else "",
            "latitude": place.lat if place and place.lat is not None else "",
            "longitude": place.lon if place and place.lon is not None else "",
            "geo_precision": _geo_precision(place.feature) if place else "",
            "source": article.title or article.id, "source_scale": "",
            "notes": " ".join(sentence.split()),
            "fatalities": event.fatalities or 0,
            "tags": "" if event.modality == "asserted" else f"modality: {event.modality}",
            "timestamp": int(datetime.now(UTC).timestamp()),
        }


def _flat(record: dict) -> dict:
    """A record with nested values as JSON text, so that every row of a table has the same columns."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
            for k, v in record.items()}


def _geojson(articles: Iterator[Article], out) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for article in articles:
        places = _by_id(article.places)
        features = []
        for p in article.places:
            if p.lat is None or p.lon is None:
                continue
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                             "properties": {"kind": "place", "article": article.id, "id": p.id,
                                            "name": p.name, "geonameid": p.geonameid, "country": p.country,
                                            "feature": p.feature, "mentions": len(p.mentions)}})
        for e in article.events:
            p = places.get(e.place) if e.place else None
            if p is None or p.lat is None:
                continue
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                             "properties": {"kind": "event", "article": article.id, "id": e.id,
                                            "type": e.type, "acled": e.acled.as_dict() if e.acled else None,
                                            "place": p.name, "modality": e.modality,
                                            "fatalities": e.fatalities,
                                            "published": article.published, "trigger": e.trigger.text}})
        for f in features:
            out.write(("" if n == 0 else ",\n") + json.dumps(f, ensure_ascii=False))
            n += 1
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


def _csv(articles: Iterator[Article], out) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    n, counter = 0, {}
    for a in articles:
        for row in acled_rows(a, counter):
            writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
            n += 1
    return n


def _jsonl(articles: Iterator[Article], out) -> int:
    n = 0
    for a in articles:
        out.write(json.dumps(a.as_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def export(db, fmt: str, output: str | Path, filters: Filters | None = None) -> int:
    """Write the store (or the articles ``filters`` select) as ``fmt``; returns how many rows it wrote
    (articles for jsonl and parquet, events for csv, features for geojson). Parquet writes a folder.

    The output appears whole or not at all: an error (a rejected filter, a full disk) leaves an
    existing ``output`` as it was. CSV text cells that a spreadsheet would run as a formula are
    neutralised (``spreadsheet_safe``)."""
    if fmt not in FORMATS:
        raise BadFilter(f"export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    articles = _articles(db, filters)
    if fmt == "parquet":
        with atomic_folder(output) as folder:
            return _parquet(db, articles, folder)
    with atomic_output(output, newline="") as out:
        return {"jsonl": _jsonl, "geojson": _geojson, "csv": _csv}[fmt](articles, out)
