"""Search a store: full text (SQLite FTS5, accent-insensitive) with filters on the extracted facts.

``search(db, "offensive Mossoul", Filters(place="IQ", since="2016-09"))`` returns hits ranked by BM25
(newest first without a query), and ``.total``: how many articles match (at least, past a thousand).
The same ``Filters`` select the figures of ``veille.corpus.figures``, the stories and the exports.

A place name finds the places of that name and the places within them (the towns of a region, the
region a city gives its name to: "Damascus" finds the governorate of Damascus); an actor's name, alias
or Wikidata id finds the actor under all its names ("Daech", "Etat islamique", "Q2429253"). A filter
that names nothing veille knows (a place, an event type, a category, an impossible date) is refused
with the closest names it knows, never answered with silence.
"""
from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass, fields
from functools import lru_cache

from ..checks import has_surrogates
from ..errors import BadDate, BadFilter
from ..nlp.lang import every_pack
from ..store.dedup import fold, name_words
from ..store.selection import EntityMatch, Selection

_TOKEN = re.compile(r'"[^"]*"|\S+')
OPERATORS = ("OR", "NOT", "AND")
# SQLite's integers end at 2**63 - 1
MOST_HITS = 2**63 - 1
SUGGESTIONS = 5
# places too small to be what a user misspelt: suggestions are drawn from the others
SUGGESTED_POPULATION = 15000


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

    def resolve(self) -> Selection:
        """What these filters select, as the store reads them (``selection``)."""
        return selection(self)


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    lang: str | None
    snippet: str
    score: float | None
    sources: int


class Found(list):
    """Results, best first (a list), with ``total``: how many there were before the limit, and
    ``total_is_lower_bound``: whether more than ``total`` match (a search counts up to
    ``reads.COUNT_UP_TO`` of them)."""

    def __init__(self, items=(), total: int | None = None, total_is_lower_bound: bool = False) -> None:
        super().__init__(items)
        self.total = len(self) if total is None else total
        self.total_is_lower_bound = total_is_lower_bound


def _did_you_mean(close: list[str]) -> str:
    return f" (did you mean {', '.join(close)}?)" if close else ""


def _close_names(key: str, known: list[str]) -> list[str]:
    """Known names close to ``key``: those with a word it begins, give or take its last letter
    ("militari": military_personnel), then those spelt alike (difflib)."""
    stem = key[:-1] if len(key) >= 5 else key
    starts = [k for k in known if re.search(rf"(?:^|[\W_]){re.escape(stem)}", k)] if len(stem) >= 3 else []
    alike = difflib.get_close_matches(key, known, n=SUGGESTIONS, cutoff=0.6)
    return list(dict.fromkeys(starts + alike))[:SUGGESTIONS]


def _readable(what: str, value) -> str:
    """A filter or query as text veille can search for, else a BadFilter that says why."""
    if not isinstance(value, str):
        raise BadFilter(f"{what} must be text, not {type(value).__name__}")
    if has_surrogates(value):
        raise BadFilter(f"{what} holds bytes that are not text (not UTF-8?): type it again")
    return value


def _term(token: str) -> str | None:
    """One word or "phrase" as an FTS5 string (with * for a prefix), None if it holds no word."""
    prefix = token.endswith("*") and not token.startswith('"')
    words = token.strip('"').rstrip("*").replace('"', " ").strip()
    if not re.search(r"\w", words):
        return None
    return f'"{words}"' + ("*" if prefix else "")


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word required, "quoted phrases" kept, word* a prefix,
    OR / NOT between words as FTS5 reads them. Always valid FTS5: an operator stands only between two
    terms (the last of several: "a AND NOT b" is a NOT b)."""
    parts: list[str] = []
    operator = None
    for token in _TOKEN.findall(text.replace("\x00", " ")):  # FTS5 strings end at a NUL
        if token in OPERATORS:
            operator = token if parts else None
            continue
        term = _term(token)
        if term is None:
            continue
        if parts and operator:
            parts.append(operator)
        parts.append(term)
        operator = None
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


def _date(name: str, value: str) -> str:
    """--since / --until as a date the calendar has, as precise as given."""
    from ..checks import check_published

    try:
        return check_published(value, f"--{name}") or ""
    except BadDate:
        raise BadFilter(f"--{name} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD "
                        "(e.g. 2016-09)") from None


# -- places -----------------------------------------------------------------------------------------

def _close_places(name: str) -> list[str]:
    """Known place names close to ``name`` (a misspelling), one per place, among the places people
    write about; a place's own name where it is among the close ones."""
    from ..geo.gazetteer import shared_gazetteer
    from ..geo.names import name_key

    key = name_key(name)
    if len(key) < 2:
        return []
    places_of: dict[str, list[tuple[int, str]]] = {}
    for k, gid, own in shared_gazetteer().names_near(key, SUGGESTED_POPULATION):
        places_of.setdefault(k, []).append((gid, own))
    close = difflib.get_close_matches(key, list(places_of), n=4 * SUGGESTIONS, cutoff=0.75)
    out: list[str] = []
    seen: set[int] = set()
    for k in close:
        for gid, own in places_of[k]:
            if gid not in seen:
                seen.add(gid)
                label = own if name_key(own) in close else k.title()
                if all(name_key(label) != name_key(o) for o in out):
                    out.append(label)
    return out[:SUGGESTIONS]


