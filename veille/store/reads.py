"""Reads the server (``veille.api``) pages through: a page of search hits, the store's entities and
places grouped across articles, an entity's appearances. Each takes a ``Database`` and a ``Selection``
and sorts on a unique key last, so that pages never overlap or skip a row.
"""
from __future__ import annotations

import json
from dataclasses import replace
from weakref import WeakKeyDictionary

from .selection import (
    EntityMatch,
    Selection,
    box_articles,
    box_probe,
    date_bounds,
    entity_articles,
    event_selection_sql,
    key_groups,
    selection_sql,
)

# what FTS5 puts around the matched words of a snippet: control characters no article text holds
MATCH_START, MATCH_END = "\x02", "\x03"
# a search's total is counted exactly up to this many articles, and given as "at least" beyond: counting
# every one of 15,000 matches costs as much as ranking them
COUNT_UP_TO = 1000
# rows of a ranking read past a page, for the rows that score as its last one does (copies of a text)
TIES_READ = 64
# articles a search without words reads newest first, checking each against its filters, before it
# builds each filter's set of articles instead (a filter holding few articles)
WALKED = 1000
# matches of a search with words whose filters are tried first, to choose between ranking the matches the
# filters keep and keeping those of the ranking of every match
SAMPLED = 200
# the share of those the filters keep from which every match is ranked first (a filter on most articles:
# looking it up for every match costs more than ranking the matches it would have dropped)
MOSTLY_KEPT = 0.5
# a date range's span of rowids is read from the date index when the range holds at most this share of
# the articles: a wider one spans about the whole store, and reading it costs 10 ms in 100,000 articles
DATED_SPAN_SHARE = 0.5
# a look-up of one key for one match costs about this many times what putting an article in a filter's
# set does: a filter is read as a set when its articles are fewer than its look-ups times this
PROBE_OVER_SET = 2.0
# matches counted, at most, to weigh a filter's look-ups against its set
MATCHES_WEIGHED = 50_000
# no filter
EVERY = Selection()
# looking up a match's own places costs about this many times what reading one place of a box does:
# with words, a box is looked up for each match when it holds more places than the matches times this
BOX_PROBE_OVER_SET = 6


def _per_row(selection: Selection, alias: str) -> tuple[list[str], list]:
    """``selection_sql`` for a few rows: every filter looked up for each, the box among its own places."""
    where, params = selection_sql(replace(selection, bbox=None), alias, per_row=True)
    if selection.bbox:
        box, box_params = box_probe(selection.bbox, alias)
        where, params = [*where, box], [*params, *box_params]
    return where, params


def _box_per_match(db, match: str, selection: Selection, bounds: tuple[int, int] | None) -> bool:
    """Whether a search with words looks its box up among each match's places rather than reading
    the set of every article with a place in it: when the box holds more places than the matches
    times ``BOX_PROBE_OVER_SET`` (counted up to that: a box over a crowded land holds 100,000)."""
    memo = _memo(db)
    if ("box", match, selection) not in memo:
        tables, args = _search_tables(match, EVERY, bounds)
        matches = db.con.execute(f"SELECT count(*) FROM (SELECT 1 {tables} LIMIT ?)",
                                 [*args, MATCHES_WEIGHED]).fetchone()[0]
        places, params = box_articles(selection.bbox)
        most = matches * BOX_PROBE_OVER_SET
        held = db.con.execute(f"SELECT count(*) FROM (SELECT 1 FROM ({places}) LIMIT ?)",
                              [*params, most + 1]).fetchone()[0]
        memo["box", match, selection] = held > most
    return memo["box", match, selection]


# answers a store's reads keep for the store as it is (``_memo``), at most this many at once
MEMO_SIZE = 256

_MEMOS: WeakKeyDictionary = WeakKeyDictionary()


def _memo(db) -> dict:
    """What reads found out about ``db`` since it last changed (a commit by any connection, or a
    change by this one): a search's span of rowids and count, computed once for its page and its
    total."""
    state = (db.con.execute("PRAGMA data_version").fetchone()[0], db.con.total_changes)
    memo = _MEMOS.get(db)
    if memo is None or memo["state"] != state or len(memo) > MEMO_SIZE:
        memo = _MEMOS[db] = {"state": state}
    return memo


def rowid_bounds(db, selection: Selection) -> tuple[int, int] | None:
    """The lowest and highest rowid of an article ``selection`` may keep (None: any; an empty span when
    it keeps none): each filter on keys bounds it at two seeks of the keys' index per key, a date range
    by its rows of the date index. Given to FTS5, the span skips the matches outside it without reading
    them: articles are stored about as they are published, so a date range, and a name or a place
    written of for a while, hold a narrow span of rowids."""
    memo = _memo(db)
    if ("bounds", selection) not in memo:
        memo["bounds", selection] = _bounds(db, selection)
    return memo["bounds", selection]


