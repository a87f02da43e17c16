"""Corpus events in the store: the events of its's articles that report the same happening, merged into one.

Each article event becomes a *report* (its type, place, span of possible days, actors, deaths). A report
joins the nearest corpus event it fits (``fits``: compatible with its anchor, the most precise report,
and with half its reports at least; ``same_happening``: compatible type, place within the same
first-level region or ``WEIGHTS.near_km`` (``WEIGHTS.loose_near_km`` when one place is only a region or
a village placed near a town), days that overlap at their precision (two days the texts give for protests
or riots at most a day apart), no two different named actors),
else it starts a new one. A happening an article tells again on a day it does not give (background the
extractor did not date well before the article) may be any day of the year before its article, and
joins only a happening of its own place. Reports are matched in the order their articles were stored, so
updating a store at ingest (``update``) and rebuilding it (``rebuild``) give the same corpus events. A corpus
event's id derives from its earliest report (article content and event id), so it is the same in every
store that holds the same reports, whatever order they came in.

Figures: each article gives its own; the corpus event keeps the figure most articles give (one article's
misread or partial count, "six Français" of eight dead, is outvoted), and among figures given by as many
articles the most recent (the latest published; the larger of two on the same day): tolls grow as they
are updated. Its place is the most precise one its reports give, the primary events' weighing more:
an article's main event is placed where it happened, its side mentions by the capital where the
government speaks.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..geo.distance import distance_km
from ..records import AcledType, CorpusEvent, CorpusPlace, CorpusSource
from ..schemas import Article
from . import events as sql
from .dedup import fold, name_words


@dataclass(frozen=True)
class Weights:
    # two reports this close (km) may be one happening, whatever their regions
    near_km: float = 50.0
    # ... or this close when one is placed only loosely: by a region or district, or a village the
    # gazetteer lacks, set at a town near it (a first-level region's point may lie a long way from
    # where in it the event happened, and its neighbour's capital nearer; set by hand, the Kouré attack)
    loose_near_km: float = 100.0
    # a day given by the text may be off by this many days (a night from one day to the next, "hier")
    day_slack: int = 1
    # an event dated only by its article happened on the publication day or up to this many days before
    published_days: int = 3
    # an event whose date begins more than this many days before its article ("en 2019" in May 2020)
    # is background, not news
    background_days: int = 365
    # a primary event weighs this much more than another when a corpus event's type is voted
    primary_vote: int = 2


WEIGHTS = Weights()

# ACLED event types that may describe one happening (an attack coded as a clash by one article and as
# violence against civilians by another); strategic developments match on their sub-type
TYPE_FAMILIES = {"Battles": "armed", "Explosions/Remote violence": "armed",
                 "Violence against civilians": "armed", "Protests": "unrest", "Riots": "unrest"}
# places from the most precise: a corpus event takes its most precise report's place
FEATURE_RANK = {"city": 0, "vicinity": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
# places that say only roughly where: a region or district, a village placed at a town near it
LOOSE_FEATURES = {"admin1", "admin2", "vicinity"}
# ACLED actor names that say who without naming anyone: they never contradict a named actor
VAGUE_ACTORS = ("Unidentified", "Civilians", "Protesters", "Rioters")


# -- reports: one article event, as matching reads it ----------------------------------------------

def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_span(value: str) -> tuple[date, date] | None:
    """The first and last day a TIMEX date value allows: a day, a week, a month or a year."""
    if len(value) >= 10 and _day(value):
        d = _day(value)
        return d, d
    if len(value) >= 8 and value[4:6] == "-W" and value[6:8].isdigit():
        try:
            first = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        except ValueError:
            return None
        return first, first + timedelta(days=6)
    if len(value) >= 7 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit():
        year, month = int(value[:4]), int(value[5:7])
        if 1 <= month <= 12:
            after = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), after - timedelta(days=1)
    if len(value) >= 4 and value[:4].isdigit() and (len(value) == 4 or not value[4].isdigit()):
        year = int(value[:4])
        if year >= 1:
            return date(year, 1, 1), date(year, 12, 31)
    return None


def precision_of(value: str, published_only: bool) -> int:
    """ACLED's time precision: 1 a day the text gives, 2 a week, 3 a month, a year, or only the
    publication date."""
    if published_only:
        return 3
    if len(value) >= 10:
        return 1
    return 2 if "-W" in value else 3


def event_date(event, times: dict, published: str | None) -> tuple[str | None, int, date | None, date | None]:
    """(date, ACLED precision, first day, last day) of an article event: its own time when words give
    it, else the publication date, which says only that it happened on or a few days before that day."""
    time = times.get(event.time) if event.time else None
    value = (time.value or "") if time else ""
    span = day_span(value) if value else None
    # a day the words give, or one the extractor counted from them ("un mois après l'attaque": no span)
    by_words = time is not None and event.time_source != "published" and (
        time.span is not None or event.time_source is not None)
    if span and by_words:
        first, last = span
        if first == last:
            first, last = first - timedelta(days=WEIGHTS.day_slack), last + timedelta(days=WEIGHTS.day_slack)
        day = value[:10] if len(value) >= 10 else value[:7] if "-W" not in value else value[:8]
        return day, precision_of(value, False), first, last
    span = day_span(published or "") if published else None
    if not span:
        return None, 3, None, None
    first, last = span
    if first == last:
        first = first - timedelta(days=WEIGHTS.published_days)
    return published, 3, first, last


def _admin1(geonameid: int | None, feature: str | None) -> tuple[int | None, str]:
    """(geonameid, name) of the first-level region that holds a place (itself for a region)."""
    if not geonameid:
        return None, ""
    from ..geo.gazetteer import shared_gazetteer

    gaz = shared_gazetteer()
    place = gaz.get(geonameid)
    if place is None:
        return None, ""
    if feature == "admin1" or place.feature == "admin1":
        return place.geonameid, place.name
    admin = gaz.get(place.admin1) if place.admin1 else None
    return (admin.geonameid, admin.name) if admin else (None, "")


def _place(event, article: Article) -> dict | None:
    """The event's place, else the article's first place (as the ACLED rows have always done)."""
    places = {p.id: p for p in article.places}
    place = places.get(event.place) if event.place else None
    place = place or next(iter(article.places), None)
    if place is None:
        return None
    admin1_id, admin1 = _admin1(place.geonameid, place.feature)
    return {**CorpusPlace(name=place.name, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                          country=place.country, admin1=admin1 or None, feature=place.feature).as_dict(),
            "admin1_id": admin1_id}


def _participants(event, article: Article, acled: AcledType | None) -> list[str]:
    """The names of those who take part: agent, target, ACLED actors and the names in its sentence."""
    start, end = event.sentence
    names = {ent.name for ent in article.entities
             if ent.id in (event.agent, event.target) or ent.type in ("PER", "ORG", "NORP")
             and any(start <= m[0] and m[1] <= end for m in ent.mentions)}
    if acled:
        names |= {n for n in (acled.actor1, acled.actor2) if n}
    return sorted(n for n in names if n)


def article_reports(article: Article, content_hash: str) -> list[dict]:
    """The article's events as reports (what matching and corpus events read). Actors: the ACLED names
    the extractor gave, else the names of the event's agent and target (the corpus names the others
    from the sentence's words when it reads them: ``veille.corpus.export.fill_actors``)."""
    times = {t.id: t for t in article.times}
    entities = {e.id: e for e in article.entities}
    out = []
    for event in article.events:
        place = _place(event, article)
        day, precision, first, last = event_date(event, times, article.published)
        acled = event.acled
        if acled and not (acled.actor1 or acled.actor2):
            agent, target = entities.get(event.agent), entities.get(event.target)
            acled = AcledType(acled.event_type, acled.sub_event_type, agent.name if agent else None,
                              target.name if target else None)
        published_day = day_span(article.published or "")
        old = bool(first and published_day and (published_day[0] - first).days > WEIGHTS.background_days)
        # past context the text does not date: a happening told again, on some day before its article
        retold = event.background and not old and bool(published_day)
        if retold:  # dated, vaguely, by its article
            day, precision = article.published, 3
            first, last = published_day[0] - timedelta(days=WEIGHTS.background_days), published_day[1]
        background = event.background or old
        start, end = event.sentence
        out.append({
            "article": article.id, "event": event.id, "hash": content_hash, "published": article.published,
            "title": article.title, "type": event.type, "acled": acled.as_dict() if acled else None,
            "place": place, "country": (place or {}).get("country"),
            "date": day, "precision": precision,
            "first_day": first.isoformat() if first else None, "last_day": last.isoformat() if last else None,
            "fatalities": event.fatalities, "background": background, "retold": retold,
            "modality": event.modality,
            "primary": event.primary, "sentence": " ".join(article.text[start:end].split()),
            "participants": _participants(event, article, acled),
            # actors the extractor resolved to ACLED's names (not a fallback on the sentence's words)
            "resolved": bool(event.acled and (event.acled.actor1 or event.acled.actor2)),
            "wikidata": sorted({e.wikidata for e in entities.values()
                                if e.wikidata and e.id in (event.agent, event.target)}),
        })
    return out


