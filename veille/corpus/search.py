"""Search a store: full text (SQLite FTS5, accent-insensitive) with filters on the extracted facts.

``search(db, "offensive Mossoul", Filters(place="IQ", since="2016-09"))`` returns hits ranked by BM25
(newest first without a query). The same ``Filters`` select the figures of ``veille.corpus.figures``.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from ..errors import BadFilter
from .dedup import fold, name_words

_TOKEN = re.compile(r'"[^"]*"|\S+')
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Filters:
    """What a hit must have. Places: an ISO country code ("IQ"), a place name in French or English
    ("Mossoul"), or a bounding box "west,south,east,north". Dates compare at the article's precision."""

    entity: str | None = None
    place: str | None = None
    bbox: str | None = None
    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    category: str | None = None


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    lang: str | None
    snippet: str
    score: float | None
    sources: int


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word required, "quoted phrases" kept, word* a prefix,
    OR / NOT between words as FTS5 reads them."""
    parts = []
    for tok in _TOKEN.findall(text):
        if tok in ("OR", "NOT", "AND"):
            parts.append(tok)
            continue
        prefix = tok.endswith("*") and not tok.startswith('"')
        words = tok.strip('"').rstrip("*").replace('"', " ").strip()
        if not re.search(r"\w", words):
            continue
        parts.append(f'"{words}"' + ("*" if prefix else ""))
    while parts and parts[-1] in ("OR", "NOT", "AND"):
        parts.pop()
    while parts and parts[0] in ("OR", "AND"):
        parts.pop(0)
    return " ".join(parts)


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError:
        raise BadFilter(f"bounding box {value!r}: give four numbers west,south,east,north "
                        "(e.g. 38.8,29.0,48.6,37.4 for Iraq)") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadFilter(f"bounding box {value!r}: longitudes in [-180, 180], latitudes in [-90, 90], "
                        "south before north")
    return west, south, east, north


def _place_condition(place: str) -> tuple[str, list]:
    """An ISO code, or a name looked up in the place index (its country, or the places so named)."""
    if re.fullmatch(r"[A-Za-z]{2}", place):
        return "p.country = ?", [place.upper()]
    from ..extract.places.gazetteer import shared_gazetteer

    candidates = shared_gazetteer().lookup(place)
    if not candidates:
        raise BadFilter(f"place {place!r} is not in the place index: give an ISO country code (IQ, FR) "
                        "or a bounding box with --bbox")
    best = max(candidates, key=lambda c: (c.main, c.population))
    if best.feature == "country" and best.country:
        return "p.country = ?", [best.country]
    # every place of that name: "Mossoul" is the city and its district
    ids = sorted({c.geonameid for c in candidates})
    return f"p.geonameid IN ({','.join('?' * len(ids))})", ids


def filter_sql(filters: Filters, alias: str = "a") -> tuple[list[str], list]:
    """SQL conditions on an articles alias, and their parameters.

    Each fact filter is an uncorrelated ``id IN (SELECT article_id ...)``: SQLite computes the set
    once, whichever side (full text or facts) is the more selective."""
    where: list[str] = []
    params: list = []
    f = filters
    for name, value in (("since", f.since), ("until", f.until)):
        if value and not _DATE.match(value):
            raise BadFilter(f"--{name} {value!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
    if f.since:
        where.append(f"{alias}.published >= substr(?, 1, length({alias}.published))")
        params.append(f.since)
    if f.until:
        where.append(f"substr({alias}.published, 1, length(?)) <= ?")
        params += [f.until, f.until]
    if f.entity:
        if re.fullmatch(r"Q\d+", f.entity):
            where.append(f"{alias}.id IN (SELECT article_id FROM entities WHERE wikidata = ?)")
            params.append(f.entity)
        else:
            # the whole name ("john dorrian"), or every word of it in the article's names ("dorrian")
            key = fold(f.entity).strip()
            words = name_words(key)
            if not words:
                raise BadFilter(f"--entity {f.entity!r}: give a name (or a Wikidata id such as Q30)")
            by_words = " INTERSECT ".join(["SELECT article_id FROM article_facts WHERE fact = ?"] * len(words))
            where.append(f"({alias}.id IN (SELECT article_id FROM entities WHERE folded = ?) "
                         f"OR {alias}.id IN ({by_words}))")
            params += [key, *("name:" + w for w in words)]
    if f.place:
        cond, values = _place_condition(f.place)
        where.append(f"{alias}.id IN (SELECT article_id FROM places p WHERE {cond})")
        params += values
    if f.bbox:
        west, south, east, north = _bbox(f.bbox)
        lon = "p.lon BETWEEN ? AND ?" if west <= east else "(p.lon >= ? OR p.lon <= ?)"
        where.append(f"{alias}.id IN (SELECT article_id FROM places p WHERE p.lat BETWEEN ? AND ? AND {lon})")
        params += [south, north, west, east]
    if f.event_type:
        where.append(f"{alias}.id IN (SELECT article_id FROM article_facts WHERE fact = ?)")
        params.append("event:" + f.event_type.lower())
    if f.category:
        where.append(f"{alias}.id IN (SELECT article_id FROM article_facts WHERE fact = ?)")
        params.append("category:" + f.category)
    return where, params


def search(db, query: str = "", filters: Filters | None = None, limit: int = 20) -> list[Hit]:
    """Articles matching ``query`` (FTS5) and ``filters``, best first; ``db`` is a ``Database``."""
    where, params = filter_sql(filters or Filters())
    match = fts_query(query) if query else ""
    if query and not match:
        raise BadFilter(f"query {query!r} has no word to search for")
    sources = "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id)"
    if match:
        sql = (f"SELECT a.id, a.title, a.published, a.lang, "
               f"snippet(articles_fts, 1, '[', ']', '…', 14), bm25(articles_fts), {sources} "
               "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
               "WHERE articles_fts MATCH ?" + "".join(f" AND {w}" for w in where) +
               " ORDER BY bm25(articles_fts) LIMIT ?")
        args = [match, *params, limit]
    else:
        sql = (f"SELECT a.id, a.title, a.published, a.lang, substr(a.text, 1, 160), NULL, {sources} "
               "FROM articles a" + (" WHERE " + " AND ".join(where) if where else "") +
               " ORDER BY a.published DESC, a.id LIMIT ?")
        args = [*params, limit]
    try:
        rows = db.con.execute(sql, args).fetchall()
    except sqlite3.OperationalError as e:
        raise BadFilter(f"query {query!r} could not be read ({e}): use plain words, \"phrases\", "
                        "word* and OR") from None
    return [Hit(r[0], r[1], r[2], r[3], " ".join(r[4].split()), r[5], r[6]) for r in rows]
