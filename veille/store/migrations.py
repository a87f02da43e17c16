"""Numbered schema migrations: each runs once, in order, inside the opener's immediate transaction."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator

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
    (2, """
    -- every text an article was received as: its own, and each near-duplicate copy with its source
    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT, external_id TEXT, title TEXT, published TEXT,
        similarity REAL NOT NULL,
        added_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX article_sources_article ON article_sources(article_id);
    INSERT INTO article_sources (article_id, content_hash, source, external_id, title, published, similarity)
        SELECT id, content_hash, source, id, title, published, 1.0 FROM articles;
    -- MinHash signatures and their LSH buckets (veille.store.dedup); filled for old articles on open
    CREATE TABLE fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        size INTEGER NOT NULL, signature BLOB NOT NULL
    );
    CREATE TABLE lsh_buckets (
        band INTEGER NOT NULL, bucket INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX lsh_lookup ON lsh_buckets(band, bucket);
    CREATE INDEX lsh_article ON lsh_buckets(article_id);
    -- full text, accent-insensitive, kept in step with articles by triggers
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
    END;
    -- entity names folded (lower case, no accents) for search filters; filled by the store
    ALTER TABLE entities ADD COLUMN folded TEXT;
    CREATE INDEX entities_folded ON entities(folded);
    CREATE INDEX places_country ON places(country);
    CREATE INDEX articles_published ON articles(published);
    -- stories: groups of articles about the same events, rebuilt by veille.corpus.stories
    CREATE TABLE stories (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story INTEGER NOT NULL
    );
    CREATE INDEX stories_story ON stories(story);
    """),
    (3, """
    -- what search filters on, one indexed row per fact of an article: 'event:armed clash',
    -- 'category:killed', 'name:dorrian' (each word of an entity's folded name); filled by the store
    CREATE TABLE article_facts (
        fact TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (fact, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_facts_article ON article_facts(article_id);
    -- SQLite chose this index over the primary key to read one article's records, scanning every
    -- record of the kind; the primary key (article_id, kind, id) serves both
    DROP INDEX records_kind;
    """),
    (4, """
    -- other words that refer to an entity (descriptions, pronouns), as CONTRACT's references, in JSON
    ALTER TABLE entities ADD COLUMN refs TEXT;
    """),
    (5, """
    -- corpus events: one per real happening, merged across the articles that report it
    -- (veille.corpus.events); the id derives from the event's earliest report, not from insertion order
    CREATE TABLE corpus_events (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        date TEXT, country TEXT, geonameid INTEGER, lat REAL, lon REAL,
        background INTEGER NOT NULL, acled INTEGER NOT NULL
    );
    CREATE INDEX corpus_events_date ON corpus_events(date);
    CREATE INDEX corpus_events_country ON corpus_events(country);
    -- each article event reported (one row per event of an article), the corpus event it belongs to, and
    -- what matching reads: its country and the span of days its date allows
    CREATE TABLE corpus_event_sources (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        corpus_event TEXT NOT NULL,
        seq INTEGER NOT NULL,
        country TEXT, first_day TEXT, last_day TEXT,
        body TEXT NOT NULL,
        PRIMARY KEY (article_id, event_id)
    );
    CREATE INDEX corpus_event_sources_event ON corpus_event_sources(corpus_event);
    CREATE INDEX corpus_event_sources_match ON corpus_event_sources(country, first_day);
    -- what event filters read: 'event:battles', 'entity:etat islamique', 'name:etat', 'wikidata:Q2429253'
    CREATE TABLE corpus_event_facts (
        fact TEXT NOT NULL,
        corpus_event TEXT NOT NULL,
        PRIMARY KEY (fact, corpus_event)
    ) WITHOUT ROWID;
    CREATE INDEX corpus_event_facts_event ON corpus_event_facts(corpus_event);
    """),
    (6, """
    -- (each statement may run again on a store that has it: a store set back to an older version)
    -- what search filters select on, by the article's rowid (the full text's key, so that a filter's
    -- articles are a set of integers, met without reading an article): the article facts, and the
    -- countries and gazetteer ids of its places ('country:IQ', 'place:99072'), the folded names and
    -- Wikidata ids of its entities ('entity:john dorrian', 'wikidata:Q2429253'); kept by triggers
    CREATE TABLE IF NOT EXISTS search_keys (
        key TEXT NOT NULL,
        article INTEGER NOT NULL,
        PRIMARY KEY (key, article)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO search_keys SELECT f.fact, a.rowid FROM article_facts f
        JOIN articles a ON a.id = f.article_id;
    INSERT OR IGNORE INTO search_keys SELECT 'country:' || p.country, a.rowid FROM places p
        JOIN articles a ON a.id = p.article_id WHERE p.country IS NOT NULL;
    INSERT OR IGNORE INTO search_keys SELECT 'place:' || p.geonameid, a.rowid FROM places p
        JOIN articles a ON a.id = p.article_id WHERE p.geonameid IS NOT NULL;
    INSERT OR IGNORE INTO search_keys SELECT 'entity:' || e.folded, a.rowid FROM entities e
        JOIN articles a ON a.id = e.article_id WHERE e.folded != '';
    INSERT OR IGNORE INTO search_keys SELECT 'wikidata:' || e.wikidata, a.rowid FROM entities e
        JOIN articles a ON a.id = e.article_id WHERE e.wikidata IS NOT NULL;
    CREATE INDEX IF NOT EXISTS search_keys_article ON search_keys(article);
    CREATE TRIGGER IF NOT EXISTS search_keys_fact AFTER INSERT ON article_facts BEGIN
        INSERT OR IGNORE INTO search_keys SELECT new.fact, rowid FROM articles WHERE id = new.article_id;
    END;
    CREATE TRIGGER IF NOT EXISTS search_keys_place AFTER INSERT ON places BEGIN
        INSERT OR IGNORE INTO search_keys SELECT 'country:' || new.country, rowid FROM articles
            WHERE id = new.article_id AND new.country IS NOT NULL;
        INSERT OR IGNORE INTO search_keys SELECT 'place:' || new.geonameid, rowid FROM articles
            WHERE id = new.article_id AND new.geonameid IS NOT NULL;
    END;
    CREATE TRIGGER IF NOT EXISTS search_keys_entity AFTER INSERT ON entities BEGIN
        INSERT OR IGNORE INTO search_keys SELECT 'entity:' || new.folded, rowid FROM articles
            WHERE id = new.article_id AND new.folded != '';
        INSERT OR IGNORE INTO search_keys SELECT 'wikidata:' || new.wikidata, rowid FROM articles
            WHERE id = new.article_id AND new.wikidata IS NOT NULL;
    END;
    -- names folded after the entity was stored (an older store's, on upgrade)
    CREATE TRIGGER IF NOT EXISTS search_keys_folded AFTER UPDATE OF folded ON entities BEGIN
        INSERT OR IGNORE INTO search_keys SELECT 'entity:' || new.folded, rowid FROM articles
            WHERE id = new.article_id AND new.folded != '';
    END;
    CREATE TRIGGER IF NOT EXISTS search_keys_article_delete AFTER DELETE ON articles BEGIN
        DELETE FROM search_keys WHERE article = old.rowid;
    END;
    -- the box filter reads the articles of the places in it from this index alone; the entities' folded
    -- names with their article (stories, the entities endpoint) replace the index of names alone
    CREATE INDEX IF NOT EXISTS places_lat_lon ON places(lat, lon, article_id) WHERE lat IS NOT NULL;
    CREATE INDEX IF NOT EXISTS entities_folded_article ON entities(folded, article_id);
    DROP INDEX IF EXISTS entities_folded;
    CREATE INDEX IF NOT EXISTS corpus_events_place ON corpus_events(lat, lon) WHERE lat IS NOT NULL;
    """),
]


def statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration, one at a time (a trigger's body and a ';' in a comment
    stay whole): ``executescript`` would commit the transaction that holds the write lock."""
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            lines = (line.strip() for line in statement[:-1].splitlines())
            if any(line and not line.startswith("--") for line in lines):
                yield statement
            statement = ""
    if statement[:-1].strip():
        raise ValueError(f"migration ends in an incomplete statement: {statement[:80]!r}")
