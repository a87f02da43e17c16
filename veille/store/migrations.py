"""Numbered schema migrations: each runs once, in order, inside a transaction."""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        lang TEXT, published TEXT, title TEXT, text TEXT NOT NULL, source TEXT,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, type TEXT, name TEXT, wikidata TEXT, mentions TEXT, roles TEXT,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, entity TEXT, name TEXT, mentions TEXT, geonameid INTEGER,
        lat REAL, lon REAL, country TEXT, feature TEXT,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE records (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('times', 'quantities', 'statements', 'events')),
        id TEXT NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (article_id, kind, id)
    );
    CREATE TABLE failures (
        key TEXT PRIMARY KEY, article_id TEXT, source TEXT, code TEXT, message TEXT,
        failed_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX places_geonameid ON places(geonameid);
    CREATE INDEX entities_name ON entities(name);
    CREATE INDEX records_kind ON records(kind);
    """),
]