def _bounds(db, selection: Selection) -> tuple[int, int] | None:
    lows: list[int] = []
    highs: list[int] = []
    groups = key_groups(selection)
    if groups:
        spans = db.con.execute(
            "SELECT min((SELECT min(article) FROM search_keys WHERE key = k.value)), "
            "max((SELECT max(article) FROM search_keys WHERE key = k.value)) "
            "FROM json_each(?) g, json_each(g.value) k GROUP BY g.key", (json.dumps(groups),)).fetchall()
        if len(spans) < len(groups) or any(low is None for low, _ in spans):
            return 1, 0
        lows += [low for low, _ in spans]
        highs += [high for _, high in spans]
    if selection.since or selection.until:
        where: list[str] = []
        params: list = []
        date_bounds(selection, "published", where, params)
        dated = "FROM articles INDEXED BY articles_published WHERE " + " AND ".join(where)
        most = int((db.con.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0) * DATED_SPAN_SHARE)
        # counted up to the share first (counting reads no rowid: a seventh of the span's cost)
        held = db.con.execute(f"SELECT count(*) FROM (SELECT 1 {dated} LIMIT ?)", [*params, most + 1]
                              ).fetchone()[0]
        if not held:
            return 1, 0
        if held <= most:
            low, high = db.con.execute(f"SELECT min(rowid), max(rowid) {dated}", params).fetchone()
            lows.append(low)
            highs.append(high)
    return (max(lows), min(highs)) if lows else None


def _without(selection: Selection, gathered: Selection) -> Selection:
    """``selection`` less the filters on keys ``gathered`` holds."""
    return replace(selection, entity=None if gathered.entity else selection.entity,
                   country=None if gathered.country else selection.country,
                   geonameids=None if gathered.geonameids is not None else selection.geonameids,
                   facts=tuple(f for f in selection.facts if f not in gathered.facts))


def _key_filters(selection: Selection) -> list[tuple[Selection, list[str], int]]:
    """Each filter of ``selection`` on keys: (the filter alone, the keys its articles hold one of at
    least, the look-ups of keys it makes for one article at most)."""
    s = selection
    parts = [Selection(entity=s.entity)] if s.entity else []
    parts += [Selection(country=s.country)] if s.country else \
        [Selection(geonameids=s.geonameids)] if s.geonameids is not None else []
    parts += [Selection(facts=(fact,)) for fact in s.facts]
    out = []
    for part in parts:
        (keys,) = key_groups(part)
        e = part.entity
        out.append((part, keys, 1 + len(e.words) if e and e.names is None and not e.wikidata else len(keys)))
    return out


def _gathered(db, match: str, selection: Selection, bounds: tuple[int, int] | None) -> Selection:
    """The filters on keys of a search with words that are read as sets of articles, the others being
    looked up for each match: a filter whose articles are fewer than its look-ups would be (its keys
    per article times the matches, ``PROBE_OVER_SET``), counted up to that."""
    memo = _memo(db)
    if ("gathered", match, selection) in memo:
        return memo["gathered", match, selection]
    matches = 0
    if _key_filters(selection):
        tables, args = _search_tables(match, Selection(), bounds)
        matches = db.con.execute(f"SELECT count(*) FROM (SELECT 1 {tables} LIMIT ?)",
                                 [*args, MATCHES_WEIGHED]).fetchone()[0]
    gathered = memo["gathered", match, selection] = _weighed(db, selection, matches)
    return gathered


def _dated_gathered(db, selection: Selection) -> Selection | None:
    """Without words, the filters on keys read as sets of articles, the others looked up for each article
    of the date range (as ``_gathered`` weighs them for a search's matches); None where the selection has
    no date range, a box, or no filter on keys: every filter is read as a set."""
    if not (selection.since or selection.until) or selection.bbox or not _key_filters(selection):
        return None
    memo = _memo(db)
    if ("dated", selection) not in memo:
        where: list[str] = []
        params: list = []
        date_bounds(selection, "published", where, params)
        dated = db.con.execute("SELECT count(*) FROM (SELECT 1 FROM articles INDEXED BY articles_published "
                               f"WHERE {' AND '.join(where)} LIMIT ?)", [*params, MATCHES_WEIGHED]
                               ).fetchone()[0]
        memo["dated", selection] = _weighed(db, selection, dated)
    return memo["dated", selection]


def _weighed(db, selection: Selection, matches: int) -> Selection:
    """The filters on keys of ``selection`` whose articles are fewer than their look-ups for ``matches``
    rows would be (``PROBE_OVER_SET``), counted up to that: those are read as sets."""
    gathered = Selection()
    for part, keys, lookups in _key_filters(selection):
        budget = int(matches * lookups * PROBE_OVER_SET)
        held = db.con.execute("SELECT count(*) FROM (SELECT 1 FROM search_keys WHERE key IN "
                              "(SELECT value FROM json_each(?)) LIMIT ?)", (json.dumps(keys), budget)
                              ).fetchone()[0]
        if held < budget:
            gathered = replace(gathered, entity=part.entity or gathered.entity,
                               country=part.country or gathered.country,
                               geonameids=part.geonameids if part.geonameids is not None
                               else gathered.geonameids, facts=gathered.facts + part.facts)
    return gathered