# -- what is the same happening --------------------------------------------------------------------

def _types_match(a: dict, b: dict) -> bool:
    """Compatible ACLED types (``TYPE_FAMILIES``); the same PLOVER type where one has no ACLED type."""
    x, y = a["acled"], b["acled"]
    if x is None or y is None:
        return a["type"] == b["type"]
    fx, fy = TYPE_FAMILIES.get(x["event_type"]), TYPE_FAMILIES.get(y["event_type"])
    if fx is None or fy is None:
        return x["event_type"] == y["event_type"] and x["sub_event_type"] == y["sub_event_type"]
    return fx == fy


def _rank(place: dict) -> int:
    return FEATURE_RANK.get(place.get("feature") or "", 1)


def _one_place(p: dict, q: dict) -> bool:
    """The same place: the same gazetteer entry, or the same name set at the same point (a village the
    gazetteer lacks, placed near a town)."""
    if p.get("geonameid") or q.get("geonameid"):
        return p.get("geonameid") == q.get("geonameid")
    return p.get("name") == q.get("name") and p.get("lat") is not None \
        and (p.get("lat"), p.get("lon")) == (q.get("lat"), q.get("lon"))


def _places_match(a: dict, b: dict, same_article: bool) -> bool:
    p, q = a["place"], b["place"]
    if not p or not q or not p.get("country") or p.get("country") != q.get("country"):
        return False
    if _one_place(p, q):
        return True
    coarse = p if _rank(p) >= _rank(q) else q
    fine = q if coarse is p else p
    # a country, or a region that holds the other place: the coarser report says less, not otherwise
    if coarse.get("feature") == "country" or (
            coarse.get("feature") == "admin1" and coarse.get("geonameid") == fine.get("admin1_id")):
        return True
    if same_article:  # two events an article tells apart at two places are two happenings
        return False
    if p.get("admin1_id") and p.get("admin1_id") == q.get("admin1_id"):
        return True
    if None not in (p.get("lat"), p.get("lon"), q.get("lat"), q.get("lon")):
        loose = coarse.get("feature") in LOOSE_FEATURES or fine.get("feature") in LOOSE_FEATURES
        return distance_km(p["lat"], p["lon"], q["lat"], q["lon"]) <= (
            WEIGHTS.loose_near_km if loose else WEIGHTS.near_km)
    return False


