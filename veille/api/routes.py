"""The API's endpoints, under /api: the CLI's reads (search, articles, entities, places, events, stories,
figures, stats) with its filters as query parameters, pages with a total, and the one write (articles
in, analysed and stored as ``veille ingest`` does, behind the bearer token).

The reads are ``async``: a read of a few milliseconds runs in the event loop, on its thread's
connection, with no hop to a worker thread and back (a hop cost as much CPU as a search's own Python,
and with 16 requests in flight the threads fought for the interpreter). What may take long, an answer
computed once and kept (figures, corpus events, entities grouped, a place name resolved), is computed
in a worker thread, on that thread's connection, while the loop answers the others.
"""
from __future__ import annotations

import hmac
import json
import sqlite3
import threading
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic_core import to_json

from .. import __version__
from ..corpus.search import Filters, fts_query
from ..corpus.search import selection as resolve
from ..errors import BadFilter, NotFound, Unauthorized, VeilleError, WritesOff
from ..records import CorpusEvent
from ..schemas import SCHEMA
from ..store import Database, reads
from ..store.dedup import fold
from ..store.selection import Selection
from . import models as m

router = APIRouter()
# the most answers one page holds
MAX_PAGE = 500
# the most GeoJSON features one answer holds
MAX_FEATURES = 20000
MAX_TEXT = 1000  # characters of a filter
ALL = -1  # SQLite's LIMIT for no limit
ARTICLE_IN = m.ArticleIn.model_json_schema()
# an article's fields its answer has, read from the stored article
ARTICLE_FIELDS = [name for name in m.Article.model_fields if name not in ("schema_", "sources")]

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": m.Error, "description": what} for code, what in
    ((404, "Not found"), (422, "A parameter or filter that cannot be read: `parameter` names it"))}


def stores(request: Request):
    return request.app.state.stores


def reader(request: Request) -> Database:
    """This thread's read-only connection (the event loop's, in an endpoint)."""
    return stores(request).reader()


async def in_thread(request: Request, work):
    """``work(db)`` in a worker thread, on that thread's own read-only connection."""
    kept = stores(request)
    return await run_in_threadpool(lambda: work(kept.reader()))


Text = Annotated[str | None, Query(max_length=MAX_TEXT)]


class Written(JSONResponse):
    """An answer built in its JSON form, written by pydantic's core (Rust): the bytes ``JSONResponse``
    writes, in a third of the time (a search page: 0.05 ms instead of 0.13)."""

    def render(self, content: Any) -> bytes:
        return to_json(content)


async def filters_of(entity: Annotated[str | None, Query(max_length=MAX_TEXT, description=(
                   "Only articles naming this entity (name, accents optional, or Wikidata Q-id)"))] = None,
               place: Annotated[str | None, Query(max_length=MAX_TEXT, description=(
                   "A place in this country (ISO code: IQ) or at this place (Mossoul)"))] = None,
               bbox: Annotated[str | None, Query(max_length=200, description=(
                   "A place in this box: west,south,east,north (degrees)"))] = None,
               since: Annotated[str | None, Query(max_length=10, description="On or after YYYY[-MM[-DD]]")]
               = None,
               until: Annotated[str | None, Query(max_length=10, description="On or before YYYY[-MM[-DD]]")]
               = None,
               event_type: Annotated[str | None, Query(max_length=200, description=(
                   "An event of this PLOVER type, ACLED type or sub-type"))] = None,
               category: Annotated[str | None, Query(max_length=200, description=(
                   "A quantity of this category (fatalities, military_personnel...)"))] = None) -> Filters:
    """The CLI's filters, as query parameters (async: read in the event loop, no thread hop)."""
    return Filters(entity, place, bbox, since, until, event_type, category)


class Paging:
    def __init__(self, limit: int = 20, offset: int = 0) -> None:
        self.limit = limit
        self.offset = offset

    def kept(self, items: list) -> Written:
        """This page of answers ``checked`` when they were computed: written as they are, not
        checked again (a page of figures holds a megabyte)."""
        return Written(self.page(items))

    def page(self, items: list, total: int | None = None, lower_bound: bool = False) -> dict:
        """This page of ``items`` (all the answers, or this page's when ``total`` is given; more than
        ``total`` when ``lower_bound``)."""
        if total is None:
            return {"total": len(items), "total_is_lower_bound": False, "offset": self.offset,
                    "limit": self.limit, "items": items[self.offset:self.offset + self.limit]}
        return {"total": total, "total_is_lower_bound": lower_bound, "offset": self.offset,
                "limit": self.limit, "items": items}