def _within(named: list) -> set[int]:
    """The places inside the regions named (their towns), and the regions that named towns give their
    name to (the governorate of Damascus, the Land of Berlin: an article may have placed the city there)."""
    from ..geo.gazetteer import shared_gazetteer

    gazetteer = shared_gazetteer()
    out: set[int] = set()
    regions = [c.geonameid for c in named if c.feature == "admin1"]
    if regions:
        out |= gazetteer.in_regions(regions)
    towns = {c.geonameid: c.admin1 for c in named if c.feature == "city" and c.admin1}
    if towns:
        names = gazetteer.keys_of(sorted(set(towns) | set(towns.values())))
        out.update(region for town, region in towns.items()
                   if names.get(town, set()) & names.get(region, set()))
    return out


@lru_cache(maxsize=512)
def _places(place: str) -> tuple[str | None, tuple[int, ...] | None]:
    """An ISO code, or a name looked up in the place index: (its country, None), or (None, the
    places so named and the places within them). Kept: walking the index for a name takes up to half
    a second, and the index does not change while a process runs."""
    import pycountry

    from ..geo.gazetteer import known_id, shared_gazetteer

    name = place.strip()
    if re.fullmatch(r"[A-Za-z]{2}", name) and pycountry.countries.get(alpha_2=name.upper()):
        return name.upper(), None
    # (a region of no known GeoNames id, such as the Sahel, is stored without one: nothing to match)
    candidates = [c for c in shared_gazetteer().lookup(name) if known_id(c.geonameid) is not None]
    if not candidates:
        unknown = ("no country has that code and no place that name" if len(name) == 2
                   else "no place by that name is known")
        close = _did_you_mean(_close_places(name))
        raise BadFilter(f"--place {place!r}: {unknown}{close}: give a place name in French or English, "
                        "an ISO country code (IQ, FR) or a bounding box with --bbox")
    best = max(candidates, key=lambda c: (c.main, c.population))
    if best.feature == "country" and best.country:
        return best.country, None
    # every place of that name ("Mossoul" is the city and its district), but not a small town that
    # has it only as one of its alternate names when a far larger place bears it
    largest = max(c.population for c in candidates)
    named = [c for c in candidates if c.main or c.population * 10 >= largest]
    ids = {c.geonameid for c in named} | _within(named)
    return None, tuple(sorted(ids))


# -- entities ---------------------------------------------------------------------------------------

def _actor_keys(actor) -> list[str]:
    """The folded forms of all the names of an actor, as the store folds entity names."""
    from ..extractors.actors import LEADING_WORDS, actor_table

    keys = set()
    for name in actor_table().names[actor]:
        keys.update({fold(name).strip(), fold(LEADING_WORDS.sub("", name.strip())).strip()})
    keys.discard("")
    return sorted(keys)


def _entity(entity: str) -> EntityMatch:
    from ..extractors.actors import actor_table

    entity = entity.strip()
    table = actor_table()
    actor = table.with_wikidata(entity) if re.fullmatch(r"Q\d+", entity) else table.find(entity)
    if actor is not None:
        # the actor under any of its names, with or without the id extraction gave it
        return EntityMatch(wikidata=actor.wikidata, names=tuple(_actor_keys(actor)))
    if re.fullmatch(r"Q\d+", entity):
        return EntityMatch(wikidata=entity)
    # the whole name ("john dorrian"), or every word of it in the article's names ("dorrian")
    key = fold(entity).strip()
    words = name_words(key)
    if not words:
        raise BadFilter(f"--entity {entity!r}: give a name (or a Wikidata id such as Q30)")
    return EntityMatch(name=key, words=tuple(words))