def _same_place(a: dict, b: dict) -> bool:
    """One town, or two within ``WEIGHTS.near_km``: a region or a country holds too many happenings to
    say which one a report tells again."""
    p, q = a["place"], b["place"]
    if not p or not q or not p.get("country") or p.get("country") != q.get("country") \
            or not _rank(p) == _rank(q) == 0:
        return False
    if _one_place(p, q):
        return True
    return None not in (p.get("lat"), p.get("lon"), q.get("lat"), q.get("lon")) \
        and distance_km(p["lat"], p["lon"], q["lat"], q["lon"]) <= WEIGHTS.near_km


def _unrest(report: dict) -> bool:
    return TYPE_FAMILIES.get((report["acled"] or {}).get("event_type")) == "unrest"


def _days_match(a: dict, b: dict) -> bool:
    """Whether two reports' days may meet: their spans overlap; for protests and riots, which a movement
    holds day after day at one place, two days the texts give must be at most ``day_slack`` apart (the
    slack is not counted twice: Friday's and Sunday's marches in Paris are two)."""
    if not (a["first_day"] and b["first_day"]):
        return False
    if a["precision"] == b["precision"] == 1 and _unrest(a) and _unrest(b):
        x, y = _day(a["date"] or ""), _day(b["date"] or "")
        if x is not None and y is not None:
            return abs((x - y).days) <= WEIGHTS.day_slack
    return a["first_day"] <= b["last_day"] and b["first_day"] <= a["last_day"]


def _named(name: str | None) -> bool:
    return bool(name) and not name.startswith(VAGUE_ACTORS)


def _actors_match(a: dict, b: dict) -> bool:
    """Actors do not contradict: two named first actors, both resolved to ACLED's names, differ only if
    each is one of the other's (a name taken from the sentence's words is too weak to keep apart)."""
    x, y = a["acled"] or {}, b["acled"] or {}
    if not (a.get("resolved") and b.get("resolved") and _named(x.get("actor1")) and _named(y.get("actor1"))):
        return True
    return x["actor1"] in (y["actor1"], y.get("actor2")) or y["actor1"] in (x["actor1"], x.get("actor2"))


