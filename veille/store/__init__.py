"""SQLite store: articles and every record, idempotent by content hash, with numbered migrations.

Only a writer that may create (``Database.create_or_open``: ``veille ingest``, the Python API) creates or
migrates a store; readers open it read-only and refuse anything that is not a veille store of this version.
Writes are ``BEGIN IMMEDIATE`` transactions, so two ingests into one file wait for each other and store
the union once.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from ..errors import NotAStore, StoreOutdated, StoreTooNew, StoreUnavailable
from ..records import CorpusEvent, CorpusEvents
from ..schemas import Article, Input
from . import events as event_tables
from . import merge, reads
from .dedup import Fingerprint, fold, name_words
from .migrations import MIGRATIONS, statements
from .selection import Selection, selection_sql

# seconds a writer waits for another one (a batch takes well under a second) before giving up
BUSY_TIMEOUT = 60
# the tables of migration 1: a database without them is another program's
CORE_TABLES = {"articles", "entities", "places", "records", "failures"}
MODES = ("create", "write", "read")

RECORD_KINDS = ("times", "quantities", "statements", "events")
# how much of a store a reader maps into memory (SQLite caps it at its own limit, 2 GiB by default)
READ_MMAP_BYTES = 1 << 34
# a reader's page cache, KiB (what is not mapped)
READ_CACHE_KIB = 32768


def content_hash(text: str, published: str | None) -> str:
    """The article's identity in the store: its text and its date."""
    h = hashlib.sha256()
    for part in (text, published or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class WriteCounts(NamedTuple):
    """What ``Database.write`` did with a batch."""

    added: int
    copies: int  # near-duplicates stored as sources of an article
    failed: int
    already: int  # texts already stored (received twice)


def article_facts(a: Article) -> set[str]:
    """The facts search filters on: event types (PLOVER, ACLED type and sub-type), counted categories,
    and the words of entity names, folded."""
    facts = set()
    for e in a.events:
        if e.type:
            facts.add("event:" + e.type.lower())
        if e.acled:
            facts.add("event:" + e.acled.event_type.lower())
            facts.add("event:" + e.acled.sub_event_type.lower())
    for q in a.quantities:
        if q.counted and q.counted.category:
            facts.add("category:" + q.counted.category)
    for ent in a.entities:
        facts.update("name:" + w for w in name_words(ent.name or ""))
    return facts


class Database:
    """A veille store. ``Database("veille.db")`` creates or migrates it (as ``veille ingest`` does);
    ``Database.open_readonly(path)`` only reads. Every write is one immediate transaction per batch.

    ``mode``: ``"create"`` creates a missing store and migrates an older one; ``"write"`` opens an existing
    store of this version read-write (never creates, migrates or changes its journal); ``"read"`` opens it
    read-only (SQLite's ``mode=ro``: the file is left byte-identical). Every mode refuses, with a coded
    error, a path that cannot hold a store (``StoreUnavailable``), a file that is not a veille store
    (``NotAStore``) and a store written by a newer veille (``StoreTooNew``). ``"read"`` and ``"write"``
    also refuse an older store (``StoreOutdated``: ``veille ingest --db PATH`` upgrades it) rather than
    read it: a reader must not write, and an older schema lacks tables that search, figures and stories
    read, so its answers would be silently wrong.
    """

    def __init__(self, path: str | Path = "veille.db", any_thread: bool = False, *,
                 mode: str = "create") -> None:
        if mode not in MODES:
            raise ValueError(f"mode is one of {MODES}, not {mode!r}")
        self.path = str(path)
        self.mode = mode
        _check_path(Path(self.path), mode)
        # any_thread: for a reader handed to another thread (the feeder of a worker pool)
        try:
            if mode == "read":
                self.con = sqlite3.connect(Path(self.path).resolve().as_uri() + "?mode=ro", uri=True,
                                           timeout=BUSY_TIMEOUT, check_same_thread=not any_thread)
            else:
                self.con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, check_same_thread=not any_thread)
        except sqlite3.Error as e:
            raise _unavailable(self.path, e) from None
        try:
            self._open()
        except BaseException:
            self.con.close()
            raise

    @classmethod
    def create_or_open(cls, path: str | Path, any_thread: bool = False) -> Database:
        """The store at ``path``, created if missing and migrated if older (what ``veille ingest`` opens)."""
        return cls(path, any_thread, mode="create")

    @classmethod
    def open_readonly(cls, path: str | Path, any_thread: bool = False) -> Database:
        """An existing store of this version, read-only; nothing is ever written to its file."""
        return cls(path, any_thread, mode="read")

    @classmethod
    def open_writable(cls, path: str | Path) -> Database:
        """An existing store of this version, for a command that rewrites a derived table (stories)."""
        return cls(path, mode="write")

    def _open(self) -> None:
        try:
            if self.mode == "read":
                self.version = self._identify()
                # reads map the file instead of copying each page into the connection's cache: a search
                # touches thousands of article rows for their ids
                self.con.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
                self.con.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
            else:
                self.con.execute("PRAGMA foreign_keys = ON")
                if self.mode == "create":
                    self.migrate()
                    self._write_ahead_log()
                else:
                    self.version = self._identify()
                    if not os.access(self.path, os.W_OK):
                        raise StoreUnavailable(f"{self.path} is read-only and this command writes to the "
                                               "store: make the file writable, or give --db a copy")
                self.con.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as e:
            if "not a database" in str(e):
                raise NotAStore(f"{self.path} is not a veille store (not an SQLite database): "
                                "give --db a store made by 'veille ingest', or a new file") from None
            raise _unavailable(self.path, e) from None

    def _write_ahead_log(self) -> None:
        """Switch the store's journal to write-ahead logging, once for all its openers. The switch takes
        the file alone, and SQLite answers "locked" at once, without waiting, while another process that
        opened a new store with this one holds it (migrating, or writing its first articles): retried
        until ``BUSY_TIMEOUT``, as any other wait on the store."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                self.con.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _identify(self, creating: bool = False) -> int:
        """The store's schema version; raises unless the file is a veille store this mode can use.

        ``creating``: an empty database (a new file) is fine and an older one will be migrated."""
        version = self.con.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        latest = MIGRATIONS[-1][0]
        if not tables and version == 0:
            if creating:
                return 0
            raise NotAStore(f"{self.path} is empty, not a veille store: "
                            f"run 'veille ingest PATH --db {self.path}' to fill it")
        if version == 0 or not CORE_TABLES <= tables:
            held = ", ".join(sorted(t for t in tables if not t.startswith("sqlite_"))[:6]) or "no tables"
            raise NotAStore(f"{self.path} is an SQLite database but not a veille store (it holds {held}): "
                            "give --db a store made by 'veille ingest', or a new file")
        if version > latest:
            raise StoreTooNew(f"{self.path} has schema version {version}, newer than this veille's {latest}: "
                              "upgrade veille to use it (pip install -U veille)")
        if version < latest and not creating:
            raise StoreOutdated(f"{self.path} has schema version {version}, older than this veille's "
                                f"{latest}: run 'veille ingest --db {self.path}' once to upgrade it "
                                "(articles are kept), then run this again")
        return version

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction that takes the write lock at once (``BEGIN IMMEDIATE``): what it reads,
        no other writer changes before it commits. Another process's transaction is waited for."""
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise StoreUnavailable(f"{self.path} stayed locked by another process for {BUSY_TIMEOUT} s: "
                                       "run this again when it is done") from None
            raise
        try:
            yield
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    def migrate(self) -> None:
        """Create or upgrade the schema in one immediate transaction: a second opener waits for the
        first, then reads the version it left (so no migration runs twice); a failure leaves the
        store as it was."""
        with self.transaction():
            version = self._identify(creating=True)
            latest = MIGRATIONS[-1][0]
            if version < latest:
                for number, sql in MIGRATIONS:
                    if number > version:
                        for statement in statements(sql):
                            self.con.execute(statement)
                self.con.execute(f"PRAGMA user_version = {latest}")
                if version < 2:
                    self._backfill()
                if version < 3:
                    for (art_id,) in self.con.execute("SELECT id FROM articles").fetchall():
                        self._add_facts(self.article(art_id))
                if version < 5:
                    merge.rebuild(self.con, self.article)
        self.version = latest

    def _backfill(self) -> None:
        """Fill what migration 2 added for articles stored before it: fingerprints, folded names."""
        for art_id, text in self.con.execute(
                "SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM fingerprints)"
        ).fetchall():
            self._add_fingerprint(art_id, Fingerprint.of(text))
        for rowid, name in self.con.execute(
                "SELECT rowid, name FROM entities WHERE folded IS NULL").fetchall():
            self.con.execute("UPDATE entities SET folded = ? WHERE rowid = ?", (fold(name or ""), rowid))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def has(self, text: str, published: str | None) -> bool:
        """Whether this text with this date was already received (stored, or as a copy of a stored one)."""
        row = self.con.execute("SELECT 1 FROM article_sources WHERE content_hash = ?",
                               (content_hash(text, published),)).fetchone()
        return row is not None

    def _add_fingerprint(self, art_id: str, fp: Fingerprint) -> None:
        self.con.execute("INSERT OR REPLACE INTO fingerprints VALUES (?,?,?)", (art_id, fp.size, fp.blob()))
        self.con.executemany("INSERT INTO lsh_buckets VALUES (?,?,?)",
                             [(band, bucket, art_id) for band, bucket in fp.buckets()])

    def _add_facts(self, a: Article) -> None:
        self.con.executemany("INSERT OR IGNORE INTO article_facts VALUES (?, ?)",
                             [(fact, a.id) for fact in sorted(article_facts(a))])

    def find_copy(self, fp: Fingerprint) -> tuple[str, float] | None:
        """The stored article this fingerprint is a near-duplicate of, with their containment."""
        candidates: set[str] = set()
        for band, bucket in fp.buckets():
            candidates.update(r[0] for r in self.con.execute(
                "SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ?", (band, bucket)))
        best = None
        for art_id in sorted(candidates):
            size, blob = self.con.execute(
                "SELECT size, signature FROM fingerprints WHERE article_id = ?", (art_id,)).fetchone()
            other = Fingerprint.from_blob(blob, size)
            if fp.copies(other):
                score = fp.containment(other)
                if best is None or score > best[1]:
                    best = (art_id, round(score, 3))
        return best

    def add_copy(self, item: Input | Article, source: str | None, original: str, similarity: float) -> None:
        """Record a near-duplicate: the original keeps its record, the copy adds a source to it."""
        self.con.execute(
            "INSERT OR IGNORE INTO article_sources (article_id, content_hash, source, external_id, title, "
            "published, similarity) VALUES (?,?,?,?,?,?,?)",
            (original, content_hash(item.text, item.published), source, item.id, item.title,
             item.published, similarity))

    def sources(self, article_id: str) -> list[dict]:
        """Every text this article was received as: itself first, then its near-duplicates."""
        return [dict(zip(("source", "id", "title", "published", "similarity"), r)) for r in self.con.execute(
            "SELECT source, external_id, title, published, similarity FROM article_sources "
            "WHERE article_id = ? ORDER BY similarity DESC, rowid", (article_id,))]

    def write(self, articles: Iterable[Article], sources: dict[str, str] | None = None,
              fingerprints: dict[str, Fingerprint] | None = None) -> WriteCounts:
        """Store analysed articles (and failures); returns what it did with them (``WriteCounts``).

        Re-adding is a no-op; a near-duplicate of a stored article is stored as one more source of it.
        ``fingerprints`` (by content hash) spares computing again those the caller already has.
        """
        added = copies = failed = already = 0
        sources = sources or {}
        stored: list[tuple[Article, str]] = []  # for the corpus events, in the order stored
        # checks and inserts in one immediate transaction: a text another process stored meanwhile is
        # found here and counted as already stored
        with self.transaction():
            for a in articles:
                if a.error:
                    key = content_hash(f"{a.id}\x00{a.text}", a.error.get("code"))
                    self.con.execute(
                        "INSERT OR REPLACE INTO failures (key, article_id, source, code, message) "
                        "VALUES (?,?,?,?,?)",
                        (key, a.id, sources.get(a.id), a.error.get("code"), a.error.get("message")))
                    failed += 1
                    continue
                h = content_hash(a.text, a.published)
                if self.con.execute("SELECT 1 FROM article_sources WHERE content_hash = ?", (h,)).fetchone():
                    already += 1  # the same text twice in one run, or stored by another process
                    continue
                fp = (fingerprints or {}).get(h) or Fingerprint.of(a.text)
                copy_of = self.find_copy(fp)
                if copy_of:
                    self.add_copy(a, sources.get(a.id), *copy_of)
                    self.con.execute("DELETE FROM failures WHERE article_id = ?", (a.id,))
                    copies += 1
                    continue
                art_id = a.id
                if self.con.execute("SELECT 1 FROM articles WHERE id = ?", (art_id,)).fetchone():
                    art_id = f"{a.id}#{h[:8]}"  # same id, different content: keep both
                self.con.execute(
                    "INSERT INTO articles (id, content_hash, lang, published, title, text, source) "
                    "VALUES (?,?,?,?,?,?,?)",
                    (art_id, h, a.lang, a.published, a.title, a.text, sources.get(a.id)))
                self.con.execute(
                    "INSERT INTO article_sources (article_id, content_hash, source, external_id, title, "
                    "published, similarity) VALUES (?,?,?,?,?,?,1.0)",
                    (art_id, h, sources.get(a.id), a.id, a.title, a.published))
                self._add_fingerprint(art_id, fp)
                self.con.executemany(
                    "INSERT INTO entities (article_id, id, type, name, wikidata, mentions, roles, folded, "
                    "refs) VALUES (?,?,?,?,?,?,?,?,?)",
                    [(art_id, e.id, e.type, e.name, e.wikidata, json.dumps(e.mentions),
                      json.dumps(e.roles, ensure_ascii=False), fold(e.name or ""),
                      json.dumps([r.as_dict() for r in e.references])) for e in a.entities])
                self.con.executemany(
                    "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(art_id, p.id, p.entity, p.name, json.dumps(p.mentions), p.geonameid, p.lat, p.lon,
                      p.country, p.feature) for p in a.places])
                for kind in RECORD_KINDS:
                    self.con.executemany(
                        "INSERT INTO records VALUES (?,?,?,?)",
                        [(art_id, kind, r.id, json.dumps(r.as_dict(), ensure_ascii=False))
                         for r in getattr(a, kind)])
                self._add_facts(a)
                self.con.execute("DELETE FROM failures WHERE article_id = ?", (a.id,))
                stored.append((a if art_id == a.id else replace(a, id=art_id), h))
                added += 1
            if stored:
                merge.update(self.con, stored)  # only the corpus events these articles touch
        return WriteCounts(added, copies, failed, already)

    def stats(self) -> dict[str, int]:
        q = self.con.execute
        out = {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "places": q("SELECT count(*) FROM places").fetchone()[0],
        }
        for kind in RECORD_KINDS:
            out[kind] = q("SELECT count(*) FROM records WHERE kind = ?", (kind,)).fetchone()[0]
        out["failures"] = q("SELECT count(*) FROM failures").fetchone()[0]
        return out

    def article(self, article_id: str) -> Article | None:
        row = self.con.execute("SELECT id, lang, published, title, text FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
        if row is None:
            return None
        d = dict(zip(("id", "lang", "published", "title", "text"), row))
        d["entities"] = [
            {"id": r[0], "type": r[1], "name": r[2], "wikidata": r[3], "mentions": json.loads(r[4]),
             "roles": json.loads(r[5]), "references": json.loads(r[6] or "[]")}
            for r in self.con.execute("SELECT id, type, name, wikidata, mentions, roles, refs FROM entities "
                                      "WHERE article_id = ? ORDER BY rowid", (article_id,))]
        d["places"] = [
            {"id": r[0], "entity": r[1], "name": r[2], "mentions": json.loads(r[3]), "geonameid": r[4],
             "lat": r[5], "lon": r[6], "country": r[7], "feature": r[8]}
            for r in self.con.execute("SELECT id, entity, name, mentions, geonameid, lat, lon, country, "
                                      "feature FROM places WHERE article_id = ? ORDER BY rowid",
                                      (article_id,))]
        for kind in RECORD_KINDS:
            d[kind] = [json.loads(r[0]) for r in self.con.execute(
                "SELECT body FROM records WHERE article_id = ? AND kind = ? ORDER BY rowid",
                (article_id, kind))]
        return Article.from_dict(d)

    def failures(self) -> list[dict]:
        return [dict(zip(("article_id", "source", "code", "message"), r)) for r in self.con.execute(
            "SELECT article_id, source, code, message FROM failures ORDER BY failed_at")]

    # -- what the corpus reads (veille.corpus: search, figures, stories, exports) ----------------------

    def events(self, filters=None, include_background: bool = False, acled_only: bool = False
               ) -> CorpusEvents:
        """The corpus events (``CorpusEvent``: one per real happening, merged across articles) that
        ``filters`` select (``veille.corpus.search.Filters``, or a ``Selection``), by date;
        ``.to_frame()`` of the result gives a pandas table. Background events only with
        ``include_background``; only ACLED-coded ones with ``acled_only``. Actors are those the
        extractor named (``veille.corpus.events.corpus_events`` also names the unnamed ones)."""
        chosen = filters.resolve() if hasattr(filters, "resolve") else (filters or Selection())
        return CorpusEvents(CorpusEvent.from_dict(d) for d in
                            event_tables.select(self.con, chosen, include_background, acled_only))

    def rebuild_events(self) -> int:
        """Merge every stored article's events into corpus events again, in the order the articles
        were stored (what ingest did), in one transaction; returns how many corpus events there are."""
        with self.transaction():
            return merge.rebuild(self.con, self.article)

    def article_titles(self, article_ids: list[str]) -> dict[str, str]:
        """id -> title (the id where there is none) of these articles."""
        return {r[0]: r[1] for r in self.con.execute(
            "SELECT id, coalesce(title, id) FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(article_ids)),))}

    def search(self, match: str, selection: Selection, limit: int) -> tuple[list[tuple], int, bool]:
        """The articles matching the FTS5 query ``match`` ("" for any) and ``selection``, best first
        (BM25; newest first without a query), at most ``limit``: rows of (id, title, published, lang,
        snippet with [ ] around matches, score, number of sources), how many match in all (counted up
        to ``reads.COUNT_UP_TO``) and whether more match than that. A query FTS5 cannot read raises
        ``sqlite3.OperationalError``."""
        rows = reads.search_rows(self, match, selection, limit, marks=("[", "]"), snippet_tokens=14,
                                 preview_chars=160)
        total, more = reads.page_total(self, match, selection, rows, limit, 0)
        return rows, total, more

    def article_ids(self, selection: Selection) -> list[str]:
        """The ids of the selected articles, by date then id."""
        where, params = selection_sql(selection)
        sql = "SELECT a.id FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        return [r[0] for r in self.con.execute(sql + " ORDER BY a.published, a.id", params)]

    def counted_quantities(self, selection: Selection, category: str | None = None) -> list[tuple]:
        """(article id, published, quantity as stored) of every quantity with a counted category (or
        of ``category``) in the selected articles, article by article in the order they were found."""
        where, params = selection_sql(selection)
        sql = ("SELECT a.id, a.published, r.body FROM records r JOIN articles a ON a.id = r.article_id "
               "WHERE r.kind = 'quantities' AND json_extract(r.body, '$.counted.category') IS NOT NULL")
        if category:
            sql += " AND json_extract(r.body, '$.counted.category') = ?"
            params = [category, *params]
        sql += "".join(f" AND {w}" for w in where) + " ORDER BY a.id, r.rowid"
        return self.con.execute(sql, params).fetchall()

    def entity_names(self, article_id: str) -> list[tuple]:
        """(id, name, type) of the article's entities."""
        return self.con.execute("SELECT id, name, type FROM entities WHERE article_id = ?",
                                (article_id,)).fetchall()

    def place_names(self, article_id: str) -> list[tuple]:
        """(id, name, country) of the article's places."""
        return self.con.execute("SELECT id, name, country FROM places WHERE article_id = ?",
                                (article_id,)).fetchall()

    def times_and_statements(self, article_id: str) -> list[tuple]:
        """(kind, record as stored) of the article's times and statements."""
        return self.con.execute(
            "SELECT kind, body FROM records WHERE article_id = ? AND kind IN ('times', 'statements')",
            (article_id,)).fetchall()

    def leads(self) -> Iterator[tuple]:
        """(id, title, text) of every article."""
        return self.con.execute("SELECT id, title, text FROM articles")

    def dates(self) -> Iterator[tuple]:
        """(id, published) of every article."""
        return self.con.execute("SELECT id, published FROM articles")

    def folded_entities(self) -> Iterator[tuple]:
        """(article id, folded name, type) of every entity."""
        return self.con.execute("SELECT article_id, folded, type FROM entities")

    def resolved_places(self) -> Iterator[tuple]:
        """(article id, geonameid, country, feature) of every place the gazetteer resolved."""
        return self.con.execute(
            "SELECT article_id, geonameid, country, feature FROM places WHERE geonameid IS NOT NULL")

    def replace_stories(self, members: Iterable[tuple[str, int]]) -> None:
        """Put (article id, story number) ``members`` in place of every story stored, in one transaction."""
        with self.con:
            self.con.execute("DELETE FROM stories")
            self.con.executemany("INSERT INTO stories VALUES (?, ?)", members)

    def story_numbers(self, selection: Selection) -> list[int]:
        """The stories that hold at least one of the selected articles."""
        where, params = selection_sql(selection)
        sql = ("SELECT DISTINCT s.story FROM stories s JOIN articles a ON a.id = s.article_id"
               + (" WHERE " + " AND ".join(where) if where else ""))
        return [r[0] for r in self.con.execute(sql, params)]

    def story_articles(self, story: int) -> list[tuple]:
        """(id, published, title) of a story's articles, by date then id."""
        return self.con.execute(
            "SELECT a.id, a.published, a.title FROM stories s JOIN articles a ON a.id = s.article_id "
            "WHERE s.story = ? ORDER BY a.published, a.id", (story,)).fetchall()

    def main_actors(self, article_ids: list[str]) -> list[str]:
        """The five persons, organisations or groups these articles name most (in the most articles,
        then most often), one name each."""
        marks = ",".join("?" * len(article_ids))
        return [r[0] for r in self.con.execute(
            f"SELECT name FROM entities WHERE article_id IN ({marks}) AND type IN ('PER', 'ORG', 'NORP') "
            "GROUP BY folded ORDER BY count(DISTINCT article_id) DESC, count(*) DESC LIMIT 5", article_ids)]

    def main_places(self, article_ids: list[str]) -> list[str]:
        """The five resolved places these articles name most (in the most articles, then most often)."""
        marks = ",".join("?" * len(article_ids))
        return [r[0] for r in self.con.execute(
            f"SELECT name FROM places WHERE article_id IN ({marks}) AND geonameid IS NOT NULL "
            "GROUP BY geonameid ORDER BY count(DISTINCT article_id) DESC, count(*) DESC LIMIT 5",
            article_ids)]

    def article_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def story_sizes(self) -> list[int]:
        """How many articles each stored story holds."""
        return [n for (n,) in self.con.execute("SELECT count(*) FROM stories GROUP BY story")]


def _check_path(path: Path, mode: str) -> None:
    """Refuse, before SQLite touches it, a path that cannot hold a store (SQLite would write beside a
    device, and fail on a folder with a message that does not say which path)."""
    if path.is_dir():
        raise StoreUnavailable(f"{path} is a folder: give --db a store's file, e.g. {path / 'veille.db'}")
    if path.exists():
        if not path.is_file():
            raise StoreUnavailable(f"{path} is not a regular file (a device, a FIFO or a socket): "
                                   "give --db a store's file")
        return
    if mode != "create":
        raise StoreUnavailable(f"no store at {path}: run 'veille ingest PATH --db {path}' to create one")
    if not path.parent.is_dir():
        raise StoreUnavailable(f"cannot create a store at {path}: folder {path.parent} does not exist; "
                               "create it or give --db another path")


def _unavailable(path: str, e: sqlite3.Error) -> StoreUnavailable:
    return StoreUnavailable(f"cannot open the store {path} ({e}): check the path and its permissions, "
                            "or give --db another file")