async def paging_of(limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Answers per page")] = 20,
                    offset: Annotated[int, Query(ge=0, le=10**9, description="Answers to skip")] = 0,
                    ) -> Paging:
    """The page asked for (async, as ``filters_of``)."""
    return Paging(limit, offset)


FiltersDep = Annotated[Filters, Depends(filters_of)]
PagingDep = Annotated[Paging, Depends(paging_of)]


# filters resolved, by their values (the oldest goes first past RESOLVED_KEPT)
_RESOLVED: dict[tuple, Selection] = {}
RESOLVED_KEPT = 1024
_RESOLVING = threading.Lock()  # for changes to _RESOLVED (threads resolve filters at once)


def selection(filters: Filters) -> Selection:
    """The filters resolved to what the store selects on, kept: resolving a place name walks the
    gazetteer (half a second for "Bamako"), and the answer depends on the filters alone."""
    values = tuple(asdict(filters).values())
    found = _RESOLVED.get(values)
    if found is None:
        found = resolve(Filters(*values))
        with _RESOLVING:
            if len(_RESOLVED) >= RESOLVED_KEPT:
                _RESOLVED.pop(next(iter(_RESOLVED)))
            _RESOLVED[values] = found
    return found


async def selected(filters: Filters) -> Selection:
    """``selection(filters)``: when not kept yet, resolved in a worker thread."""
    found = _RESOLVED.get(tuple(asdict(filters).values()))
    return found if found is not None else await run_in_threadpool(selection, filters)


def checked(model, items: list[dict]) -> list[dict]:
    """Answers checked against their model once, in the JSON form the API gives."""
    return [model.model_validate(item).model_dump(mode="json", by_alias=True) for item in items]


def passage(snippet: str) -> list[dict]:
    """A snippet with FTS5's match marks as pieces of text, matched or not."""
    out = []
    for i, piece in enumerate(snippet.split(reads.MATCH_START)):
        matched, _, rest = piece.partition(reads.MATCH_END) if i else ("", "", piece)
        if matched:
            out.append({"text": matched, "match": True})
        if rest:
            out.append({"text": rest, "match": False})
    return out


# -- reads ------------------------------------------------------------------------------------------

@router.get("/health", response_model=m.Health, tags=["store"])
async def health(request: Request) -> dict:
    """The server is up and reads its store."""
    db = reader(request)
    return {"version": __version__, "schema_version": db.version, "articles": db.article_count(),
            "writes": stores(request).token is not None}


@router.get("/stats", response_model=dict[str, int], tags=["store"])
async def stats(request: Request) -> dict:
    """Counts of articles and records in the store."""
    return await _kept(request, ("stats",), lambda db: db.stats())


@router.get("/articles", response_model=m.Page[m.Hit], responses=ERRORS, tags=["articles"])
async def search_articles(request: Request, filters: FiltersDep, paging: PagingDep,
                    q: Annotated[str, Query(max_length=MAX_TEXT, description=(
                        'Words (accents optional), "a phrase", word*, OR, NOT'))] = "") -> dict:
    """Search: articles matching the words and the filters, best first (newest first without words)."""
    db = reader(request)
    chosen = await selected(filters)
    match = fts_query(q) if q else ""
    if q and not match:
        raise BadFilter(f"query {q!r} has no word to search for: give words, \"a phrase\" or a prefix*")
    try:
        rows, total, more = reads.search_page(db, match, chosen, paging.limit, paging.offset, count=False)
        if total is None:  # counted once per query and store, whichever page is asked
            key = ("total", match, chosen)
            counted = await _kept(request, key, lambda d: reads.search_count(d, match, chosen))
            total, more = reads.total_beyond(counted, paging.offset + len(rows))
    except sqlite3.OperationalError as e:
        raise BadFilter(f"query {q!r} could not be read ({e}): use plain words, \"phrases\", word* and OR") \
            from None
    places = reads.article_places(db, [r[0] for r in rows])
    hits = []
    for art_id, title, published, lang, snippet, score, sources in rows:
        snippet = " ".join((snippet or "").split())
        hits.append({"id": art_id, "title": title, "published": published, "lang": lang,
                     "snippet": snippet.replace(reads.MATCH_START, "").replace(reads.MATCH_END, ""),
                     "passage": passage(snippet), "score": score, "sources": sources,
                     "places": places.get(art_id, [])})
    # written as built, in the shape of Page[Hit]: not validated again in a second thread hop
    return Written(paging.page(hits, total, more))