def _search_tables(match: str, selection: Selection, bounds: tuple[int, int] | None = None,
                   gathered: Selection = EVERY, box_per_match: bool = False,
                   dated_gathered: Selection | None = None) -> tuple[str, list]:
    # ``bounds``: the span of rowids the selection's articles lie in (``rowid_bounds``), for FTS5;
    # ``gathered``: the filters on keys read as sets of articles with words (``_gathered``);
    # ``dated_gathered``: without words, those read as sets for a date range (``_dated_gathered``)
    # a query's matches are looked up in the filters' keys one by one, not intersected with their sets,
    # by the full text's rowid; the article's row (a page of text each: reading it for 10,000 matches
    # doubled the cost of ranking them) is read only for the matches that hold the keys, and only for a
    # filter on its date or on its places' box
    if match:
        on_row = Selection(since=selection.since, until=selection.until, bbox=selection.bbox)
        keys = _without(replace(selection, since="", until="", bbox=None), gathered)
        where, params = selection_sql(keys, "articles_fts", per_row=True)
        if gathered != Selection():
            # "+": FTS5 would take the set's rowids for matches to look up one at a time
            sets, set_params = selection_sql(gathered, "+articles_fts")
            where, params = [*sets, *where], [*set_params, *params]
        if bounds is not None:
            where, params = ["articles_fts.rowid >= ?", "articles_fts.rowid <= ?", *where], [*bounds, *params]
        tables = "FROM articles_fts"
        if on_row != Selection():
            tables += " JOIN articles a ON a.rowid = articles_fts.rowid"
            row_where, row_params = (_per_row if box_per_match else
                                     lambda s, alias: selection_sql(s, alias, per_row=True))(on_row, "a")
            where, params = [*where, *row_where], [*params, *row_params]
        return f"{tables} WHERE articles_fts MATCH ?" + "".join(f" AND {w}" for w in where), [match, *params]
    if dated_gathered is not None:
        # no words, a date range: the range's articles, each looked up in the filters not gathered as sets
        keys = _without(replace(selection, since="", until=""), dated_gathered)
        where, params = selection_sql(Selection(since=selection.since, until=selection.until), "a")
        sets, set_params = selection_sql(dated_gathered, "a")
        probes, probe_params = selection_sql(keys, "a", per_row=True)
        where, params = [*where, *sets, *probes], [*params, *set_params, *probe_params]
    else:
        where, params = selection_sql(selection)
    return "FROM articles a" + (" WHERE " + " AND ".join(where) if where else ""), list(params)


def search_total(db, match: str, selection: Selection) -> int:
    """How many articles match the FTS5 query ``match`` ("" for any) and ``selection``."""
    tables, args = _search_tables(match, selection)
    return db.con.execute(f"SELECT count(*) {tables}", args).fetchone()[0]


def search_count(db, match: str, selection: Selection, most: int | None = None) -> tuple[int, bool]:
    """How many articles match, counted up to ``most`` (``COUNT_UP_TO``): (the count, whether more
    match than that)."""
    most = COUNT_UP_TO if most is None else most
    if not match and selection.entity and selection == Selection(entity=selection.entity):
        # an entity alone: its articles counted from its keys, up to the bound (not its whole set built)
        articles, args = entity_articles(selection.entity)
        found = db.con.execute(f"SELECT count(*) FROM (SELECT DISTINCT article FROM ({articles}) LIMIT ?)",
                               [*args, most + 1]).fetchone()[0]
        return min(found, most), found > most
    if not match and selection.bbox and selection == Selection(bbox=selection.bbox):
        # a box alone: its articles counted from the places' coordinates, up to the bound
        articles, args = box_articles(selection.bbox)
        found = db.con.execute(f"SELECT count(*) FROM (SELECT DISTINCT article_id FROM ({articles}) LIMIT ?)",
                               [*args, most + 1]).fetchone()[0]
        return min(found, most), found > most
    ranked = _memo(db).get(("ranked", match, selection))
    if ranked is not None and (ranked[0] < ranked[1] or ranked[1] > most):
        # the ranking of a page read every match (fewer than it asked for) or more than are counted
        found = ranked[0]
    else:
        bounds = rowid_bounds(db, selection) if match else None
        gathered = _gathered(db, match, selection, bounds) if match else Selection()
        by_match = bool(match and selection.bbox) and _box_per_match(db, match, selection, bounds)
        dated = None if match else _dated_gathered(db, selection)
        tables, args = _search_tables(match, selection, bounds, gathered, by_match, dated)
        found = db.con.execute(f"SELECT count(*) FROM (SELECT 1 {tables} LIMIT ?)",
                               [*args, most + 1]).fetchone()[0]
    return min(found, most), found > most