def same_happening(a: dict, b: dict) -> bool:
    """Whether two reports may tell the same happening (see the module's docstring)."""
    same_article = a["article"] == b["article"]
    if same_article and a["event"] == b["event"]:
        return True
    if a.get("retold") or b.get("retold"):  # told again on a day it does not give: the happening of its place
        return not same_article and _types_match(a, b) and _days_match(a, b) and _same_place(a, b) \
            and _actors_match(a, b)
    return (_types_match(a, b) and _days_match(a, b) and _places_match(a, b, same_article)
            and _actors_match(a, b))


def anchor(reports: list[dict]) -> dict:
    """A corpus event's most telling report: the most precise date, then place, then the earliest."""
    return min(reports, key=lambda r: (r["precision"], _rank(r["place"] or {}), _key(r)))


def fits(report: dict, members: list[dict]) -> bool:
    """Whether a report joins a corpus event: it may tell the same happening as the event's anchor and
    as at least half of its reports (one misread report neither splits an event nor chains two)."""
    if not same_happening(report, anchor(members)):
        return False
    return 2 * sum(same_happening(report, m) for m in members) >= len(members)


def _closeness(report: dict, members: list[dict]) -> tuple:
    """How near a corpus event is to a report: fewer days apart, then fewer km (smaller is nearer)."""
    best = None
    for m in members:
        days = abs((date.fromisoformat(m["first_day"]) - date.fromisoformat(report["first_day"])).days)
        p, q = m["place"] or {}, report["place"] or {}
        km = (distance_km(p["lat"], p["lon"], q["lat"], q["lon"])
              if None not in (p.get("lat"), p.get("lon"), q.get("lat"), q.get("lon")) else 1e9)
        key = (days, km)
        best = key if best is None or key < best else best
    return best or (0, 0.0)


# -- corpus events from their reports ----------------------------------------------------------------

def _key(report: dict) -> tuple:
    return (report["published"] or "", report["hash"], report["event"])


def corpus_id(reports: list[dict]) -> str:
    """A corpus event's id: from its earliest report (its article's content and its event id)."""
    first = min(reports, key=_key)
    return "ce" + hashlib.sha256(f"{first['hash']}\x00{first['event']}".encode()).hexdigest()[:14]


def _vote(values: Iterable[tuple], default=None):
    """The value with the most weight; ties go to the first given."""
    counts: Counter = Counter()
    order: dict = {}
    for value, weight in values:
        counts[value] += weight
        order.setdefault(value, len(order))
    if not counts:
        return default
    return max(counts, key=lambda v: (counts[v], -order[v]))


def _fatalities(reports: list[dict]) -> int | None:
    """The deaths most articles give: each article's figure (its main event's, else the largest of its
    events': a side mention joined by its vaguer place, "des attaques qui ont fait des centaines de morts"
    in the country, does not outcount the main event's toll), then the figure the most articles give, among
    equals the latest published, the larger on the same day. A report of no deaths counts only where no
    report gives any (an article that tells of no death may not have counted them). Where some report tells
    the happening as news, the reports that only tell it again as background give no figure ("l'attentat
    de Sousse (38 morts)" told beside a new attack of its place is not this one's toll)."""
    news = [r for r in reports if not r["background"]]
    by_article: dict[str, tuple[bool, bool, str, int]] = {}
    for r in news or reports:
        if r["fatalities"] is None:
            continue
        figure = (r["fatalities"] > 0, bool(r["primary"]), r["published"] or "", r["fatalities"])
        seen = by_article.get(r["article"])
        if seen is None or figure > seen:
            by_article[r["article"]] = figure
    if not by_article:
        return None
    given = [f for f in by_article.values() if f[0]] or list(by_article.values())
    articles = Counter(f[3] for f in given)
    return max(given, key=lambda f: (articles[f[3]], f[2], f[3]))[3]


