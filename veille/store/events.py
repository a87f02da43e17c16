"""The store's SQL for corpus events (migration 5): the article events reported, the corpus events they
form and the facts event filters read. What is the same happening is decided by
``veille.corpus.events``; these functions only read and write, inside the caller's transaction."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from .selection import Selection, event_selection_sql


def clear(con: sqlite3.Connection) -> None:
    """Forget every corpus event (before a rebuild)."""
    for table in ("corpus_event_facts", "corpus_events", "corpus_event_sources"):
        con.execute(f"DELETE FROM {table}")


def next_seq(con: sqlite3.Connection) -> int:
    """The number the next report takes: reports are matched in the order they were stored."""
    return con.execute("SELECT coalesce(max(seq), 0) + 1 FROM corpus_event_sources").fetchone()[0]


def candidates(con: sqlite3.Connection, country: str, first_day: str, last_day: str) -> dict[str, list[dict]]:
    """The corpus events holding a report in ``country`` whose days overlap ``first_day..last_day``,
    each with all its reports in the order they were stored."""
    ids = [r[0] for r in con.execute(
        "SELECT DISTINCT corpus_event FROM corpus_event_sources WHERE country = ? AND first_day <= ? "
        "AND last_day >= ? ORDER BY corpus_event", (country, last_day, first_day))]
    return {cid: reports(con, cid) for cid in ids}


def reports(con: sqlite3.Connection, corpus_event: str) -> list[dict]:
    """A corpus event's reports, in the order they were stored."""
    return [json.loads(body) for (body,) in con.execute(
        "SELECT body FROM corpus_event_sources WHERE corpus_event = ? ORDER BY seq", (corpus_event,))]


def add_report(con: sqlite3.Connection, report: dict, corpus_event: str, seq: int) -> None:
    con.execute("INSERT OR REPLACE INTO corpus_event_sources VALUES (?,?,?,?,?,?,?,?)",
                (report["article"], report["event"], corpus_event, seq, report.get("country"),
                 report.get("first_day"), report.get("last_day"), json.dumps(report, ensure_ascii=False)))


def rename(con: sqlite3.Connection, old: str, new: str) -> None:
    """A corpus event whose earliest report changed takes the id that report gives."""
    con.execute("UPDATE corpus_event_sources SET corpus_event = ? WHERE corpus_event = ?", (new, old))
    drop(con, old)


def drop(con: sqlite3.Connection, corpus_event: str) -> None:
    con.execute("DELETE FROM corpus_events WHERE id = ?", (corpus_event,))
    con.execute("DELETE FROM corpus_event_facts WHERE corpus_event = ?", (corpus_event,))


def put(con: sqlite3.Connection, event: dict, facts: Iterable[str]) -> None:
    """Store a corpus event (CONTRACT form) and its filter facts, in place of any with its id."""
    drop(con, event["id"])
    place = event.get("place") or {}
    con.execute("INSERT INTO corpus_events VALUES (?,?,?,?,?,?,?,?,?)",
                (event["id"], json.dumps(event, ensure_ascii=False), event.get("date"), place.get("country"),
                 place.get("geonameid"), place.get("lat"), place.get("lon"), int(bool(event["background"])),
                 int(event.get("acled") is not None)))
    con.executemany("INSERT OR IGNORE INTO corpus_event_facts VALUES (?, ?)",
                    [(fact, event["id"]) for fact in sorted(set(facts))])


def select(con: sqlite3.Connection, selection: Selection, include_background: bool = False,
           acled_only: bool = False) -> list[dict]:
    """The corpus events ``selection`` selects (CONTRACT form), by date then id; background events only
    with ``include_background``, and only ACLED-coded ones with ``acled_only``."""
    where, params = event_selection_sql(selection, "c")
    if not include_background:
        where.append("c.background = 0")
    if acled_only:
        where.append("c.acled = 1")
    sql = "SELECT c.body FROM corpus_events c" + (" WHERE " + " AND ".join(where) if where else "")
    return [json.loads(body) for (body,) in con.execute(sql + " ORDER BY c.date, c.id", params)]