def search_rows(db, match: str, selection: Selection, limit: int, offset: int = 0, *,
                marks: tuple[str, str] = (MATCH_START, MATCH_END), snippet_tokens: int = 16,
                preview_chars: int = 200) -> list[tuple]:
    """A page of the articles matching the FTS5 query ``match`` ("" for any) and ``selection``: best
    first (BM25, then id), newest first without a query. Rows of (id, title, published, lang, snippet
    with ``marks`` around matches, score, number of sources). A query FTS5 cannot read raises
    ``sqlite3.OperationalError``."""
    sources = "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id)"
    # the page is chosen first on rowids and sort keys alone; its snippets, previews and sources are
    # computed for its own rows only (SQLite computes every selected column before it sorts)
    if match:
        start, end = marks
        order = "bm25(articles_fts), a.id"
        sql = (f"SELECT a.id, a.title, a.published, a.lang, snippet(articles_fts, 1, '{start}', '{end}', "
               f"'…', {int(snippet_tokens)}), bm25(articles_fts), {sources} "
               "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
               # "+": the matches are read once, not looked up again one page row at a time (a prefix
               # query would expand its words again for each row)
               "WHERE articles_fts MATCH ? AND +articles_fts.rowid IN (SELECT value FROM json_each(?)) "
               f"ORDER BY {order}")
        page = _best(db, match, selection, limit, offset)
        return db.con.execute(sql, [match, json.dumps(page)]).fetchall() if page else []
    order = "a.published DESC, a.id"
    sql = (f"SELECT a.id, a.title, a.published, a.lang, substr(a.text, 1, {int(preview_chars)}), NULL, "
           f"{sources} FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(?)) ORDER BY {order}")
    newest = _newest_walked(db, selection, limit, offset)
    if newest is None:
        tables, args = _search_tables(match, selection)
        page = f"SELECT a.rowid {tables} ORDER BY {order} LIMIT ? OFFSET ?"
        newest = [rowid for (rowid,) in db.con.execute(page, [*args, limit, offset])]
    return db.con.execute(sql, [json.dumps(newest)]).fetchall() if newest else []


def _walked(selection: Selection) -> tuple[str, list, str, list]:
    """The newest articles within the selection's dates, as many as the last parameter says (rowid
    and date, read from the date index alone), and the selection's other filters looked up for each
    of their rows: (the walk, its parameters but that number, the conditions on its rows as ``w``,
    their parameters). Only the box filter reads the article's row (its id), as ``a``."""
    bounds: list[str] = []
    bound_args: list = []
    date_bounds(selection, "published", bounds, bound_args)
    walk = ("SELECT rowid, published FROM articles INDEXED BY articles_published"
            + (" WHERE " + " AND ".join(bounds) if bounds else "") + " ORDER BY published DESC LIMIT ?")
    where, params = selection_sql(replace(selection, bbox=None), "w", per_row=True)
    if selection.bbox:
        box, box_params = box_probe(selection.bbox, "a")
        where, params = [*where, box], [*params, *box_params]
    return walk, bound_args, " AND ".join(where), params


def _newest_walked(db, selection: Selection, limit: int, offset: int) -> list[int] | None:
    """The rowids of a page of the selected articles, newest first (then by id), found among the
    newest articles of the selection's dates, each looked up in the filters' keys: a few times the
    page's rows first, four times more while that does not settle the page, up to ``WALKED``; None
    when those do not settle it (too few of them are selected, or the page's last date goes on past
    them). A filter that holds many articles is met within a few dozen rows of the walk, where
    building its set would read every one of them (14,000 naming "Emmanuel Macron" in 100,000)."""
    end = offset + limit
    if selection == Selection() or end > WALKED:
        return None
    walk, walk_args, where, params = _walked(selection)
    # the article's row is read for the rows that pass (their id orders a date's rows), not the walk's
    sql = (f"SELECT w.rowid, w.published FROM ({walk}) w JOIN articles a ON a.rowid = w.rowid "
           f"WHERE {where} ORDER BY w.published DESC, a.id LIMIT ?")
    size = min(WALKED, 4 * end)
    while True:
        found = db.con.execute(sql, [*walk_args, size, *params, end]).fetchall()
        walked, last = db.con.execute(f"SELECT count(*), min(published) FROM ({walk})",
                                      [*walk_args, size]).fetchone()
        page = [rowid for rowid, _ in found[offset:]]
        if walked < size:  # the walk read every article of the selection's dates
            return page
        # a short page ends the selection only past the walk; rows dated as the walk's last row may
        # lie past it, with ids that sort before the page's own
        if len(found) == end and found[-1][1] is not None and last is not None and found[-1][1] > last:
            return page
        if size >= WALKED:
            return None
        size = min(WALKED, 4 * size)


