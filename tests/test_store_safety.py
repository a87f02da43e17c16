"""A store is safe to share and hard to misuse: concurrent ingests store the union once, read commands
never write into a file, and anything that is not a veille store gets one coded line, exit 2."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import threading

import pytest
import typer.main
from typer.testing import CliRunner

import veille.store
from veille.cli import app
from veille.schemas import Article
from veille.store import Database, content_hash
from veille.store.migrations import MIGRATIONS, statements

from .test_resume import synthetic_articles

runner = CliRunner()
# every command that takes --db but ingest
READ_COMMANDS = [name for name, command in typer.main.get_command(app).commands.items()
                 if name != "ingest" and any("--db" in p.opts for p in command.params)]


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _foreign_sqlite(path) -> None:
    """An unrelated SQLite file, in the default rollback-journal mode."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('mine, not veille''s')")
    con.commit()
    con.close()


def _args(command: str, db, tmp_path) -> list[str]:
    """The command with --db, and what else it needs to run (an input, an output)."""
    if command == "ingest":
        src = tmp_path / "in.jsonl"
        src.write_text('{"id": "a", "lang": "fr", "text": "Des frappes ont visé Alep jeudi."}\n',
                       encoding="utf-8")
        return ["ingest", str(src), "--db", str(db)]
    if command == "export":
        return ["export", "--db", str(db), "-o", str(tmp_path / "out.jsonl")]
    return [command, "--db", str(db)]


def _one_coded_line(result, codes: set[str]) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    prefix, code, message = lines[0].split(": ", 2)
    assert prefix == "veille" and code in codes and message, lines[0]
    return message


def _store(path, version: int | None = None) -> None:
    """A veille store, at the latest schema version or migrated only up to ``version``."""
    if version is None:
        Database(path).close()
        return
    con = sqlite3.connect(path)
    for number, sql in MIGRATIONS[:version]:
        con.executescript(sql + f";PRAGMA user_version = {number};")
    con.close()


# -- item 7: read commands do not write ------------------------------------------------------------