# -- event types and categories ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def event_types() -> dict[str, str]:
    """Every event type a filter may name, lower-cased -> as written: PLOVER's types, ACLED's event
    types and sub-event types."""
    from ..extractors.events import ACLED_TYPES, PLOVER_OF

    names = set(PLOVER_OF.values()) | set(ACLED_TYPES) | {s for subs in ACLED_TYPES.values() for s in subs}
    for triggers in every_pack("events", "PLOVER_TRIGGERS"):
        names |= set(triggers)
    return {n.lower(): n for n in sorted(names)}


@lru_cache(maxsize=1)
def categories() -> list[str]:
    """The quantity categories (CONTRACT.md): what a figure may count."""
    names = {"money", "other"}
    for pack_categories in every_pack("quantities", "CATEGORIES"):
        names |= set(pack_categories)
    return sorted(names)


def event_type_fact(value: str) -> str:
    """The stored fact of an event type a user names, whatever its case; BadFilter if none is so named."""
    known = event_types()
    key = " ".join(value.split()).lower()
    if key not in known:
        close = [known[k] for k in _close_names(key, list(known))]
        raise BadFilter(f"--event-type {value!r}: no event type by that name{_did_you_mean(close)}: give "
                        "a PLOVER type (ASSAULT, PROTEST, MOBILIZE...), an ACLED event type (Battles, "
                        "Riots...) or sub-event type (Armed clash, Peaceful protest...)")
    return "event:" + key


def category_name(value: str) -> str:
    """The quantity category a user names ("Military personnel" is military_personnel); BadFilter if none."""
    key = "_".join(value.split()).lower()
    if key not in categories():
        close = _close_names(key, categories())
        raise BadFilter(f"--category {value!r}: no quantity category by that name{_did_you_mean(close)}: "
                        f"give one of {', '.join(categories())}")
    return key


def selection(filters: Filters) -> Selection:
    """The articles ``filters`` select, as the store reads them; BadFilter for a filter that cannot be
    read or names nothing known."""
    f = filters
    for field in fields(Filters):
        value = getattr(f, field.name)
        if value is not None:
            _readable(f"--{field.name.replace('_', '-')}", value)
    since = _date("since", f.since) if f.since else ""
    until = _date("until", f.until) if f.until else ""
    if since and until and since[:len(until)] > until[:len(since)]:
        raise BadFilter(f"--since {since} is after --until {until}: swap them")
    entity = _entity(f.entity) if f.entity else None
    country, geonameids = _places(f.place) if f.place else (None, None)
    bbox = _bbox(f.bbox) if f.bbox else None
    facts = ([event_type_fact(f.event_type)] if f.event_type else []) + \
        (["category:" + category_name(f.category)] if f.category else [])
    return Selection(since=since, until=until, entity=entity, country=country, geonameids=geonameids,
                     bbox=bbox, facts=tuple(facts))


def search(db, query: str = "", filters: Filters | None = None, limit: int = 20) -> Found:
    """Articles matching ``query`` (FTS5) and ``filters``, best first, at most ``limit`` of them;
    ``.total`` of the result counts the matches (up to ``reads.COUNT_UP_TO``, then
    ``.total_is_lower_bound``). ``db`` is a ``Database``."""
    chosen = selection(filters or Filters())
    query = _readable("query", query)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise BadFilter(f"limit {limit!r}: give a whole number of hits, 1 or more")
    limit = min(limit, MOST_HITS)
    match = fts_query(query) if query else ""
    if query and not match:
        raise BadFilter(f"query {query!r} has no word to search for: give words, \"a phrase\" or a prefix*")
    try:
        rows, total, more = db.search(match, chosen, limit)
    except sqlite3.OperationalError as e:
        raise BadFilter(f"query {query!r} could not be read ({e}): use plain words, \"phrases\", "
                        "word* and OR") from None
    hits = [Hit(r[0], r[1], r[2], r[3], " ".join((r[4] or "").split()), r[5], r[6]) for r in rows]
    return Found(hits, total, more)