@router.get("/articles/{article_id:path}", response_model=m.Article, responses=ERRORS, tags=["articles"])
async def article(article_id: str, request: Request) -> dict:
    """One article with all its records (CONTRACT form) and the texts it was received as."""
    db = reader(request)
    found = db.article(article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r} in the store: search for it with /api/articles?q=...")
    # the model reads the records' attributes (their CONTRACT fields, by name) and writes the JSON,
    # NaN as null: no CONTRACT dict built first (that cost twice the rest)
    given = {name: getattr(found, name) for name in ARTICLE_FIELDS} | {"schema": SCHEMA,
                                                                      "sources": db.sources(found.id)}
    answer = m.Article.model_validate(given, from_attributes=True)
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get("/entities", response_model=m.Page[m.EntitySummary], responses=ERRORS, tags=["entities"])
async def entities(request: Request, filters: FiltersDep, paging: PagingDep,
             name: Annotated[str, Query(max_length=MAX_TEXT, description="Words of the name")] = "",
             type: Annotated[str | None, Query(max_length=20, description="PER, ORG, GPE, LOC, NORP...")]
             = None) -> dict:
    """Entities across the (selected) articles, named in the most articles first."""
    words = " ".join(fold(name).split())
    key = ("entities", tuple(asdict(filters).values()), words, type)
    found = await _kept(request, key, lambda db: checked(m.EntitySummary, [
        {"key": r[0], "name": r[1], "type": r[2], "wikidata": r[3], "articles": r[4], "mentions": r[5]}
        for r in reads.entities_page(db, selection(filters), words, type, ALL, 0)[0]]))
    return paging.kept(found)


@router.get("/entities/{key:path}", response_model=m.EntityDetail, responses=ERRORS, tags=["entities"])
async def entity(key: str, request: Request, paging: PagingDep) -> dict:
    """One entity (by its key, or its name: accents and case do not matter): the articles that name it,
    with its mentions, roles, what it said (statements) and did or underwent (events)."""
    db = reader(request)
    folded = " ".join(fold(key).split())
    rows, total = reads.entity_appearances(db, folded, paging.limit, paging.offset)
    if not total:
        raise NotFound(f"no entity {key!r} in the store: list them with /api/entities?name=...")
    appearances = []
    roles: list[str] = []
    # the page's mention texts, statements and events in one query, not one per appearance
    details = reads.appearance_details(db, [(r[0], r[3]) for r in rows])
    for art_id, title, published, ent_id, etype, name, wikidata, mentions, ent_roles, refs in rows:
        record = {"id": ent_id, "type": etype, "name": name, "wikidata": wikidata,
                  "mentions": json.loads(mentions), "roles": json.loads(ent_roles),
                  "references": json.loads(refs or "[]")}
        roles += [r for r in record["roles"] if r not in roles]
        texts, said, did = details.get((art_id, ent_id), ([], [], []))
        appearances.append({"article": art_id, "title": title, "published": published, "entity": record,
                            "mention_texts": texts, "statements": said, "events": did})
    first = appearances[0]["entity"] if appearances else {}
    return {"key": folded, "name": first.get("name", key), "type": first.get("type", ""),
            "wikidata": next((a["entity"]["wikidata"] for a in appearances if a["entity"]["wikidata"]), None),
            "roles": roles, "appearances": paging.page(appearances, total)}