def _best(db, match: str, selection: Selection, limit: int, offset: int) -> list[int]:
    """The rowids of a page of the matches, best first (BM25, then article id).

    The matches are ranked on their score alone, kept to a few rows past the page (SQLite keeps the
    best rows as it goes, and reads no article row when no filter asks for one); the id only orders
    rows that score alike, so the ranking is read until the score after the page's last row differs,
    and those rows alone are sorted on their ids."""
    where, _ = selection_sql(selection)
    end = offset + limit
    bounds = rowid_bounds(db, selection) if where else None
    ranked = None
    if where and _kept_share(db, match, selection, bounds) >= MOSTLY_KEPT:
        ranked = _ranked_then_kept(db, match, selection, bounds, end)
    if ranked is None:
        ranked = _ranked(db, match, selection, bounds, end)
    if len(ranked) <= offset:
        return []
    last = ranked[min(end, len(ranked)) - 1][1]
    kept = {rowid: score for rowid, score in ranked if score <= last}
    ids = dict(db.con.execute("SELECT rowid, id FROM articles "
                              "WHERE rowid IN (SELECT value FROM json_each(?))", (json.dumps(list(kept)),)))
    return sorted(kept, key=lambda rowid: (kept[rowid], ids[rowid]))[offset:end]


def _ranking_sql(match: str, selection: Selection, bounds: tuple[int, int] | None,
                 gathered: Selection = EVERY, box_per_match: bool = False) -> tuple[str, list]:
    tables, args = _search_tables(match, selection, bounds, gathered, box_per_match) \
        if selection != EVERY or bounds else \
        ("FROM articles_fts WHERE articles_fts MATCH ?", [match])
    return f"SELECT articles_fts.rowid, bm25(articles_fts) {tables} ORDER BY bm25(articles_fts) LIMIT ?", args