@pytest.mark.parametrize("command", READ_COMMANDS + ["ingest"])
def test_a_foreign_sqlite_file_is_refused_and_left_byte_identical(command, tmp_path):
    db = tmp_path / "other.db"
    _foreign_sqlite(db)
    before = _digest(db)
    result = runner.invoke(app, _args(command, db, tmp_path))
    message = _one_coded_line(result, {"not_a_store"})
    assert "notes" in message  # says what the file holds instead
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other.db")) == ["other.db"]
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["notes"]
    con.close()


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_bad_db_paths_give_one_coded_line_and_exit_2(command, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 200, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    for db in (tmp_path / "missing" / "x.db", tmp_path / "absent.db", folder, text, "/dev/null"):
        before = _digest(text)
        result = runner.invoke(app, _args(command, db, tmp_path))
        message = _one_coded_line(result, {"store_unavailable", "not_a_store"})
        assert "veille ingest" in message or "--db" in message, message  # says what to do
        assert _digest(text) == before
    assert not (tmp_path / "absent.db").exists() and not (tmp_path / "missing").exists()
    assert not os.path.exists("/dev/null-wal") and not os.path.exists("/dev/null-journal")


def test_ingest_into_a_path_that_cannot_hold_a_store_says_why(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 200, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    for db, code in ((tmp_path / "missing" / "x.db", "store_unavailable"), (folder, "store_unavailable"),
                     ("/dev/null", "store_unavailable"), (text, "not_a_store")):
        before = _digest(text)
        result = runner.invoke(app, _args("ingest", db, tmp_path))
        message = _one_coded_line(result, {code})
        assert "--db" in message, message
        assert _digest(text) == before
    assert not (tmp_path / "missing").exists()
    assert not os.path.exists("/dev/null-wal") and not os.path.exists("/dev/null-journal")


def test_a_bad_db_path_ends_without_a_traceback_in_a_real_process(tmp_path):
    for args in (["stats", "--db", str(tmp_path)], ["ingest", "-", "--db", str(tmp_path / "no" / "x.db")]):
        proc = subprocess.run([sys.executable, "-m", "veille.cli", *args], capture_output=True, text=True,
                              input="", timeout=120)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        assert proc.stderr.startswith("veille: store_unavailable: ") and proc.stderr.count("\n") == 1


def test_read_commands_are_found():
    assert {"stats", "search", "figures", "stories", "export"} <= set(READ_COMMANDS)


def test_reading_a_store_leaves_its_file_unchanged(tmp_path):
    db = tmp_path / "v.db"
    _store(db)
    before = _digest(db)
    for command in READ_COMMANDS:
        if command == "stories":
            continue  # stories rebuilds its derived table: it writes, by design
        if command == "serve":
            continue  # serves until stopped; tests/test_api.py checks its reads leave the file unchanged
        assert runner.invoke(app, _args(command, db, tmp_path)).exit_code == 0
    assert _digest(db) == before


def test_an_older_store_is_read_only_after_ingest_upgrades_it(tmp_path):
    db = tmp_path / "old.db"
    _store(db, version=2)
    before = _digest(db)
    for command in READ_COMMANDS:
        message = _one_coded_line(runner.invoke(app, _args(command, db, tmp_path)), {"store_outdated"})
        assert f"veille ingest --db {db}" in message, message
    assert _digest(db) == before
    upgraded = runner.invoke(app, ["ingest", "--db", str(db)])
    assert upgraded.exit_code == 0, upgraded.output
    with Database.open_readonly(db) as store:
        assert store.version == MIGRATIONS[-1][0]
    assert runner.invoke(app, ["stats", "--db", str(db)]).exit_code == 0


def test_a_newer_store_is_refused_by_every_command(tmp_path):
    db = tmp_path / "new.db"
    _store(db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = _digest(db)
    for command in READ_COMMANDS + ["ingest"]:
        message = _one_coded_line(runner.invoke(app, _args(command, db, tmp_path)), {"store_too_new"})
        assert "99" in message and "upgrade veille" in message, message
    assert _digest(db) == before


def test_ingest_without_inputs_does_not_create_a_store(tmp_path):
    db = tmp_path / "typo.db"
    _one_coded_line(runner.invoke(app, ["ingest", "--db", str(db)]), {"store_unavailable"})
    assert not db.exists()


# -- item 5: two writers at once -------------------------------------------------------------------

class _PauseOnce(list):
    """MIGRATIONS that, the first time they are walked, let another opener run to its end (or block)."""

    def __init__(self, items, other) -> None:
        super().__init__(items)
        self.other = other
        self.fired = False

    def __iter__(self):
        if not self.fired:
            self.fired = True
            self.other.start()
            self.other.join(timeout=2)  # after the fix it blocks until we commit: go on without it
        return super().__iter__()


def _in_thread(target):
    outcome: dict = {}

    def run():
        try:
            outcome["value"] = target()
        except Exception as e:  # noqa: BLE001  (the test reports it)
            outcome["error"] = e

    return threading.Thread(target=run), outcome


def test_two_stores_opening_one_fresh_file_at_once_both_succeed(tmp_path, monkeypatch):
    db = tmp_path / "fresh.db"
    second, outcome = _in_thread(lambda: Database(db).close())
    monkeypatch.setattr(veille.store, "MIGRATIONS", _PauseOnce(MIGRATIONS, second))
    Database(db).close()
    second.join()
    assert "error" not in outcome, outcome
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1][0]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def _article(i: int) -> Article:
    return Article(id=f"art-{i}", lang="fr", published="2020-06-01", title=f"Dépêche {i}",
                   text=synthetic_articles(3)[i]["text"])


class _ConnectionPausingBeforeInsert:
    """A connection that, before its first article insert, lets another writer run to its end (or block)."""

    def __init__(self, con, other) -> None:
        self._con, self.other, self.fired = con, other, False

    def execute(self, sql, *args):
        if not self.fired and sql.lstrip().startswith("INSERT INTO articles "):
            self.fired = True
            self.other.start()
            self.other.join(timeout=2)  # after the fix it blocks until we commit: go on without it
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)

    def __enter__(self):
        return self._con.__enter__()

    def __exit__(self, *exc):
        return self._con.__exit__(*exc)


def test_two_writers_with_overlapping_batches_store_each_text_once(tmp_path):
    db_path = tmp_path / "shared.db"
    first, second = Database(db_path), Database(db_path, any_thread=True)
    a, b, c = (_article(i) for i in range(3))
    other, outcome = _in_thread(lambda: second.write([b, c]))
    first.con = _ConnectionPausingBeforeInsert(first.con, other)
    mine = first.write([b, a])
    other.join()
    assert "error" not in outcome, outcome
    theirs = outcome["value"]
    assert mine.added + theirs.added == 3 and mine.already + theirs.already == 1
    rows = first.con.execute("SELECT content_hash FROM articles").fetchall()
    assert sorted(r[0] for r in rows) == sorted(content_hash(x.text, x.published) for x in (a, b, c))
    assert first.con.execute("SELECT count(*) FROM article_sources").fetchone()[0] == 3
    first.close()
    second.close()


def test_two_ingest_processes_into_one_fresh_store_both_finish_with_the_union(tmp_path):
    articles = synthetic_articles(6)
    left, right = tmp_path / "left.jsonl", tmp_path / "right.jsonl"
    for path, part in ((left, articles[:4]), (right, articles[1:])):
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in part), encoding="utf-8")
    db = tmp_path / "both.db"
    env = {**os.environ, "VEILLE_BATCH_SIZE": "1"}
    procs = [subprocess.Popen([sys.executable, "-m", "veille.cli", "ingest", str(src), "--db", str(db)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for src in (left, right)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    con = sqlite3.connect(db)
    stored = [r[0] for r in con.execute("SELECT content_hash FROM articles")]
    assert sorted(stored) == sorted(content_hash(a["text"], a["published"]) for a in articles)
    assert con.execute("SELECT count(*) FROM article_sources").fetchone()[0] == len(articles)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_migrations_split_into_statements_build_the_schema_executescript_builds():
    """Migrations run one statement at a time inside the lock; a trigger or a ';' in a comment stays whole."""
    whole, split = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for _, sql in MIGRATIONS:
        whole.executescript(sql)
        for statement in statements(sql):
            split.execute(statement)
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    assert split.execute(schema).fetchall() == whole.execute(schema).fetchall()
    assert any(row[0] == "trigger" for row in split.execute(schema))
