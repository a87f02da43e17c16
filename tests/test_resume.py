"""A killed ingest resumes: SIGKILL at random points, run again, every article is stored exactly once."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from veille.process import ingest
from veille.store import Database

WORDS = ("armée police ville village région frontière camp base convoi route pont marché école hôpital "
         "gouvernement ministre président député maire préfet général colonel soldat rebelle milice "
         "manifestant habitant réfugié civil otage journaliste observateur délégation mission accord "
         "trêve attaque embuscade frappe tir explosion incendie arrestation procès enquête rapport "
         "sommet réunion négociation élection vote réforme budget aide secours vivres eau électricité "
         "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir nuit nord sud est ouest centre "
         "côte montagne désert fleuve lac port aéroport gare usine mine champ forêt quartier").split()
PLACES = ("Bamako", "Gao", "Tombouctou", "Niamey", "Kidal", "Mopti", "Ouagadougou", "Agadez", "Dakar",
          "Abidjan", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes")


def synthetic_articles(n: int) -> list[dict]:
    """Distinct French articles: sentences of a verb frame filled with random words and places."""
    rng = random.Random(11)
    articles = []
    for i in range(n):
        sentences = []
        for _ in range(6):
            filler = " ".join(rng.sample(WORDS, 7))
            sentences.append(f"À {rng.choice(PLACES)}, le {rng.choice(WORDS)} a annoncé jeudi "
                             f"{rng.randint(2, 900)} {filler}.")
        articles.append({"id": f"syn-{i}", "lang": "fr", "published": f"2020-06-{1 + i % 28:02d}",
                         "title": f"Dépêche {i}", "text": " ".join(sentences)})
    return articles


def _count(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def _run(src, db, kill_after: int | None) -> int | None:
    env = {**os.environ, "VEILLE_BATCH_SIZE": "2"}
    proc = subprocess.Popen([sys.executable, "-m", "veille.cli", "ingest", str(src), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_after is None:
        return proc.wait(timeout=300)
    deadline = time.monotonic() + 300
    while proc.poll() is None and _count(db) < kill_after and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return None


def _snapshot(db) -> dict:
    with Database(db) as store:
        con = store.con
        per_article = {r[0]: r[1:] for r in con.execute(
            "SELECT a.id, (SELECT count(*) FROM entities e WHERE e.article_id = a.id), "
            "(SELECT count(*) FROM places p WHERE p.article_id = a.id), "
            "(SELECT count(*) FROM records r WHERE r.article_id = a.id), "
            "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id), "
            "(SELECT count(*) FROM fingerprints f WHERE f.article_id = a.id), "
            "(SELECT count(*) FROM lsh_buckets b WHERE b.article_id = a.id) FROM articles a")}
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises if torn
        fts_query = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'annoncé'"
        fts = con.execute(fts_query).fetchone()[0]
        return {"articles": per_article, "fts": fts, "failures": store.stats()["failures"]}


def test_an_ingest_killed_at_random_points_resumes_without_loss_or_duplicates(tmp_path):
    n = 30
    src = tmp_path / "batch.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in synthetic_articles(n)),
                   encoding="utf-8")
    clean = tmp_path / "clean.db"
    counts = ingest([str(src)], str(clean), progress=False)
    assert counts["added"] == n and counts["copies"] == 0
    expected = _snapshot(clean)

    db = tmp_path / "killed.db"
    rng = random.Random()
    left = []
    for _ in range(3):
        _run(src, db, kill_after=min(n - 1, _count(db) + rng.randint(1, 8)))
        left.append(_count(db))
    assert any(0 < k < n for k in left), left  # the kills did cut runs short
    assert _run(src, db, kill_after=None) == 0
    assert _snapshot(db) == expected
    # and a run over a complete store adds nothing
    assert ingest([str(src)], str(db), progress=False)["added"] == 0