def _ranked(db, match: str, selection: Selection, bounds: tuple[int, int] | None,
            end: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best matches that ``selection`` keeps, best first, at least ``end`` of them
    and every one that scores as the ``end``-th does (when as many match)."""
    sql, args = _ranking_sql(match, selection, bounds,
                             _gathered(db, match, selection, bounds) if selection != EVERY else EVERY,
                             bool(selection.bbox) and _box_per_match(db, match, selection, bounds))
    asked = 2 * end + TIES_READ
    if selection != Selection():
        # filters make counting the matches walk them all again (when fewer than the count's bound
        # pass): the ranking keeps past the bound instead, and the count is read from it
        asked = max(asked, COUNT_UP_TO + 1)
    while True:
        ranked = db.con.execute(sql, [*args, asked]).fetchall()
        if len(ranked) < asked or ranked[-1][1] != ranked[end - 1][1]:
            break
        asked *= 4
    _memo(db)["ranked", match, selection] = (len(ranked), asked)
    return ranked


def _kept_share(db, match: str, selection: Selection, bounds: tuple[int, int] | None) -> float:
    """The share of the first matches (``SAMPLED``, by rowid) that ``selection`` keeps; 0 for none."""
    tables, args = _search_tables(match, Selection(), bounds)
    where, params = _per_row(selection, "a")
    sampled, kept = db.con.execute(
        f"SELECT count(*), sum({' AND '.join(where)}) FROM (SELECT articles_fts.rowid {tables} LIMIT ?) m "
        "JOIN articles a ON a.rowid = m.rowid", [*params, *args, SAMPLED]).fetchone()
    return kept / sampled if sampled else 0.0


def _ranked_then_kept(db, match: str, selection: Selection, bounds: tuple[int, int] | None,
                      end: int) -> list[tuple[int, float]] | None:
    """``_ranked`` for filters that keep most matches: the best matches of all ranked first, and
    the filters looked up for them alone, not for every match; None when those do not hold the
    page's rows and every row that scores as its last (then the filters must come first)."""
    sql, args = _ranking_sql(match, Selection(), bounds)
    asked = 2 * (2 * end + TIES_READ)
    ranked = db.con.execute(sql, [*args, asked]).fetchall()
    where, params = _per_row(selection, "a")
    kept = {rowid for (rowid,) in db.con.execute(
        "SELECT a.rowid FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(?)) AND "
        + " AND ".join(where), [json.dumps([rowid for rowid, _ in ranked]), *params])}
    passing = [(rowid, score) for rowid, score in ranked if rowid in kept]
    if len(ranked) < asked:  # every match ranked: those kept are all there are
        _memo(db)["ranked", match, selection] = (len(passing), len(passing) + 1)
        return passing
    if len(passing) >= end and passing[end - 1][1] != ranked[-1][1]:
        return passing
    return None


def search_page(db, match: str, selection: Selection, limit: int, offset: int,
                count: bool = True) -> tuple[list[tuple], int | None, bool]:
    """One page of ``search_rows``, the total (``search_count``; None unless ``count`` or the page says
    it) and whether that total is a lower bound."""
    rows = search_rows(db, match, selection, limit, offset)
    return (rows, *page_total(db, match, selection, rows, limit, offset, count))


def page_total(db, match: str, selection: Selection, rows: list, limit: int, offset: int,
               count: bool = True) -> tuple[int | None, bool]:
    """The total of a search from one of its pages, ``rows`` (a short page past the first row ends the
    matches), else counted (``search_count``) when ``count``: (total or None, whether more match)."""
    seen = offset + len(rows)
    if len(rows) < limit and (rows or not offset):
        return seen, False
    if not count:
        return None, False
    return total_beyond(search_count(db, match, selection), seen)


def total_beyond(counted: tuple[int, bool], seen: int) -> tuple[int, bool]:
    """A counted total (``search_count``) at least as large as the ``seen`` rows a page reached."""
    total, more = counted
    return (seen, True) if seen > total else (total, more)


def article_places(db, article_ids: list[str]) -> dict[str, list[str]]:
    """The names of each article's places, resolved ones first, each name once."""
    if not article_ids:
        return {}
    out: dict[str, list[str]] = {a: [] for a in article_ids}
    rows = db.con.execute(
        "SELECT article_id, name FROM places WHERE article_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY article_id, geonameid IS NULL, rowid", (json.dumps(article_ids),))
    for art_id, name in rows:
        if name not in out[art_id]:
            out[art_id].append(name)
    return out


def _articles_where(selection: Selection, column: str) -> tuple[str, list]:
    """A condition on ``column`` (an article id) that keeps the selected articles; "" for all."""
    where, params = selection_sql(selection)
    if not where:
        return "", []
    return f" AND {column} IN (SELECT a.id FROM articles a WHERE {' AND '.join(where)})", params


def entities_page(db, selection: Selection, name: str, kind: str | None, limit: int,
                  offset: int) -> tuple[list[tuple], int]:
    """Entities across the selected articles, one per folded name and type, named in the most articles
    first: rows of (folded name, a name as written, type, Wikidata id, articles, mentions), and the
    total. ``name``: folded words the folded name must hold ("" for any); ``limit`` -1: all."""
    cond, params = _articles_where(selection, "e.article_id")
    if name:
        cond += " AND e.folded LIKE ? ESCAPE '\\'"
        params = [*params, "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"]
    if kind:
        cond += " AND e.type = ?"
        params = [*params, kind]
    base = f"FROM entities e WHERE e.folded != ''{cond}"
    rows = db.con.execute(
        f"SELECT e.folded, min(e.name), e.type, max(e.wikidata), count(DISTINCT e.article_id), "
        f"sum(json_array_length(e.mentions)) {base} GROUP BY e.folded, e.type "
        "ORDER BY count(DISTINCT e.article_id) DESC, sum(json_array_length(e.mentions)) DESC, "
        "e.folded, e.type "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    if limit < 0 and not offset:
        return rows, len(rows)
    total = db.con.execute(f"SELECT count(*) FROM (SELECT 1 {base} GROUP BY e.folded, e.type)",
                           params).fetchone()[0]
    return rows, total


def entity_appearances(db, folded: str, limit: int, offset: int) -> tuple[list[tuple], int]:
    """The articles naming the entity of this folded name, newest first: rows of (article id, title,
    published, entity id, type, name, Wikidata id, mentions, roles, references as stored), and the
    total."""
    sql = ("SELECT a.id, a.title, a.published, e.id, e.type, e.name, e.wikidata, e.mentions, e.roles, e.refs "
           "FROM {} WHERE e.folded = ? ORDER BY a.published DESC, a.id, e.id LIMIT ? OFFSET ?")
    every = "entities e JOIN articles a ON a.id = e.article_id"
    total = db.con.execute("SELECT count(*) FROM entities WHERE folded = ?", (folded,)).fetchone()[0]
    # the newest articles holding the name, as many as the page's rows at most (each has one row or
    # more), found along the date index: the name's every row is not read and sorted (35,000 for
    # "france" in 100,000 articles); a short page among them goes back to the whole name's rows
    newest = _newest_walked(db, Selection(entity=EntityMatch(name=folded)), offset + limit, 0) \
        if folded else None
    if newest is not None:
        # CROSS JOIN: from those articles to their rows, not from the name's every row to the articles
        chosen = ("json_each(?) w CROSS JOIN articles a ON a.rowid = w.value "
                  "CROSS JOIN entities e ON e.article_id = a.id")
        rows = db.con.execute(sql.format(chosen), (json.dumps(newest), folded, limit, offset)).fetchall()
        if len(rows) == limit or offset + len(rows) >= total:
            return rows, total
    return db.con.execute(sql.format(every), (folded, limit, offset)).fetchall(), total


def appearance_details(db, appearances: list[tuple[str, str]]) -> dict[tuple[str, str],
                                                                     tuple[list, list, list]]:
    """For each (article id, entity id) of a page of ``entity_appearances``: the texts of the entity's
    mentions, the statements it made and the events it was the agent or target of (in the order
    stored), all read in one query that picks the records out in SQL."""
    if not appearances:
        return {}
    picked = ("SELECT json_group_array(json(body)) FROM (SELECT r.body FROM records r "
              "WHERE r.article_id = a.id AND r.kind = '{kind}' AND {test} ORDER BY r.rowid)")
    said = picked.format(kind="statements", test="json_extract(r.body, '$.speaker') = e.id")
    did = picked.format(kind="events", test="e.id IN (json_extract(r.body, '$.agent'), "
                                            "json_extract(r.body, '$.target'))")
    rows = db.con.execute(
        f"SELECT a.id, e.id, e.mentions, a.text, ({said}), ({did}) FROM json_each(?) p "
        "JOIN articles a ON a.id = json_extract(p.value, '$[0]') "
        "JOIN entities e ON e.article_id = a.id AND e.id = json_extract(p.value, '$[1]')",
        (json.dumps(appearances),))
    return {(art_id, ent_id): ([text[a:b] for a, b in json.loads(mentions or "[]")], json.loads(statements),
                               json.loads(events))
            for art_id, ent_id, mentions, text, statements, events in rows}


def timeline_parts(db, article_ids: list[str]) -> dict[str, dict]:
    """What a story's timeline reads of each of these articles, in four queries for them all: its
    ``text``, its ``times``, ``events`` and ``statements`` (CONTRACT form, in the order stored) and the
    ``names`` of its entities and places by id."""
    chosen = json.dumps(article_ids)
    within = "article_id IN (SELECT value FROM json_each(?))"
    out = {art_id: {"text": text, "times": [], "events": [], "statements": [], "names": {}}
           for art_id, text in db.con.execute(
               "SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))", (chosen,))}
    for art_id, kind, body in db.con.execute(
            f"SELECT article_id, kind, body FROM records WHERE {within} "
            "AND kind IN ('times', 'events', 'statements') ORDER BY rowid", (chosen,)):
        out[art_id][kind].append(json.loads(body))
    for table in ("entities", "places"):
        for art_id, rec_id, name in db.con.execute(
                f"SELECT article_id, id, name FROM {table} WHERE {within} ORDER BY rowid", (chosen,)):
            out[art_id]["names"][rec_id] = name
    return out


def records_of(db, article_id: str, kinds: tuple[str, ...]) -> list[tuple[str, dict]]:
    """(kind, record) of the article's records of these kinds, in the order stored."""
    return [(kind, json.loads(body)) for kind, body in db.con.execute(
        "SELECT kind, body FROM records WHERE article_id = ? AND kind IN (SELECT value FROM json_each(?)) "
        "ORDER BY rowid", (article_id, json.dumps(list(kinds))))]


def records_by_id(db, wanted: list[tuple[str, str, str]], fields: tuple[str, ...] | None = None
                  ) -> dict[tuple[str, str, str], dict]:
    """The ``wanted`` records ((article id, kind, id)) the store holds, decoded (or of each only its
    top-level ``fields``, read by SQLite: the rest of a long record left undecoded), in one query that
    looks each up by its key."""
    if fields is None:
        read, shape = "r.body", lambda row: json.loads(row[0])
    else:
        assert all(f.isidentifier() for f in fields), fields
        read = ", ".join(f"json_extract(r.body, '$.{f}')" for f in fields)
        shape = lambda row: dict(zip(fields, row))  # noqa: E731
    return {(art_id, kind, rec_id): shape(row) for art_id, kind, rec_id, *row in db.con.execute(
        f"SELECT r.article_id, r.kind, r.id, {read} FROM json_each(?) w CROSS JOIN records r "
        "ON r.article_id = json_extract(w.value, '$[0]') AND r.kind = json_extract(w.value, '$[1]') "
        "AND r.id = json_extract(w.value, '$[2]')",
        (json.dumps(wanted),))}


# what names_by_id reads besides the name: an entity's type, a place's country
_BESIDE_NAME = {"entities": "type", "places": "country"}


def names_by_id(db, table: str, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], tuple]:
    """(name, type) of the ``wanted`` entities ((article id, id)), or (name, country) of the places, in
    one query that looks each up by its key."""
    return {(art_id, rec_id): (name, value) for art_id, rec_id, name, value in db.con.execute(
        f"SELECT t.article_id, t.id, t.name, t.{_BESIDE_NAME[table]} "
        f"FROM json_each(?) w CROSS JOIN {table} t "
        "ON t.article_id = json_extract(w.value, '$[0]') AND t.id = json_extract(w.value, '$[1]')",
        (json.dumps(wanted),))}


def places_page(db, selection: Selection, limit: int, offset: int) -> tuple[list[tuple], int]:
    """Places across the selected articles, one per gazetteer place (or per name when unresolved), in
    the most articles first: rows of (name, geonameid, lat, lon, country, feature, articles, mentions),
    and the total."""
    cond, params = _articles_where(selection, "p.article_id")
    key = "coalesce(CAST(p.geonameid AS TEXT), 'name:' || lower(p.name))"
    base = f"FROM places p WHERE 1{cond}"
    rows = db.con.execute(
        f"SELECT min(p.name), p.geonameid, avg(p.lat), avg(p.lon), max(p.country), max(p.feature), "
        f"count(DISTINCT p.article_id), sum(json_array_length(p.mentions)) {base} GROUP BY {key} "
        f"ORDER BY count(DISTINCT p.article_id) DESC, sum(json_array_length(p.mentions)) DESC, {key} "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    if limit < 0 and not offset:
        return rows, len(rows)
    total = db.con.execute(f"SELECT count(*) FROM (SELECT 1 {base} GROUP BY {key})", params).fetchone()[0]
    return rows, total


def _events_where(selection: Selection, include_background: bool) -> tuple[str, list]:
    where, params = event_selection_sql(selection, "c")
    if not include_background:
        where.append("c.background = 0")
    return "FROM corpus_events c" + (" WHERE " + " AND ".join(where) if where else ""), params


def events_page(db, selection: Selection, include_background: bool, limit: int, offset: int,
                count: bool = True) -> tuple[list[dict], int | None]:
    """A page of the corpus events ``selection`` selects (CONTRACT form, as stored), by date then id,
    and how many it selects (None unless ``count`` or the page says it); background events only with
    ``include_background``. Only the page's events are read."""
    base, params = _events_where(selection, include_background)
    rows = db.con.execute(f"SELECT c.body FROM corpus_events c WHERE c.rowid IN (SELECT c.rowid {base} "
                          "ORDER BY c.date, c.id LIMIT ? OFFSET ?) ORDER BY c.date, c.id",
                          [*params, limit, offset]).fetchall()
    found = [json.loads(body) for (body,) in rows]
    if len(rows) < limit and (rows or not offset):
        return found, offset + len(rows)
    return found, events_total(db, selection, include_background) if count else None


def placed_events(db, selection: Selection, include_background: bool, limit: int) -> tuple[list[dict], int]:
    """The first ``limit`` corpus events with a place on the map (coordinates) that ``selection``
    selects (CONTRACT form, as stored), by date then id, and how many it selects in all."""
    where, params = event_selection_sql(selection, "c")
    where += ["c.lat IS NOT NULL", "c.lon IS NOT NULL"] + ([] if include_background else ["c.background = 0"])
    base = "FROM corpus_events c WHERE " + " AND ".join(where)
    rows = db.con.execute(f"SELECT c.body {base} ORDER BY c.date, c.id LIMIT ?", [*params, limit]).fetchall()
    if len(rows) < limit:
        return [json.loads(body) for (body,) in rows], len(rows)
    total = db.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    return [json.loads(body) for (body,) in rows], total


def events_total(db, selection: Selection, include_background: bool) -> int:
    """How many corpus events ``selection`` selects (``events_page``), counted once until the store
    changes: counting every event not told as background reads every row (76 ms in 228,000)."""
    memo = _memo(db)
    key = ("events", selection, include_background)
    if key not in memo:
        base, params = _events_where(selection, include_background)
        memo[key] = db.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    return memo[key]


def article_text(db, article_id: str) -> str:
    """The text of a stored article ("" for none)."""
    row = db.con.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else ""


def holds_text(db, article_id: str, content_hash: str) -> bool:
    """Whether this stored article is this text itself (not a text stored as a copy of it)."""
    return db.con.execute("SELECT 1 FROM articles WHERE id = ? AND content_hash = ?",
                          (article_id, content_hash)).fetchone() is not None


def article_of_text(db, content_hash: str) -> str | None:
    """The stored article a text (by its content hash) was kept as: itself, or the one it copies."""
    row = db.con.execute("SELECT article_id FROM article_sources WHERE content_hash = ?",
                         (content_hash,)).fetchone()
    return row[0] if row else None


def stamp(db) -> tuple[int, int, int]:
    """Changes whenever articles are stored or stories first grouped: (articles, last record's row,
    articles in stories), for caches of answers derived from them (stories and corpus events are
    rebuilt from the articles alone)."""
    return db.con.execute("SELECT (SELECT count(*) FROM articles), "
                          "(SELECT coalesce(max(rowid), 0) FROM records), "
                          "(SELECT count(*) FROM stories)").fetchone()