@router.get("/places", response_model=m.Page[m.PlaceSummary], responses=ERRORS, tags=["places"])
async def places(request: Request, filters: FiltersDep, paging: PagingDep) -> dict:
    """Places across the (selected) articles, in the most articles first, with their coordinates."""
    keys = ("name", "geonameid", "lat", "lon", "country", "feature", "articles", "mentions")
    key = ("places", tuple(asdict(filters).values()))
    found = await _kept(request, key, lambda db: checked(m.PlaceSummary, [
        dict(zip(keys, r)) for r in reads.places_page(db, selection(filters), ALL, 0)[0]]))
    return paging.kept(found)


Background = Annotated[bool, Query(description="Keep events told as past context")]


@router.get("/events", response_model=m.Page[m.CorpusEvent], responses=ERRORS, tags=["events"])
async def events(request: Request, filters: FiltersDep, paging: PagingDep,
                 include_background: Background = False) -> dict:
    """Corpus events: one per real happening, merged across the articles that report it, by date. The
    filters select events (their type, place, date and participants)."""
    chosen = await selected(filters)

    def page(db: Database) -> dict:
        found, total = reads.events_page(db, chosen, include_background, paging.limit, paging.offset,
                                         count=False)
        if total is None:  # counted once per selection and store, whichever page is asked
            key = ("events.total", chosen, include_background)
            total = _cached(request, db, key, lambda: reads.events_total(db, chosen, include_background))
        return paging.page(checked(m.CorpusEvent, [CorpusEvent.from_dict(e).as_dict() for e in found]), total)

    # each page read, built and checked once until the store changes, and written as it is
    key = ("events.page", chosen, include_background, paging.limit, paging.offset)
    return Written(await _kept(request, key, page))


@router.get("/events.geojson", response_model=m.FeatureCollection, responses=ERRORS, tags=["events"])
async def events_geojson(request: Request, filters: FiltersDep,
                         include_background: Background = False) -> dict:
    """The placed corpus events as GeoJSON points, with their type, date, deaths and sources."""
    key = ("events.geojson", tuple(asdict(filters).values()), include_background)
    # the whole map's events run to megabytes: kept as JSON text, not written again each time; built in
    # the FeatureCollection's own form (checking 20,000 features against it cost as much as reading them)
    body = await _kept(request, key, lambda db: json.dumps(
        _geojson(db, selection(filters), include_background), ensure_ascii=False,
        separators=(",", ":")).encode())
    return Response(body, media_type="application/json")


def _geojson(db: Database, chosen: Selection, include_background: bool) -> dict:
    """The first ``MAX_FEATURES`` placed events as a ``FeatureCollection`` (in its JSON form), and how
    many there are: only those are read from the store (not every event the filters select)."""
    features = []
    found, total = reads.placed_events(db, chosen, include_background, MAX_FEATURES)
    for e in (CorpusEvent.from_dict(body).as_dict() for body in found):
        p = e.get("place") or {}
        acled = e.get("acled") or {}
        features.append({"type": "Feature", "geometry": {
            "type": "Point", "coordinates": [float(p["lon"]), float(p["lat"])]}, "properties": {
            "kind": "event", "id": e["id"], "type": e["type"], "event_type": acled.get("event_type"),
            "sub_event_type": acled.get("sub_event_type"), "actor1": acled.get("actor1"),
            "actor2": acled.get("actor2"), "date": e["date"], "precision": e["precision"],
            "place": p.get("name"), "country": p.get("country"), "fatalities": e["fatalities"],
            "modality": e["modality"], "background": e["background"], "notes": e["notes"],
            "sources": e["sources"]}})
    return {"type": "FeatureCollection", "total": total, "features": features}


def _story(db: Database, story) -> dict:
    return {"id": story.id, "first": story.first, "last": story.last,
            "articles": [{"id": a, "published": p, "title": t} for a, p, t in story.articles],
            "actors": story.actors, "places": story.places}


@router.get("/stories", response_model=m.Page[m.Story], responses=ERRORS, tags=["stories"])
async def stories(request: Request, filters: FiltersDep, paging: PagingDep,
            min_size: Annotated[int, Query(ge=1, le=10**6, description="Hide smaller stories")] = 2) -> dict:
    """Stories as last grouped (``veille stories`` groups them; a write regroups them): articles about
    the same events, biggest first."""
    from ..corpus.stories import stories as stored

    key = ("stories", tuple(asdict(filters).values()), min_size)
    found = await _kept(request, key, lambda db: checked(m.Story, [_story(db, s) for s in sorted(
        stored(db, filters, min_size), key=lambda s: (-len(s.articles), s.first or "", s.id))]))
    return paging.kept(found)


