"""SQLite store: articles and every record, idempotent by content hash, with numbered migrations."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from ..corpus.dedup import Fingerprint, fold, name_words
from ..schemas import Article, Input
from .migrations import MIGRATIONS

RECORD_KINDS = ("times", "quantities", "statements", "events")


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
        facts.add("event:" + e["type"].lower())
        if e.get("acled"):
            facts.add("event:" + e["acled"]["event_type"].lower())
            facts.add("event:" + e["acled"]["sub_event_type"].lower())
    for q in a.quantities:
        if q.get("counted") and q["counted"].get("category"):
            facts.add("category:" + q["counted"]["category"])
    for ent in a.entities:
        facts.update("name:" + w for w in name_words(ent.name or ""))
    return facts


class Database:
    """A veille store. ``Database("veille.db")``; every write is one transaction per batch."""

    def __init__(self, path: str | Path = "veille.db", any_thread: bool = False) -> None:
        self.path = str(path)
        # any_thread: for a reader handed to another thread (the feeder of a worker pool)
        self.con = sqlite3.connect(self.path, timeout=30, check_same_thread=not any_thread)
        self.con.execute("PRAGMA foreign_keys = ON")
        self.con.execute("PRAGMA journal_mode = WAL")
        self.con.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    def migrate(self) -> None:
        version = self.con.execute("PRAGMA user_version").fetchone()[0]
        for number, sql in MIGRATIONS:
            if number > version:
                with self.con:
                    self.con.executescript("BEGIN;" + sql + f";PRAGMA user_version = {number};COMMIT;")
        if version < 2:
            self._backfill()
        if version < 3:
            with self.con:
                for (art_id,) in self.con.execute("SELECT id FROM articles").fetchall():
                    self._add_facts(self.article(art_id))

    def _backfill(self) -> None:
        """Fill what migration 2 added for articles stored before it: fingerprints, folded names."""
        with self.con:
            for art_id, text in self.con.execute(
                    "SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM fingerprints)"
            ).fetchall():
                self._add_fingerprint(art_id, Fingerprint.of(text))
            for rowid, name in self.con.execute(
                    "SELECT rowid, name FROM entities WHERE folded IS NULL").fetchall():
                self.con.execute("UPDATE entities SET folded = ? WHERE rowid = ?", (fold(name or ""), rowid))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Database":
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
        with self.con:
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
                    already += 1  # the same text twice in one run: the first is stored by now
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
                    "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)",
                    [(art_id, e.id, e.type, e.name, e.wikidata, json.dumps(e.mentions),
                      json.dumps(e.roles, ensure_ascii=False), fold(e.name or "")) for e in a.entities])
                self.con.executemany(
                    "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(art_id, p.id, p.entity, p.name, json.dumps(p.mentions), p.geonameid, p.lat, p.lon,
                      p.country, p.feature) for p in a.places])
                for kind in RECORD_KINDS:
                    self.con.executemany(
                        "INSERT INTO records VALUES (?,?,?,?)",
                        [(art_id, kind, r["id"], json.dumps(r, ensure_ascii=False)) for r in getattr(a, kind)])
                self._add_facts(a)
                self.con.execute("DELETE FROM failures WHERE article_id = ?", (a.id,))
                added += 1
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
             "roles": json.loads(r[5])}
            for r in self.con.execute("SELECT id, type, name, wikidata, mentions, roles FROM entities "
                                      "WHERE article_id = ? ORDER BY rowid", (article_id,))]
        d["places"] = [
            {"id": r[0], "entity": r[1], "name": r[2], "mentions": json.loads(r[3]), "geonameid": r[4],
             "lat": r[5], "lon": r[6], "country": r[7], "feature": r[8]}
            for r in self.con.execute("SELECT id, entity, name, mentions, geonameid, lat, lon, country, feature "
                                      "FROM places WHERE article_id = ? ORDER BY rowid", (article_id,))]
        for kind in RECORD_KINDS:
            d[kind] = [json.loads(r[0]) for r in self.con.execute(
                "SELECT body FROM records WHERE article_id = ? AND kind = ? ORDER BY rowid", (article_id, kind))]
        return Article.from_dict(d)

    def failures(self) -> list[dict]:
        return [dict(zip(("article_id", "source", "code", "message"), r)) for r in self.con.execute(
            "SELECT article_id, source, code, message FROM failures ORDER BY failed_at")]
