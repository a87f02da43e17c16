"""Which articles a search, a figure, a story or an export reads: the user's filters resolved to plain
values (``veille.corpus.search.selection`` resolves them), and the SQL conditions that select them."""
from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class EntityMatch:
    """Articles naming an entity: a known actor (the folded forms of all its ``names``, and its
    ``wikidata`` id if it has one), a Wikidata id alone, or else a folded ``name`` and its ``words``."""

    wikidata: str | None = None
    names: tuple[str, ...] | None = None
    name: str = ""
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Selection:
    """Articles that have all of: a date from ``since`` to ``until`` (compared at the article's
    precision), the ``entity``, a place in ``country`` or among ``geonameids``, a place within
    ``bbox`` (west, south, east, north) and every one of the ``facts`` (``article_facts``). The empty
    selection selects every article."""

    since: str = ""
    until: str = ""
    entity: EntityMatch | None = None
    country: str | None = None
    geonameids: tuple[int, ...] | None = None
    bbox: tuple[float, float, float, float] | None = None
    facts: tuple[str, ...] = ()


def _keys(alias: str, count: int = 1, per_row: bool = False) -> str:
    """A condition that the ``alias`` article holds the search key ``?`` (all of ``count`` keys): a
    set of articles, or with ``per_row`` a look-up for each row."""
    if per_row:
        return " AND ".join([_held(alias, "= ?")] * count)
    one = "SELECT article FROM search_keys WHERE key = ?"
    return f"{alias}.rowid IN ({' INTERSECT '.join([one] * count)})"


def _held(alias: str, key: str) -> str:
    """The ``alias`` article holds a search key that is ``key`` (an SQL test), looked up for this row."""
    return f"EXISTS (SELECT 1 FROM search_keys WHERE key {key} AND article = {alias}.rowid)"


def _entity_probe(entity: EntityMatch, alias: str) -> tuple[str, list]:
    """``_entity_condition`` looked up for each row."""
    if entity.names is not None:
        values: list = [json.dumps(list(entity.names))]
        cond = _held(alias, "IN (SELECT 'entity:' || value FROM json_each(?))")
        if entity.wikidata:
            return f"({cond} OR {_held(alias, '= ?')})", [*values, "wikidata:" + entity.wikidata]
        return cond, values
    if entity.wikidata:
        return _held(alias, "= ?"), ["wikidata:" + entity.wikidata]
    if not entity.words:
        return _held(alias, "= ?"), ["entity:" + entity.name]
    return f"({_held(alias, '= ?')} OR ({_keys(alias, len(entity.words), per_row=True)}))", \
        ["entity:" + entity.name, *("name:" + w for w in entity.words)]


def entity_articles(entity: EntityMatch) -> tuple[str, list]:
    """A SELECT of the rowids of the articles naming ``entity`` (an article may come more than once),
    and its parameters."""
    one = "SELECT article FROM search_keys WHERE key = ?"
    if entity.names is not None:
        names = "SELECT article FROM search_keys WHERE key IN (SELECT 'entity:' || value FROM json_each(?))"
        values = [json.dumps(list(entity.names))]
        if entity.wikidata:
            # UNION ALL: IN keeps each article once as it is; a UNION would sort the rows once more first
            return f"{names} UNION ALL {one}", [*values, "wikidata:" + entity.wikidata]
        return names, values
    if entity.wikidata:
        return one, ["wikidata:" + entity.wikidata]
    # the whole name ("john dorrian"), or every word of it in the article's names ("dorrian"): one set
    # (an OR of two would read the articles of each)
    if not entity.words:
        return one, ["entity:" + entity.name]
    every_word = " INTERSECT ".join([one] * len(entity.words))
    return f"{one} UNION ALL SELECT * FROM ({every_word})", \
        ["entity:" + entity.name, *("name:" + w for w in entity.words)]


def _entity_condition(entity: EntityMatch, alias: str) -> tuple[str, list]:
    articles, values = entity_articles(entity)
    return f"{alias}.rowid IN ({articles})", values


def _date_range(selection: Selection, column: str, where: list[str], params: list) -> None:
    """Conditions keeping ``column`` (a date, "YYYY[-MM[-DD]]") from ``since`` to ``until``, compared at
    the precision of the stored date."""
    if selection.since:
        where.append(f"{column} >= substr(?, 1, length({column}))")
        params.append(selection.since)
    if selection.until:
        where.append(f"substr({column}, 1, length(?)) <= ?")
        params += [selection.until, selection.until]


def date_bounds(selection: Selection, column: str, where: list[str], params: list) -> None:
    """``_date_range`` again as plain bounds, which an index on ``column`` seeks (a stored date is
    YYYY[-MM[-DD]])."""
    if selection.since:
        where.append(f"{column} >= ?")
        params.append(selection.since[:4])
    if selection.until:
        where.append(f"{column} <= ?")
        params.append(selection.until + "~")


def _box(bbox: tuple[float, float, float, float], alias: str = "p") -> tuple[str, list]:
    """A condition that a place ``alias`` lies within ``bbox`` (west, south, east, north; west past
    east crosses the antimeridian), and its parameters."""
    west, south, east, north = bbox
    lon = f"{alias}.lon BETWEEN ? AND ?" if west <= east else f"({alias}.lon >= ? OR {alias}.lon <= ?)"
    return f"{alias}.lat BETWEEN ? AND ? AND {lon}", [south, north, west, east]