@router.get("/stories/{story_id}", response_model=m.Timeline, responses=ERRORS, tags=["stories"])
async def story(story_id: int, request: Request) -> dict:
    """A story's timeline: its articles' dated events and statements, each with its source."""
    db = reader(request)
    from ..corpus.stories import Story

    members = db.story_articles(story_id)
    if not members:
        raise NotFound(f"no story {story_id} in the store: list them with /api/stories")
    ids = [a for a, _, _ in members]
    found = Story(story_id, [tuple(a) for a in members], db.main_actors(ids), db.main_places(ids))
    entries = []
    parts = reads.timeline_parts(db, ids)  # the members' records in a few queries, not six per article
    for art_id, published, title in members:
        a = parts.get(art_id)
        if a is None:
            continue
        times = {t["id"]: t["value"] for t in a["times"]}
        names = a["names"]
        source = {"article": art_id, "title": title, "published": published}
        for e in a["events"]:
            date = (times.get(e["time"]) if e["time"] else None) or published
            entries.append({"kind": "event", "date": date, "record": e["id"], "type": e["type"],
                            "text": a["text"][e["sentence"][0]:e["sentence"][1]],
                            "place": names.get(e["place"] or ""), "modality": e["modality"],
                            "fatalities": e["fatalities"], **source})
        for s in a["statements"]:
            date = (times.get(s["time"]) if s["time"] else None) or published
            entries.append({"kind": "statement", "date": date, "record": s["id"],
                            "text": s["content"]["text"],
                            "speaker": names.get(s["speaker"] or "") or s["speaker_text"], **source})
    entries.sort(key=lambda x: (x["date"] or "", x["published"] or "", x["article"], x["record"]))
    return {"story": _story(db, found), "entries": entries}


@router.get("/figures", response_model=m.Page[m.Series], responses=ERRORS, tags=["figures"])
async def figures(request: Request, filters: FiltersDep, paging: PagingDep,
            series: Annotated[str | None, Query(max_length=MAX_TEXT, description=(
                "Only series whose label holds these words"))] = None,
            min_points: Annotated[int, Query(ge=1, le=10**6, description="Hide shorter series")] = 1) -> dict:
    """Reported figures over time, grouped by what is counted, whose and where, longest series first;
    figures that disagree about one moment are paired as contradictions."""
    from ..corpus.figures import figures as series_of

    key = ("figures", tuple(asdict(filters).values()))
    found = await _kept(request, key, lambda db: checked(m.Series, [_series(s) for s in series_of(
        db, Filters(**{**asdict(filters), "category": None}), filters.category)]))
    wanted = series.lower() if series else None

    def page(db: Database) -> bytes:
        return to_json(paging.page([s for s in found if len(s["points"]) >= min_points
                                    and (not wanted or wanted in s["label"].lower())]))

    # each page written once until the store changes: a page of series runs to a megabyte of JSON
    pages = ("figures.page", key, wanted, min_points, paging.limit, paging.offset)
    return Response(await _kept(request, pages, page), media_type="application/json")


def _series(s) -> dict:
    key_of = {p.describe(): p.key for p in s.points}
    return {"label": s.label, "category": s.category, "whose": s.whose, "where": s.where,
            "addition": s.addition, "points": [asdict(p) for p in s.points],
            "contradictions": [{"a": key_of.get(a, ""), "b": key_of.get(b, ""), "a_text": a, "b_text": b}
                               for a, b in s.contradictions]}


def _cached(request: Request, db: Database, key: tuple, compute):
    """``compute()``, kept until the store changes (in a worker thread: ``db`` is its connection)."""
    return request.app.state.answers.answer(key, reads.stamp(db), compute)


async def _kept(request: Request, key: tuple, compute):
    """``compute(db)``, kept until the store changes: a kept answer is read in the event loop, one to
    compute is computed in a worker thread on that thread's connection."""
    answers = request.app.state.answers
    stamp = reads.stamp(reader(request))
    found = answers.fresh(key, stamp)
    if found is not None:
        return found
    return await in_thread(request, lambda db: answers.answer(key, stamp, lambda: compute(db)))