def summarise(reports: list[dict]) -> tuple[CorpusEvent, set[str]]:
    """A corpus event from its reports, and the facts event filters read."""
    weight = {id(r): WEIGHTS.primary_vote if r["primary"] else 1 for r in reports}
    plover = _vote((r["type"], weight[id(r)]) for r in reports)
    coded = [r for r in reports if r["acled"]]
    acled = None
    if coded:
        event_type, sub = _vote(((r["acled"]["event_type"], r["acled"]["sub_event_type"]), weight[id(r)])
                                for r in coded)
        actors = {}
        for n in (1, 2):
            given = [(r["acled"][f"actor{n}"], r["acled"][f"inter{n}"]) for r in coded
                     if r["acled"][f"actor{n}"]]
            # the actor most reports give: a named one only where as many reports name it as leave the
            # actor unnamed ("Unidentified Armed Group"), as one misread report must not name an attacker
            named = [a for a in given if not a[0].startswith(VAGUE_ACTORS)]
            vague = [a for a in given if a[0].startswith(VAGUE_ACTORS)]
            actors[n] = _vote(((a, 1) for a in named + vague), (None, None))
        acled = AcledType(event_type, sub, actors[1][0], actors[2][0], actors[1][1], actors[2][1])
    placed = [r for r in reports if r["place"]]
    best_rank = min((_rank(r["place"]) for r in placed), default=None)
    place_of = _vote(((r["place"]["geonameid"] or r["place"]["name"]), weight[id(r)]) for r in placed
                     if _rank(r["place"]) == best_rank)
    place = next((r["place"] for r in placed if (r["place"]["geonameid"] or r["place"]["name"]) == place_of),
                 None)
    dated = [r for r in reports if r["date"]]
    precision = min((r["precision"] for r in dated), default=3)
    day = _vote((r["date"], 1) for r in sorted(dated, key=lambda r: r["date"]) if r["precision"] == precision)
    modality = "asserted" if any(r["modality"] == "asserted" for r in reports) else \
        _vote((r["modality"], 1) for r in reports)
    best = min(reports, key=lambda r: (not r["primary"], r["precision"], _rank(r["place"] or {}),
                                       r["fatalities"] is None, _key(r)))
    sources = [CorpusSource(article=r["article"], event=r["event"], fatalities=r["fatalities"],
                            published=r["published"]) for r in sorted(reports, key=_key)]
    event = CorpusEvent(
        id=corpus_id(reports), type=plover, acled=acled,
        place=CorpusPlace.from_dict({k: v for k, v in place.items() if k != "admin1_id"}) if place else None,
        date=day, precision=precision, fatalities=_fatalities(reports),
        background=all(r["background"] for r in reports), sources=sources, modality=modality,
        notes=best["sentence"])
    facts = {"event:" + plover.lower()} if plover else set()  # none: a happening of no type (an accident)
    if acled:
        facts |= {"event:" + acled.event_type.lower(), "event:" + acled.sub_event_type.lower()}
    for r in reports:
        for name in r["participants"]:
            facts.add("entity:" + fold(name).strip())
            facts.update("name:" + w for w in name_words(name))
        facts.update("wikidata:" + q for q in r["wikidata"])
    return event, facts


# -- keeping the store's corpus events ---------------------------------------------------------------

def _store(con, reports: list[dict], old_id: str | None) -> None:
    event, facts = summarise(reports)
    if old_id and old_id != event.id:
        sql.rename(con, old_id, event.id)
    sql.put(con, event.as_dict(), facts)


def add_reports(con, reports: list[dict]) -> None:
    """Match each report against the corpus events stored (and those the earlier ones formed) and store
    it: in the nearest corpus event it is compatible with in every report, else in a new one."""
    seq = sql.next_seq(con)
    for report in reports:
        joined, members = None, [report]
        if report["country"] and report["first_day"]:
            found = sql.candidates(con, report["country"], report["first_day"], report["last_day"])
            fitting = [(cid, rs) for cid, rs in found.items() if fits(report, rs)]
            if fitting:
                joined, held = min(fitting, key=lambda f: (_closeness(report, f[1]), f[0]))
                members = [*held, report]
        new_id = joined or corpus_id(members)
        sql.add_report(con, report, new_id, seq)
        seq += 1
        _store(con, members, joined)


def update(con, articles: Iterable[tuple[Article, str]]) -> None:
    """Add the events of newly stored (article, content hash) pairs, in the order they were stored,
    inside the caller's transaction: only the corpus events they touch change."""
    for article, content_hash in articles:
        add_reports(con, article_reports(article, content_hash))


def rebuild(con, read_article) -> int:
    """Form every corpus event again from the stored articles (``read_article``: id -> Article), in the
    order they were stored (the same result as updating at each ingest), inside the caller's
    transaction; returns how many there are."""
    sql.clear(con)
    rows = con.execute("SELECT id, content_hash FROM articles ORDER BY rowid").fetchall()
    for art_id, content_hash in rows:
        add_reports(con, article_reports(read_article(art_id), content_hash))
    return con.execute("SELECT count(*) FROM corpus_events").fetchone()[0]


