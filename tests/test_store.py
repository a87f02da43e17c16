"""The SQLite store: idempotent ingest, recorded failures, stats."""
from __future__ import annotations

import json

from veille.process import ingest
from veille.store import Database

from .conftest import EXAMPLE


def test_store_ingest_twice_is_a_no_op_and_failures_are_recorded(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "de", "text": "Die Streitkräfte bereiten eine Offensive auf Mossul vor, sagte '
                   'ein Sprecher am Donnerstag in Bagdad."}\n{oops\n', encoding="utf-8")
    db = tmp_path / "v.db"
    first = ingest([str(EXAMPLE), str(bad)], str(db), progress=False)
    assert first["added"] == 1 and first["failed"] == 2
    second = ingest([str(EXAMPLE)], str(db), progress=False)
    assert second == {"read": 1, "skipped": 1, "added": 0, "copies": 0, "failed": 0}
    with Database(db) as store:
        stats = store.stats()
        assert set(stats) == {"articles", "entities", "places", "times", "quantities", "statements",
                              "events", "failures"}
        assert stats["articles"] == 1 and stats["failures"] == 2 and stats["places"] == 5
        codes = {f["code"] for f in store.failures()}
        assert codes == {"unsupported_language", "bad_json_line"}
        (article_id,) = [r[0] for r in store.con.execute("SELECT id FROM articles")]
        back = store.article(article_id)
        assert {p.name for p in back.places} >= {"Mosul", "Iraq"}
        assert json.dumps(back.as_dict())  # round-trips to the contract


def test_store_migrations_are_numbered_and_idempotent(tmp_path):
    db = tmp_path / "m.db"
    Database(db).close()
    with Database(db) as store:
        assert store.con.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert store.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_article_read_is_counted_once(tmp_path):
    """The same text twice in one run, a near-duplicate and a new article: read = the sum of the rest."""
    text = EXAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    lines = [{"id": "a", "text": text, "published": "2016-09"},
             {"id": "b", "text": text, "published": "2016-09"},
             {"id": "c", "text": text + "\n\n(AFP) Tous droits réservés.", "published": "2016-09"},
             {"id": "d", "text": "Des manifestants ont défilé samedi à Lyon contre la réforme des retraites, "
                                 "selon la préfecture du Rhône.", "published": "2023-01-21"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    counts = ingest([str(src)], str(tmp_path / "c.db"), progress=False)
    assert counts == {"read": 4, "skipped": 1, "added": 2, "copies": 1, "failed": 0}