# -- the write ------------------------------------------------------------------------------------

def _authorised(request: Request) -> None:
    token = stores(request).token
    if token is None:
        raise WritesOff("this server only reads: start it with a token (VEILLE_TOKEN or --token-file) "
                        "to take articles")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise Unauthorized("writes need the server's token: send the header 'Authorization: Bearer TOKEN'")


@router.post("/articles", response_model=m.WriteReport, tags=["articles"], status_code=200,
             responses={401: {"model": m.Error, "description": "No token, or the wrong one"},
                        403: {"model": m.Error, "description": "The server takes no writes (no token)"},
                        413: {"model": m.Error, "description": "The body is larger than the server takes"},
                        422: {"model": m.Error, "description": "The body is not JSON articles"}},
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                 "oneOf": [ARTICLE_IN, {"type": "array", "items": ARTICLE_IN}]}}}}})
async def add_articles(request: Request) -> dict:
    """Analyse articles (one object or a list, CONTRACT input fields: text, id, published, title, lang)
    and store them as ``veille ingest`` does; duplicates are reported, and each article that cannot be
    read or analysed is reported with its error while the others are stored. Needs the bearer token."""
    from ..errors import BodyTooLarge

    _authorised(request)
    limit = stores(request).max_body
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge(f"the request body is larger than {limit} bytes: send fewer articles per "
                               "request (or start the server with a larger --max-body)")
    try:
        given = json.loads(bytes(body).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return _bad_body(f"the body is not JSON ({e}): send an article object or a list of them")
    items = given if isinstance(given, list) else [given]
    if not items:
        return _bad_body("the list of articles is empty: send at least one article")
    return await run_in_threadpool(_store_articles, stores(request), items)


def _bad_body(message: str):
    return JSONResponse({"error": {"code": "bad_body", "message": message, "parameter": "body"}},
                        status_code=422)


def _store_articles(stores, items: list) -> dict:
    """Read, check, analyse and store the items, one write at a time; what happened to each."""
    from ..ingest.readers import input_from_json
    from ..process import analyse
    from ..settings import Settings
    from ..store import content_hash
    from ..store.dedup import Fingerprint

    settings = Settings.from_env()
    results: list[dict] = []
    todo = []
    with stores.write_lock:
        db = stores.writer()
        seen: set[str] = set()
        for n, obj in enumerate(items, 1):
            fallback = f"request:{n}"
            try:
                item = input_from_json(obj, fallback, "api", settings)
            except VeilleError as e:
                art_id = str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") else fallback
                results.append({"id": art_id, "status": "failed", "error": e.as_dict()})
                continue
            h = content_hash(item.text, item.published)
            if h in seen or db.has(item.text, item.published):
                stored = reads.article_of_text(db, h)
                results.append({"id": item.id, "status": "already", "stored_as": stored})
                continue
            seen.add(h)
            copy_of = db.find_copy(Fingerprint.of(item.text))
            if copy_of:
                with db.transaction():
                    db.add_copy(item, "api", *copy_of)
                results.append({"id": item.id, "status": "copy", "stored_as": copy_of[0]})
                continue
            result = {"id": item.id, "status": "added"}
            results.append(result)
            todo.append((item, result))
        if todo:
            analysed = list(analyse([item for item, _ in todo], settings))
            db.write(analysed, {a.id: "api" for a in analysed})
            for (item, result), a in zip(todo, analysed):
                if a.error:
                    result.update(status="failed", error=dict(a.error))
                else:
                    h = content_hash(item.text, item.published)
                    result["stored_as"] = stored = reads.article_of_text(db, h)
                    if stored and not reads.holds_text(db, stored, h):
                        result["status"] = "copy"  # another article of this batch holds it
            if any(r["status"] == "added" for _, r in todo):
                from ..corpus.stories import build_stories

                build_stories(db)
    counts = {s: sum(1 for r in results if r["status"] == s) for s in ("added", "already", "copy", "failed")}
    return {"added": counts["added"], "already": counts["already"], "copies": counts["copy"],
            "failed": counts["failed"], "articles": results}