def box_probe(bbox: tuple[float, float, float, float], alias: str) -> tuple[str, list]:
    """The ``alias`` article has a place within ``bbox``, looked up among its own places (for a few
    rows: the set of every article with a place in a large box costs as much as a thousand look-ups)."""
    within, params = _box(bbox)
    return f"EXISTS (SELECT 1 FROM places p WHERE p.article_id = {alias}.id AND {within})", params


def box_articles(bbox: tuple[float, float, float, float]) -> tuple[str, list]:
    """A SELECT of the ids of the articles with a place within ``bbox`` (an id may come more than
    once), read from the index of the places' coordinates alone, and its parameters."""
    within, params = _box(bbox)
    return f"SELECT article_id FROM places p WHERE {within}", params


def selection_sql(selection: Selection, alias: str = "a", per_row: bool = False) -> tuple[list[str], list]:
    """SQL conditions on an articles ``alias``, and their parameters.

    Each filter but the dates and the box is an uncorrelated ``rowid IN (SELECT article FROM
    search_keys ...)``: SQLite computes the set of integers once. With ``per_row`` (rows already few,
    the matches of a full-text query) each is instead looked up for each row: building the set of the
    37,000 articles naming France costs far more than looking up 1,300 matches in it."""
    where: list[str] = []
    params: list = []
    s = selection
    _date_range(s, f"{alias}.published", where, params)
    date_bounds(s, f"{alias}.published", where, params)
    if s.entity:
        cond, values = (_entity_probe if per_row else _entity_condition)(s.entity, alias)
        where.append(cond)
        params += values
    if s.country:
        where.append(_keys(alias, per_row=per_row))
        params.append("country:" + s.country)
    elif s.geonameids is not None:
        where.append(_held(alias, "IN (SELECT 'place:' || value FROM json_each(?))") if per_row else
                     f"{alias}.rowid IN (SELECT article FROM search_keys "
                     "WHERE key IN (SELECT 'place:' || value FROM json_each(?)))")
        params.append(json.dumps(list(s.geonameids)))
    if s.bbox:
        articles, values = box_articles(s.bbox)
        where.append(f"{alias}.id IN ({articles})")
        params += values
    for fact in s.facts:
        where.append(_keys(alias, per_row=per_row))
        params.append(fact)
    return where, params


def key_groups(selection: Selection) -> list[list[str]]:
    """The search keys of the selection's filters on keys, a list for each filter: the articles it
    keeps hold one key of its list at least (an entity's words are met by its first word's key)."""
    groups: list[list[str]] = []
    s = selection
    if s.entity:
        e = s.entity
        keys = ["entity:" + n for n in e.names] if e.names is not None else []
        if e.wikidata:
            keys.append("wikidata:" + e.wikidata)
        if e.names is None and not e.wikidata:
            keys += ["entity:" + e.name, *("name:" + w for w in e.words[:1])]
        groups.append(keys)
    if s.country:
        groups.append(["country:" + s.country])
    elif s.geonameids is not None:
        groups.append(["place:" + str(g) for g in s.geonameids])
    groups += [[fact] for fact in s.facts]
    return groups


def _event_entity_condition(entity: EntityMatch, alias: str) -> tuple[str, list]:
    """Corpus events one of whose participants (agent, target, actors, names in its sentence) is the
    entity: the same matching as articles, on the events' own facts."""
    facts = f"{alias}.id IN (SELECT corpus_event FROM corpus_event_facts WHERE fact"
    if entity.names is not None:
        cond = f"{facts} IN (SELECT 'entity:' || value FROM json_each(?)))"
        values: list = [json.dumps(list(entity.names))]
        if entity.wikidata:
            cond = f"({cond} OR {facts} = ?))"
            values.append("wikidata:" + entity.wikidata)
        return cond, values
    if entity.wikidata:
        return f"{facts} = ?)", ["wikidata:" + entity.wikidata]
    by_words = " INTERSECT ".join(["SELECT corpus_event FROM corpus_event_facts WHERE fact = ?"]
                                  * len(entity.words))
    return (f"({facts} = ?) OR {alias}.id IN ({by_words}))"), \
        ["entity:" + entity.name, *("name:" + w for w in entity.words)]


def event_selection_sql(selection: Selection, alias: str = "c") -> tuple[list[str], list]:
    """SQL conditions on a ``corpus_events`` alias, and their parameters: the same filters as
    ``selection_sql``, on the event itself (its date, place, types and participants), not on its
    articles; ``facts`` of quantity categories select the events whose sources report them."""
    where: list[str] = []
    params: list = []
    s = selection
    _date_range(s, f"{alias}.date", where, params)
    date_bounds(s, f"{alias}.date", where, params)
    if s.entity:
        cond, values = _event_entity_condition(s.entity, alias)
        where.append(cond)
        params += values
    if s.country:
        where.append(f"{alias}.country = ?")
        params.append(s.country)
    elif s.geonameids is not None:
        where.append(f"{alias}.geonameid IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(s.geonameids)))
    if s.bbox:
        west, south, east, north = s.bbox
        lon = f"{alias}.lon BETWEEN ? AND ?" if west <= east else f"({alias}.lon >= ? OR {alias}.lon <= ?)"
        where.append(f"{alias}.lat BETWEEN ? AND ? AND {lon}")
        params += [south, north, west, east]
    for fact in s.facts:
        if fact.startswith("event:"):
            where.append(f"{alias}.id IN (SELECT corpus_event FROM corpus_event_facts WHERE fact = ?)")
        else:
            where.append(f"{alias}.id IN (SELECT s.corpus_event FROM corpus_event_sources s "
                         "JOIN article_facts f ON f.article_id = s.article_id WHERE f.fact = ?)")
        params.append(fact)
    return where, params
