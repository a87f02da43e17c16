"""Search at scale: a store of 100,000 articles built from real analysed records, then timed reads.

    .venv/bin/python bench/search_scale.py --source /tmp/w/bench.db --db /tmp/veille-100k.db --build
    .venv/bin/python bench/search_scale.py --db /tmp/veille-100k.db            # reuse the built store

``--build`` copies a store of analysed articles (``--source``: e.g. the 3,940 OrangeSum articles of
bench/ingest.py) over and over until the new store holds ``--articles``. The first copy is the source
itself; each further copy has new ids ("ID~N"), dates moved N x 73 days earlier (the articles', and
their corpus events' and reports'), and texts whose words are shuffled among the places of words of the
same length, except the words that name an entity or a place: every record's offsets stay valid and the
words a search finds keep their frequencies, while no copy repeats another's phrases. The records are
copied table to table in SQL (no analysis, no per-record Python); each copy's corpus events are the
source's, moved with it. Near-duplicate fingerprints are left out for the copies (only a later write
reads them).

Then prints the median and 99th percentile (milliseconds, wall-clock and this process's CPU) of: search
with words, with filters and with both (``veille.corpus.search.search``, the CLI's, and
``reads.search_page`` + places, the API's page), corpus events with filters (all of them, as the CLI
reads them: ``veille.corpus.events.corpus_events``; a page of 20 and its total, as the API does),
figures, and the JSON Lines export of one month. The store is kept for the next run (``--db`` without
``--build``). Timings are of one process on a machine others may share: the CPU columns say what the work
itself cost, and the load average printed before and after says how far to trust the clock. Each search's
first run is cold (its pages first read by this process, nothing kept yet); the runs after it reuse what
the store's reads keep until the store changes (a search's span of rowids and its count): the search
lines print both apart, and the p99 of every run includes the first.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from search import QUERIES  # bench/search.py

from veille.corpus.search import Filters, search
from veille.corpus.search import selection as resolve
from veille.store import Database, content_hash, reads

# days each copy's dates move back from the previous copy's
SHIFT_DAYS = 73
# rows written per executemany when copying articles
BATCH = 2000
_WORDS = re.compile(r"(\w+)")

# the store bench's queries (bench/search.py, beside this file on sys.path when run as a script), and
# more that a large store makes slow: a common word alone or with a place, no words at all, one month,
# a filter whose every look-up or whose set cost most
SEARCHES = [
    *QUERIES,
    ("Macron", Filters()),
    ("", Filters()),
    ("", Filters(since="2019-03", until="2019-03")),
    ("police", Filters(place="FR")),
    ("gouvernement", Filters(event_type="Protests", since="2018")),
    # an actor of many names, a box over a crowded land, a prefix over a few years
    ("armee", Filters(entity="Etat islamique")),
    ("police", Filters(bbox="-5,41,10,51")),
    ("mort*", Filters(since="2019")),
]
EVENTS = [Filters(), Filters(place="SY"), Filters(since="2020"), Filters(event_type="Battles"),
          Filters(entity="Etat islamique"), Filters(bbox="-12.3,10.1,4.3,25.0", since="2019")]
FIGURES = [Filters(category="killed", place="ML"), Filters(since="2020-03", until="2020-03"),
           Filters(entity="Emmanuel Macron")]
EXPORT_MONTH = Filters(since="2020-03", until="2020-03")


# -- building ------------------------------------------------------------------------------------------

def shift_date(value: str | None, days: int) -> str | None:
    """``value`` (YYYY, YYYY-MM or YYYY-MM-DD, else left alone) moved by ``days``, at its precision."""
    if not value or days == 0:
        return value
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
        if len(value) == 7 and value[4] == "-":
            return (date(int(value[:4]), int(value[5:7]), 15) + timedelta(days=days)).isoformat()[:7]
        if len(value) == 4 and value.isdigit():
            return str((date(int(value), 7, 1) + timedelta(days=days)).year)
    except ValueError:
        return value
    return value


def copy_id(art_id: str, n: int) -> str:
    return art_id if n == 0 else f"{art_id}~{n}"


def event_id(event: str, n: int) -> str:
    return event if n == 0 else hashlib.sha1(f"{event}~{n}".encode()).hexdigest()[:16]


class Shuffler:
    """One article's text as pieces (words and what lies between them), its words grouped by length;
    the words inside ``kept`` spans stay."""

    def __init__(self, text: str, kept: list[tuple[int, int]]) -> None:
        self.pieces = _WORDS.split(text)  # words at the odd places
        self.slots: dict[int, list[int]] = {}
        marks = sorted(kept)
        i = at = 0
        for n, piece in enumerate(self.pieces):
            start, at = at, at + len(piece)
            if n % 2 == 0:
                continue
            while i < len(marks) and marks[i][1] <= start:
                i += 1
            if i < len(marks) and marks[i][0] < at:
                continue  # inside an entity's or a place's mention
            self.slots.setdefault(len(piece), []).append(n)

    def shuffled(self, rng: random.Random) -> str:
        out = list(self.pieces)
        for places in self.slots.values():
            if len(places) > 1:
                words = [out[n] for n in places]
                rng.shuffle(words)
                for n, word in zip(places, words):
                    out[n] = word
        return "".join(out)


def _move_event(body: str, n: int, days: int) -> str:
    e = json.loads(body)
    e["id"] = event_id(e["id"], n)
    e["date"] = shift_date(e.get("date"), days)
    for s in e.get("sources") or []:
        s["article"] = copy_id(s["article"], n)
        s["published"] = shift_date(s.get("published"), days)
    return json.dumps(e, ensure_ascii=False)


def _move_report(body: str, n: int, days: int) -> str:
    r = json.loads(body)
    r["article"] = copy_id(r["article"], n)
    for key in ("published", "date", "first_day", "last_day"):
        r[key] = shift_date(r.get(key), days)
    return json.dumps(r, ensure_ascii=False)


def build(source: str, path: str, articles: int, seed: int = 7) -> None:
    """A store at ``path`` of ``articles`` copies of ``source``'s articles (see the module's doc)."""
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    Database.create_or_open(path).close()  # the schema, as a user's store has it
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -400000")
    con.execute("ATTACH DATABASE ? AS src", (Path(source).resolve().as_uri() + "?mode=ro",))
    con.create_function("copy_id", 2, copy_id, deterministic=True)
    con.create_function("event_id", 2, event_id, deterministic=True)
    con.create_function("shift_date", 2, shift_date, deterministic=True)
    con.create_function("move_event", 3, _move_event, deterministic=True)
    con.create_function("move_report", 3, _move_report, deterministic=True)
    con.execute("CREATE TEMP TABLE copied (id TEXT PRIMARY KEY)")
    kept: dict[str, list[tuple[int, int]]] = {}
    for table in ("entities", "places"):
        for art_id, mentions in con.execute(f"SELECT article_id, mentions FROM src.{table}"):
            kept.setdefault(art_id, []).extend(tuple(m) for m in json.loads(mentions or "[]"))
    rows = con.execute("SELECT id, lang, published, title, text, source FROM src.articles "
                       "ORDER BY rowid").fetchall()
    texts = {r[0]: (Shuffler(r[4], kept.get(r[0], [])), Shuffler(r[3] or "", [])) for r in rows}
    stories = con.execute("SELECT coalesce(max(story), 0) + 1 FROM src.stories").fetchone()[0]
    rng = random.Random(seed)
    copies = -(-articles // len(rows))
    started = time.perf_counter()
    for n in range(copies):
        days = -n * SHIFT_DAYS
        chosen = rows[:articles - n * len(rows)]
        ids = json.dumps([r[0] for r in chosen])
        with con:
            new = []
            for art_id, lang, published, title, text, src in chosen:
                body, head = texts[art_id]
                if n:
                    text, title = body.shuffled(rng), head.shuffled(rng) if title else title
                day = shift_date(published, days)
                new.append((copy_id(art_id, n), content_hash(text, day), lang, day, title, text, src))
            for i in range(0, len(new), BATCH):
                con.executemany("INSERT INTO articles (id, content_hash, lang, published, title, text, "
                                "source) VALUES (?,?,?,?,?,?,?)", new[i:i + BATCH])
            con.execute("INSERT INTO article_sources (article_id, content_hash, source, external_id, title, "
                        "published, similarity) SELECT id, content_hash, source, id, title, published, 1.0 "
                        "FROM articles WHERE id IN (SELECT copy_id(value, ?) FROM json_each(?))", (n, ids))
            picked = "WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY rowid"
            con.execute("INSERT INTO entities (article_id, id, type, name, wikidata, mentions, roles, "
                        "folded, refs) SELECT copy_id(article_id, ?), id, type, name, wikidata, mentions, "
                        f"roles, folded, refs FROM src.entities {picked}", (n, ids))
            con.execute("INSERT INTO places SELECT copy_id(article_id, ?), id, entity, name, mentions, "
                        f"geonameid, lat, lon, country, feature FROM src.places {picked}", (n, ids))
            con.execute("INSERT INTO records SELECT copy_id(article_id, ?), kind, id, body FROM src.records "
                        f"{picked}", (n, ids))
            con.execute("INSERT INTO article_facts SELECT fact, copy_id(article_id, ?) FROM "
                        "src.article_facts WHERE article_id IN (SELECT value FROM json_each(?))", (n, ids))
            con.execute("INSERT INTO stories SELECT copy_id(article_id, ?), story + ? FROM src.stories "
                        "WHERE article_id IN (SELECT value FROM json_each(?))", (n, n * stories, ids))
            if n == 0:
                for table in ("fingerprints", "lsh_buckets"):
                    con.execute(f"INSERT INTO {table} SELECT * FROM src.{table} "
                                "WHERE article_id IN (SELECT value FROM json_each(?))", (ids,))
            # the corpus events whose every report is from a copied article, moved with them
            con.execute("DELETE FROM temp.copied")
            con.execute("INSERT INTO temp.copied SELECT corpus_event FROM src.corpus_event_sources "
                        "GROUP BY corpus_event HAVING sum(article_id NOT IN "
                        "(SELECT value FROM json_each(?))) = 0", (ids,))
            whole = "SELECT id FROM temp.copied"
            con.execute("INSERT INTO corpus_event_sources SELECT copy_id(article_id, ?), event_id, "
                        "event_id(corpus_event, ?), seq + ?, country, shift_date(first_day, ?), "
                        "shift_date(last_day, ?), move_report(body, ?, ?) FROM src.corpus_event_sources "
                        f"WHERE corpus_event IN ({whole}) ORDER BY seq",
                        (n, n, n * 10**7, days, days, n, days))
            con.execute("INSERT INTO corpus_events SELECT event_id(id, ?), move_event(body, ?, ?), "
                        "shift_date(date, ?), country, geonameid, lat, lon, background, acled "
                        f"FROM src.corpus_events WHERE id IN ({whole})", (n, n, days, days))
            con.execute("INSERT INTO corpus_event_facts SELECT fact, event_id(corpus_event, ?) "
                        f"FROM src.corpus_event_facts WHERE corpus_event IN ({whole})", (n,))
        done = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"  copy {n + 1}/{copies}: {done} articles, {time.perf_counter() - started:.0f} s", flush=True)
    con.execute("DETACH DATABASE src")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


# -- timing --------------------------------------------------------------------------------------------

class Timings:
    """Wall-clock and CPU milliseconds of runs (CPU: this process's own time, what the work costs
    whoever else shares the machine)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def run(self, fn: Callable[[], object], repeat: int) -> object:
        out = None
        for _ in range(repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            out = fn()
            self.cpu.append((time.process_time() - cpu) * 1000)
            self.wall.append((time.perf_counter() - wall) * 1000)
        return out

    def add(self, other: Timings) -> None:
        self.wall += other.wall
        self.cpu += other.cpu

    def first_and_rest(self) -> tuple[Timings, Timings]:
        """The first run (the cold one: the store's pages first read, nothing kept yet) and the others."""
        first, rest = Timings(), Timings()
        first.wall, first.cpu = self.wall[:1], self.cpu[:1]
        rest.wall, rest.cpu = self.wall[1:], self.cpu[1:]
        return first, rest


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def line(name: str, t: Timings, note: str = "") -> None:
    print(f"{name[:44]:44s} {statistics.median(t.wall):8.1f} {percentile(t.wall, 0.99):8.1f} "
          f"{statistics.median(t.cpu):8.1f} {percentile(t.cpu, 0.99):8.1f} {len(t.wall):5d}  {note}")


def group(name: str, cases: list[Filters], call: Callable[[Filters], Callable[[], object]], repeat: int,
          describe: Callable[[Filters, object], tuple[str, str]]) -> None:
    """Time ``call(filters)`` for each case, a line each (``describe``: its name and note), then all."""
    every = Timings()
    for filters in cases:
        t = Timings()
        found = t.run(call(filters), repeat)
        every.add(t)
        label, note = describe(filters, found)
        line(label, t, note)
    line(name, every)


def shown(filters: Filters) -> str:
    return " ".join(f"{k}={v}" for k, v in vars(filters).items() if v)


def api_page(db: Database, query: str, filters: Filters) -> int:
    """What the API's search does for one page: the rows, the total, the places of the page."""
    from veille.corpus.search import fts_query

    match = fts_query(query) if query else ""
    rows, total, _ = reads.search_page(db, match, resolve(filters), 20, 0)
    reads.article_places(db, [r[0] for r in rows])
    return total


def measure(path: str, repeat: int) -> dict:
    from veille.corpus.events import corpus_events
    from veille.corpus.export import export
    from veille.corpus.figures import figures

    with Database.open_readonly(path) as db:
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}: above 1 on 2 cores, other work shares "
              "the clock".format(*os.getloadavg()))
        print(f"store {path}: {db.article_count()} articles, "
              f"{db.con.execute('SELECT count(*) FROM corpus_events').fetchone()[0]} corpus events")
        for f in [f for _, f in SEARCHES] + EVENTS + FIGURES:
            resolve(f)  # place names resolved once, as a running server keeps them
        print(f"{'':44s} {'p50 ms':>8s} {'p99 ms':>8s} {'p50 cpu':>8s} {'p99 cpu':>8s} {'runs':>5s}")
        groups = {"words": Timings(), "filters": Timings(), "both": Timings()}
        api, every, firsts, rest = Timings(), Timings(), Timings(), Timings()
        for query, filters in SEARCHES:
            t = Timings()
            found = t.run(partial(search, db, query, filters, limit=20), repeat)
            first, others = t.first_and_rest()
            firsts.add(first)
            rest.add(others)
            has = bool(query), bool(shown(filters))
            groups["both" if all(has) else "words" if has[0] else "filters"].add(t)
            line(f"  search {query!r} {shown(filters)}", t, f"{found.total} hits")
            api.run(partial(api_page, db, query, filters), repeat)
        for name, t in groups.items():
            line(f"search, {name}", t)
            every.add(t)
        line("search, all (CLI)", every)
        line("search, all (CLI): each query's first run", firsts)
        if rest.wall:
            line("search, all (CLI): the runs after it", rest)
        line("search, all (API page: rows, total, places)", api)
        group("events (as the CLI reads them)", EVENTS, lambda f: partial(corpus_events, db, f),
              max(1, repeat // 5),
              lambda f, found: (f"  events {shown(f) or 'all'}", f"{len(found)} events"))
        group("events, a page of 20 and its total (API)", EVENTS,
              lambda f: partial(reads.events_page, db, resolve(f), False, 20, 0), repeat,
              lambda f, found: (f"  events page (API) {shown(f) or 'all'}", f"{found[1]} events"))
        group("figures", FIGURES, lambda f: partial(figures, db, f), max(1, repeat // 5),
              lambda f, found: (f"  figures {shown(f)}", f"{len(found)} series"))
        with tempfile.TemporaryDirectory() as tmp:
            t = Timings()
            n = t.run(partial(export, db, "jsonl", os.path.join(tmp, "month.jsonl"), EXPORT_MONTH),
                      max(1, repeat // 5))
            line("export jsonl, one month (2020-03)", t, f"{n} articles")
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return {"search_p99": percentile(every.wall, 0.99), "api_p99": percentile(api.wall, 0.99),
            "search_p99_cpu": percentile(every.cpu, 0.99), "api_p99_cpu": percentile(api.cpu, 0.99)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/veille-100k.db", help="The store built and timed.")
    parser.add_argument("--source", default="/tmp/veille-bench.db",
                        help="A store of analysed articles to copy (bench/ingest.py builds one).")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--build", action="store_true", help="Build the store, replacing one at --db.")
    parser.add_argument("--reuse", action="store_true", help="Time the store at --db as it is (the default).")
    parser.add_argument("--repeat", type=int, default=15, help="Runs of each search.")
    args = parser.parse_args()
    if args.build:
        if not Path(args.source).is_file():
            sys.exit(f"no store at {args.source}: build one with bench/ingest.py, or give --source")
        start = time.perf_counter()
        build(args.source, args.db, args.articles)
        print(f"built {args.db} in {time.perf_counter() - start:.0f} s "
              f"({Path(args.db).stat().st_size / 2**30:.1f} GiB)")
    elif not Path(args.db).is_file():
        sys.exit(f"no store at {args.db}: run with --build (and --source)")
    got = measure(args.db, args.repeat)
    print(f"search p99: {got['search_p99']:.1f} ms (CLI), {got['api_p99']:.1f} ms (API page); CPU "
          f"{got['search_p99_cpu']:.1f} ms, {got['api_p99_cpu']:.1f} ms; target <= 50 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
