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


# -- search: filters read by the articles' rowids, pages chosen before their snippets ----------------------

def _news(art_id: str, published: str | None, text: str, place: tuple | None = None,
          person: tuple | None = None):
    """An article of one sentence, with at most one place (geonameid, name, country, lat, lon) and one
    person (name, Wikidata id), each mentioned by its first word."""
    from veille.records import Entity, Place
    from veille.schemas import Article

    places, entities = [], []
    if place:
        gid, name, country, lat, lon = place
        at = text.index(name)
        places.append(Place(id="p1", entity=None, name=name, mentions=[[at, at + len(name)]], geonameid=gid,
                            lat=lat, lon=lon, country=country, feature="city"))
    if person:
        name, qid = person
        at = text.index(name)
        entities.append(Entity(id="ent1", type="PER", name=name, wikidata=qid,
                               mentions=[[at, at + len(name)]]))
    return Article(id=art_id, lang="fr", published=published, title=f"Titre {art_id}", text=text,
                   entities=entities, places=places)


NEWS = [
    ("a", "2020-03-05", "Emmanuel Macron a reçu les maires à Lyon jeudi pour parler de la grève.",
     (2996944, "Lyon", "FR", 45.749, 4.848), ("Emmanuel Macron", "Q3052772")),
    ("b", "2020-03-20", "La grève continue à Bamako, où les enseignants réclament leurs salaires.",
     (2460596, "Bamako", "ML", 12.609, -7.975), None),
    ("c", "2019", "Une grève des transports a paralysé la ville toute l'année, selon Jean Dupont.",
     None, ("Jean Dupont", None)),
    ("d", None, "Un article sans date sur la grève, qui cite Emmanuel Macron.", None,
     ("Emmanuel Macron", "Q3052772")),
]


def _answers(db) -> dict[str, list[str]]:
    """The ids each filter selects (with the word "grève" and without words), first page of 10."""
    from veille.store import reads
    from veille.store.selection import EntityMatch, Selection

    chosen = {
        "all": Selection(), "country": Selection(country="FR"), "place": Selection(geonameids=(2460596,)),
        "bbox": Selection(bbox=(-10.0, 10.0, 0.0, 20.0)),
        "wikidata": Selection(entity=EntityMatch("Q3052772")),
        "name": Selection(entity=EntityMatch(name="jean dupont", words=("jean", "dupont"))),
        "word": Selection(entity=EntityMatch(name="dupont", words=("dupont",))),
        "actor": Selection(entity=EntityMatch(names=("emmanuel macron",), wikidata="Q3052772")),
        "march": Selection(since="2020-03", until="2020-03"), "since": Selection(since="2019-06"),
        "until": Selection(until="2019-12-31"), "day": Selection(since="2020-03-06"),
    }
    out = {}
    for name, selection in chosen.items():
        for match in ("", '"greve"'):
            rows = reads.search_rows(db, match, selection, 10, 0)
            assert reads.search_total(db, match, selection) == len(rows)
            out[f"{name} {match}"] = [r[0] for r in rows]
    return out


def test_search_filters_select_by_search_keys_and_survive_an_upgrade(tmp_path):
    path = tmp_path / "s.db"
    with Database(path) as db:
        db.write([_news(*n) for n in NEWS])
        found = _answers(db)
    assert found["all "] == ["b", "a", "c", "d"]  # newest first, the undated last
    assert found["country "] == ["a"] and found["place "] == ["b"] and found["bbox "] == ["b"]
    assert found["wikidata "] == ["a", "d"] and found["actor "] == ["a", "d"]
    assert found["name "] == ["c"] and found["word "] == ["c"]
    # dates compare at the article's precision: "2019" is within "since 2019-06" and "until 2019-12-31"
    assert found["march "] == ["b", "a"] and found["since "] == ["b", "a", "c"]
    assert found["until "] == ["c"] and found["day "] == ["b"]
    assert sorted(found['all "greve"']) == ["a", "b", "c", "d"] and found['country "greve"'] == ["a"]
    # a store of the version before the search keys: upgraded on open, it answers the same
    with Database(path) as db:
        for trigger in ("fact", "place", "entity", "folded", "article_delete"):
            db.con.execute(f"DROP TRIGGER search_keys_{trigger}")
        db.con.execute("DROP TABLE search_keys")
        db.con.execute("PRAGMA user_version = 5")
        db.con.commit()
    with Database(path) as db:
        assert db.con.execute("SELECT count(*) FROM search_keys").fetchone()[0] > 0
        assert _answers(db) == found
        # and the keys follow later writes
        db.write([_news("e", "2020-04-01", "Nouvelle grève à Lyon.", (2996944, "Lyon", "FR", 45.749, 4.848))])
        assert _answers(db)["country "] == ["e", "a"]


def test_search_pages_are_the_one_ranking_cut_in_pieces(tmp_path):
    """Each page holds the rows of the whole ranking at its offset, with the snippet of its own row."""
    from veille.store import reads
    from veille.store.selection import Selection

    with Database(tmp_path / "p.db") as db:
        words = ["grève", "grève grève", "grève des grève grève", "la grève", "une grève longue"]
        db.write([_news(f"n{i}", f"2021-01-{i + 1:02d}", f"Texte {i}: {w} à Lyon.",
                        (2996944, "Lyon", "FR", 45.749, 4.848)) for i, w in enumerate(words * 2)])
        for match in ('"greve"', ""):
            whole = reads.search_rows(db, match, Selection(country="FR"), 100, 0)
            pieces = [row for offset in range(len(whole))
                      for row in reads.search_rows(db, match, Selection(country="FR"), 1, offset)]
            assert pieces == whole and len(whole) == 10
        # the best first; texts i and i + 5 score alike (the same words but a digit): ties go by id
        ranked = reads.search_rows(db, '"greve"', Selection(), 10, 0)
        scores = [r[5] for r in ranked]
        assert scores == sorted(scores) and len(set(scores)) == 5
        for better, worse in zip(ranked, ranked[1:]):
            assert better[5] < worse[5] or better[0] < worse[0]
        # each row's snippet is its own text's, with the match marked
        assert all(f"Texte {r[0][1:]}" in r[4] and "\x02grève\x03" in r[4] for r in ranked)


def test_search_counts_up_to_a_bound_and_says_when_more_match(tmp_path, monkeypatch):
    from veille.corpus.search import search
    from veille.store import reads
    from veille.store.selection import Selection

    with Database(tmp_path / "c.db") as db:
        db.write([_news(f"n{i}", f"2021-02-{i + 1:02d}", f"Grève numéro {i} à Lyon.",
                        (2996944, "Lyon", "FR", 45.749, 4.848)) for i in range(7)])
        for match in ('"greve"', ""):
            assert reads.search_count(db, match, Selection(country="FR"), most=5) == (5, True)
            assert reads.search_count(db, match, Selection(country="FR"), most=7) == (7, False)
            assert reads.search_count(db, match, Selection(country="IQ"), most=5) == (0, False)
        rows, total, more = reads.search_page(db, '"greve"', Selection(), 3, 0)
        assert len(rows) == 3 and (total, more) == (7, False)
        monkeypatch.setattr(reads, "COUNT_UP_TO", 4)
        assert reads.search_page(db, '"greve"', Selection(), 3, 0)[1:] == (4, True)
        # a page past the bound counts what it reached; a short page ends the matches
        assert reads.search_page(db, '"greve"', Selection(), 2, 4)[1:] == (6, True)
        assert reads.search_page(db, '"greve"', Selection(), 3, 6)[1:] == (7, False)
        hits = search(db, "grève", limit=2)
        assert (len(hits), hits.total, hits.total_is_lower_bound) == (2, 4, True)
        hits = search(db, "grève", limit=10)
        assert (len(hits), hits.total, hits.total_is_lower_bound) == (7, 7, False)


def test_a_date_range_without_words_counts_alike_by_sets_and_by_probes(tmp_path, monkeypatch):
    """Without words, a date range's articles are looked up one by one in a filter whose set is larger
    than those look-ups, else the filter is read as a set: the same counts either way."""
    from veille.store import reads
    from veille.store.selection import Selection

    lyon = (2996944, "Lyon", "FR", 45.749, 4.848)
    bagdad = (98182, "Bagdad", "IQ", 33.341, 44.401)
    with Database(tmp_path / "d.db") as db:
        db.write([_news(f"n{i}", f"20{19 + i % 3}-0{1 + i % 5}-1{i % 9}",
                        f"Grève numéro {i} à {'Lyon' if i % 4 else 'Bagdad'}.", lyon if i % 4 else bagdad)
                  for i in range(24)])
        selections = [Selection(country="FR", since="2020"), Selection(country="IQ", until="2020-03"),
                      Selection(country="FR", since="2019-02", until="2020-04"),
                      Selection(country="IQ", since="2022")]
        counts = {}
        for weight in (0.0, 1e9):  # every filter probed for each dated article; every filter read as a set
            monkeypatch.setattr(reads, "PROBE_OVER_SET", weight)
            reads._MEMOS.clear()
            counts[weight] = [reads.search_count(db, "", s, most=100) for s in selections]
        expected = [(sum(1 for i in range(24) if (i % 4 != 0) == (s.country == "FR") and (
            not s.since or f"20{19 + i % 3}-0{1 + i % 5}" >= s.since[:7]) and (
            not s.until or f"20{19 + i % 3}-0{1 + i % 5}" <= s.until)), False) for s in selections]
        assert counts[0.0] == counts[1e9] == expected
        assert reads._dated_gathered(db, selections[0]) == Selection(country="FR")  # sets, at 1e9
        monkeypatch.setattr(reads, "PROBE_OVER_SET", 0.0)
        reads._MEMOS.clear()
        assert reads._dated_gathered(db, selections[0]) == Selection()  # probes
        assert reads._dated_gathered(db, Selection(country="FR")) is None  # no date range


def test_search_ties_across_a_page_edge_go_by_id(tmp_path, monkeypatch):
    """Rows that score alike are ordered by id whichever page edge falls among them, however few
    rows past the page the ranking reads first."""
    from veille.store import reads
    from veille.store.selection import Selection

    monkeypatch.setattr(reads, "TIES_READ", 0)
    with Database(tmp_path / "t.db") as db:
        # six copies of one text (they score alike) among texts that score better and worse
        texts = ["grève grève grève"] + ["la grève à Lyon"] * 6 + ["une grève longue à Lyon, dit-on"]
        ids = ["z0", "k5", "b1", "x3", "a4", "m2", "c6", "a7"]
        db.write([_news(i, "2021-03-01", f"{t} ({i})") for i, t in zip(ids, texts)])
        whole = [r[0] for r in reads.search_rows(db, '"greve"', Selection(), 100, 0)]
        assert whole == ["z0", "a4", "b1", "c6", "k5", "m2", "x3", "a7"]
        for size in (1, 2, 3):
            pieces = [r[0] for offset in range(0, 8, size)
                      for r in reads.search_rows(db, '"greve"', Selection(), size, offset)]
            assert pieces == whole, size


def test_filters_looked_up_per_match_select_what_their_sets_do(tmp_path):
    """With words, each filter is looked up for each match instead of read as a set: the same
    articles either way (every article here holds the word)."""
    with Database(tmp_path / "f.db") as db:
        db.write([_news(*n) for n in NEWS])
        found = _answers(db)
    assert sorted(found['all "greve"']) == sorted(found["all "])
    names = {key.split(" ")[0] for key in found}
    assert len(names) == 12
    for name in names:
        assert sorted(found[f'{name} "greve"']) == sorted(found[f"{name} "]), name


def test_newest_first_pages_read_along_the_dates_are_those_of_the_sets(tmp_path, monkeypatch):
    """Without words, a filtered page is sought among the newest articles, each looked up in the
    filters' keys, when those settle it; when the walk ends among articles of the page's last date,
    or finds too few, the page comes from the filters' sets: the same pages either way."""
    from veille.store import reads
    from veille.store.selection import Selection

    lyon = (2996944, "Lyon", "FR", 45.749, 4.848)
    bamako = (2460596, "Bamako", "ML", 12.609, -7.975)
    days = ["2021-05-02", "2021-05-02", "2021-05-01", "2021-05-01", "2021-05-01", "2021-04", "2021", None]
    words = ["enseignants", "cheminots", "infirmiers", "dockers", "pilotes", "postiers", "routiers", "taxis"]
    news = [_news(f"{'qkcxambz'[n % 8]}{n}", day, f"Les {words[n % 8]} en grève ({n}) à "
                  f"{'Lyon' if n % 3 else 'Bamako'} réclament {n * 7 + 3} euros.", lyon if n % 3 else bamako)
            for n, day in enumerate(days * 2)]
    with Database(tmp_path / "w.db") as db:
        db.write(news)
        chosen = [Selection(country="FR"), Selection(country="ML"), Selection(since="2021-05"),
                  Selection(country="FR", until="2021-05-01"), Selection(geonameids=(999,))]
        monkeypatch.setattr(reads, "WALKED", 0)  # every page from the sets
        by_sets = {(n, size, offset): reads.search_rows(db, "", s, size, offset)
                   for n, s in enumerate(chosen) for size in (1, 2, 3, 20) for offset in range(0, 17, size)}
        for walked in (2, 3, 5, 1000):
            monkeypatch.setattr(reads, "WALKED", walked)
            for (n, size, offset), rows in by_sets.items():
                assert reads.search_rows(db, "", chosen[n], size, offset) == rows, (walked, n, size, offset)
        # the walk settles a page of the newest French articles, and declines one whose date runs on
        monkeypatch.setattr(reads, "WALKED", 5)
        assert reads._newest_walked(db, chosen[0], 1, 0) is not None
        assert reads._newest_walked(db, chosen[0], 3, 0) is None
    # newest first, then by id; "2021-05-01" before "2021-04" before "2021", the undated last
    assert [r[0] for r in by_sets[(0, 20, 0)]] == ["k1", "q8", "a4", "c10", "c2", "x11", "m13", "m5", "b14",
                                                   "z7"]


def test_filters_on_keys_and_on_the_row_together_select_with_words_what_they_do_without(tmp_path):
    """With words, the key filters are looked up by the match's rowid and the date and box on the
    article's row: together they select what the same filters select without words."""
    from veille.store import reads
    from veille.store.selection import EntityMatch, Selection

    chosen = [Selection(country="FR", since="2020-03"), Selection(country="FR", until="2019-12-31"),
              Selection(entity=EntityMatch("Q3052772"), until="2020-03-10"),
              Selection(geonameids=(2460596,), bbox=(-10.0, 10.0, 0.0, 20.0)),
              Selection(entity=EntityMatch("Q3052772"), bbox=(0.0, 40.0, 10.0, 50.0), since="2020")]
    with Database(tmp_path / "k.db") as db:
        db.write([_news(*n) for n in NEWS])
        found = [(sorted(r[0] for r in reads.search_rows(db, '"greve"', s, 10, 0)),
                  sorted(r[0] for r in reads.search_rows(db, "", s, 10, 0))) for s in chosen]
    assert [with_words for with_words, _ in found] == [["a"], [], ["a"], ["b"], ["a"]]
    assert all(with_words == without for with_words, without in found)


def test_an_entitys_appearances_read_from_its_newest_articles_page_as_its_every_row(tmp_path, monkeypatch):
    """A page of an entity's appearances, sought among the newest articles naming it, is the page of
    all its rows sorted (newest first, then article and entity ids), whatever the walk's length;
    an article naming it twice gives two rows."""
    from dataclasses import replace

    from veille.records import Entity
    from veille.store import reads

    days = ["2022-01-03", "2022-01-03", "2022-01-02", None, "2022-01", "2021"]
    heard = ["maires", "élus", "juges", "agents", "paysans", "marins"]
    news = [_news(f"{'kbxamz'[n]}{n}", day, f"Jean Dupont parle aux {w} de Lyon ({n}).", None,
                  ("Jean Dupont", None)) for n, (day, w) in enumerate(zip(days, heard))]
    twice = news[2]
    at = twice.text.index("Lyon")
    news[2] = replace(twice, entities=[*twice.entities, Entity("ent2", "PER", "Jean DUPONT",
                                                               mentions=[[at, at + 4]])])
    news.append(_news("q9", "2022-01-04", "Marie Curie parle aux savants.", None, ("Marie Curie", None)))
    with Database(tmp_path / "e.db") as db:
        db.write(news)
        # a key left behind (a name folded again keeps its old key): its article gives no row
        db.con.execute("INSERT INTO search_keys SELECT 'entity:jean dupont', rowid FROM articles "
                       "WHERE id = 'q9'")
        monkeypatch.setattr(reads, "WALKED", 0)
        whole, total = reads.entity_appearances(db, "jean dupont", 100, 0)
        assert total == 7 and [(r[0], r[3]) for r in whole] == [
            ("b1", "ent1"), ("k0", "ent1"), ("x2", "ent1"), ("x2", "ent2"), ("m4", "ent1"), ("z5", "ent1"),
            ("a3", "ent1")]
        for walked in (1, 2, 4, 1000):
            monkeypatch.setattr(reads, "WALKED", walked)
            for size in (1, 2, 3):
                pieces = [r for offset in range(0, 8, size)
                          for r in reads.entity_appearances(db, "jean dupont", size, offset)[0]]
                assert pieces == whole, (walked, size)


def test_an_entity_alone_is_counted_from_its_keys_as_its_articles_are(tmp_path):
    """Without words, an entity filter alone is counted from its search keys (an article holding two
    of its names counts once), up to the bound; with another filter, from the articles."""
    from veille.store import reads
    from veille.store.selection import EntityMatch, Selection

    actor = EntityMatch(names=("emmanuel macron", "macron"), wikidata="Q3052772")
    with Database(tmp_path / "c.db") as db:
        db.write([_news(*n) for n in NEWS])
        assert reads.search_count(db, "", Selection(entity=actor)) == (2, False)
        assert reads.search_count(db, "", Selection(entity=actor), most=1) == (1, True)
        assert reads.search_count(db, "", Selection(entity=actor), most=2) == (2, False)
        word = EntityMatch(name="dupont", words=("dupont",))
        assert reads.search_count(db, "", Selection(entity=word)) == (1, False)
        assert reads.search_count(db, "", Selection(entity=actor, since="2020")) == (1, False)


def test_a_selections_span_of_rowids_holds_its_articles_and_changes_no_answer(tmp_path, monkeypatch):
    """The span of rowids a search with words gives FTS5 (its key filters' first and last articles,
    its dates' from the date index) holds every article the selection keeps, is empty when one of
    its keys is held by none, and answers as a search of every match does: articles stored out of
    their dates' order here."""
    from veille.store import reads
    from veille.store.selection import EntityMatch, Selection, selection_sql

    lyon = (2996944, "Lyon", "FR", 45.749, 4.848)
    bamako = (2460596, "Bamako", "ML", 12.609, -7.975)
    days = ["2021-05-02", "2019", "2021-05", None, "2020-01-15", "2021-05-20", "2018-12-31", "2021"]
    news = [_news(f"n{n}", day, f"Jean Dupont voit la grève ({n}) à {'Lyon' if n % 3 else 'Bamako'}.",
                  lyon if n % 3 else bamako, ("Jean Dupont", None) if n % 5 == 1 else None)
            for n, day in enumerate(days * 3)]
    dupont = EntityMatch(name="jean dupont", words=("jean", "dupont"))
    chosen = [Selection(country="FR"), Selection(country="ML", since="2021-05"), Selection(until="2019-12"),
              Selection(since="2020", until="2021-05-10"), Selection(entity=dupont, since="2021"),
              Selection(geonameids=(2460596, 2996944), until="2020"), Selection(country="IQ"),
              Selection(since="2030"), Selection(facts=("event:attack",))]
    with Database(tmp_path / "r.db") as db:
        db.write(news)
        for s in chosen:
            where, params = selection_sql(s)
            sql = "SELECT a.rowid FROM articles a WHERE " + " AND ".join(where)
            kept = [r for (r,) in db.con.execute(sql, params)]
            # None: any rowid (a date range over more than half the store is not worth its span)
            low, high = reads.rowid_bounds(db, s) or (1, len(news))
            assert (low <= min(kept) and max(kept) <= high) if kept else low > high, s
            if s.since == s.until == "":
                assert (low, high) == ((min(kept), max(kept)) if kept else (1, 0)), s
        # a narrow range's span is read from the date index; one over most of the store is not
        assert reads.rowid_bounds(db, Selection(until="2018-12-31")) == (7, 23)
        assert reads.rowid_bounds(db, Selection(since="2000")) is None
        pages = {s: [reads.search_page(db, '"greve"', s, size, offset) for size in (2, 5, 30)
                     for offset in (0, 2, 7)] for s in chosen}
        monkeypatch.setattr(reads, "rowid_bounds", lambda db, selection: None)
        for s, found in pages.items():
            assert found == [reads.search_page(db, '"greve"', s, size, offset) for size in (2, 5, 30)
                             for offset in (0, 2, 7)], s
    assert pages[Selection(country="FR")][-1][1:] == (16, False)
    assert pages[Selection(country="IQ")][0] == ([], 0, False)


def test_what_a_search_remembers_of_the_store_follows_its_writes(tmp_path):
    """A search's span of rowids and its count, kept for the page and its total, are read again once
    the store changes: by the connection itself, or by another while a reader holds them."""
    from veille.store import reads
    from veille.store.selection import Selection

    lyon = (2996944, "Lyon", "FR", 45.749, 4.848)
    path = tmp_path / "m.db"
    french = Selection(country="FR", since="2021")

    def strike(n: int):
        return _news(f"g{n}", "2021-06-01", f"Grève ({n}) à Lyon.", lyon)

    with Database(path) as db:
        db.write([strike(n) for n in range(3)])
        assert reads.search_page(db, '"greve"', french, 2, 0)[1:] == (3, False)
        db.write([strike(n) for n in range(3, 5)])
        assert reads.search_page(db, '"greve"', french, 2, 0)[1:] == (5, False)
    with Database.open_readonly(path) as reader:
        assert reads.search_page(reader, '"greve"', french, 2, 0)[1:] == (5, False)
        before = reads.rowid_bounds(reader, french)
        with Database(path) as writer:
            writer.write([strike(5)])
        assert reads.search_page(reader, '"greve"', french, 2, 0)[1:] == (6, False)
        assert reads.rowid_bounds(reader, french) == (before[0], before[1] + 1)


def test_filters_kept_by_most_matches_are_looked_up_after_the_ranking_with_the_same_pages(tmp_path,
                                                                                          monkeypatch):
    """When the first matches say that the filters keep most of them, every match is ranked first
    and the filters are looked up for the best ones alone: the same pages and totals as the filters
    looked up for every match, and the filters first again when the best ones hold too few."""
    from veille.store import reads
    from veille.store.selection import Selection

    lyon = (2996944, "Lyon", "FR", 45.749, 4.848)
    bamako = (2460596, "Bamako", "ML", 12.609, -7.975)
    # Bamako's strikes are named once in long texts (they rank last), Lyon's up to four times, with ties
    far = "où les enseignants réclament leurs salaires " * 4

    def strike(n: int):
        day = f"2021-07-{n % 28 + 1:02d}"
        if n % 5 == 0:
            return _news(f"{'kbxamz'[n % 6]}{n}", day, f"Grève à Bamako ({n}), {far}.", bamako)
        return _news(f"{'kbxamz'[n % 6]}{n}", day, f"{'Grève, ' * (n % 4 + 1)}à Lyon ({n}).", lyon)

    news = [strike(n) for n in range(40)]
    chosen = [Selection(country="FR"), Selection(country="ML"), Selection(country="FR", since="2021-07-10"),
              Selection(geonameids=(2460596, 2996944))]
    sizes = [(size, offset) for size in (1, 3, 10, 50) for offset in (0, 1, 5, 31)]
    with Database(tmp_path / "d.db") as db:
        db.write(news)
        monkeypatch.setattr(reads, "MOSTLY_KEPT", 2.0)  # the filters first, always
        first = {s: [reads.search_page(db, '"greve"', s, size, offset) for size, offset in sizes]
                 for s in chosen}
        assert reads._kept_share(db, '"greve"', Selection(country="FR"), None) == 32 / 40
        for ties in (0, 64):
            monkeypatch.setattr(reads, "TIES_READ", ties)
            monkeypatch.setattr(reads, "MOSTLY_KEPT", 0.0)  # the ranking first, always
            for s in chosen:
                again = [reads.search_page(db, '"greve"', s, size, offset) for size, offset in sizes]
                assert again == first[s], (ties, s)
        # Bamako's strikes rank last: the best matches hold none, and the filters go first
        monkeypatch.setattr(reads, "TIES_READ", 0)
        assert reads._ranked_then_kept(db, '"greve"', Selection(country="ML"), None, 2) is None
        # Lyon's eight best tie: a page of two among them needs the ranking past them, or every match
        assert reads._ranked_then_kept(db, '"greve"', Selection(country="FR"), None, 2) is None
        monkeypatch.setattr(reads, "TIES_READ", 64)
        assert len(reads._ranked_then_kept(db, '"greve"', Selection(country="FR"), None, 2)) == 32
    assert first[Selection(country="ML")][0][1:] == (8, False)
    whole = sizes.index((50, 0))
    assert len(first[Selection(country="ML")][whole][0]) == 8
    assert first[Selection(country="FR")][whole][1:] == (32, False)


def test_a_box_alone_pages_and_counts_from_its_places_as_from_its_set(tmp_path, monkeypatch):
    """Without words, a box is looked up among each walked article's own places, and a box alone is
    counted from the places' coordinates: the same pages and counts as the set of the box's articles,
    a box across the antimeridian included."""
    from veille.store import reads
    from veille.store.selection import Selection

    towns = [(2996944, "Lyon", "FR", 45.749, 4.848), (2460596, "Bamako", "ML", 12.609, -7.975),
             (2193733, "Auckland", "NZ", -36.848, 174.763), (4030723, "Rikitea", "PF", -23.123, -134.969)]
    news = [_news(f"{'qkcxambz'[n % 8]}{n}", f"2021-0{n % 3 + 1}-{n % 9 + 1:02d}",
                  f"Grève ({n}) à {towns[n % 4][1]}.", towns[n % 4]) for n in range(24)]
    boxes = [Selection(bbox=(-10.0, 10.0, 0.0, 20.0)), Selection(bbox=(170.0, -40.0, -130.0, -20.0)),
             Selection(bbox=(0.0, 40.0, 10.0, 50.0), since="2021-02"), Selection(bbox=(20.0, 0.0, 30.0, 5.0))]
    with Database(tmp_path / "b.db") as db:
        db.write(news)
        monkeypatch.setattr(reads, "WALKED", 0)  # every page from the sets
        by_sets = {(n, size, offset): reads.search_rows(db, "", s, size, offset)
                   for n, s in enumerate(boxes) for size in (1, 4, 20) for offset in (0, 3, 11)}
        for walked in (4, 1000):
            monkeypatch.setattr(reads, "WALKED", walked)
            for (n, size, offset), rows in by_sets.items():
                assert reads.search_rows(db, "", boxes[n], size, offset) == rows, (walked, n, size, offset)
        counted = [reads.search_count(db, "", s, most=4) for s in boxes]
        monkeypatch.setattr(reads, "box_articles", lambda bbox: ("SELECT NULL AS article_id WHERE 0", []))
        assert counted[:2] != [reads.search_count(db, "", s, most=4) for s in boxes[:2]]
    assert counted == [(4, True), (4, True), (4, False), (0, False)]
    assert len(by_sets[(0, 20, 0)]) == 6 and len(by_sets[(1, 20, 0)]) == 12


def test_filters_read_as_sets_or_looked_up_per_match_select_the_same(tmp_path, monkeypatch):
    """With words, a filter on keys whose articles are fewer than its look-ups would be is read as a
    set of articles (an actor's many names, a rare country), the others looked up for each match:
    the same pages and totals whichever way each goes."""
    from veille.store import reads
    from veille.store.selection import EntityMatch, Selection

    lyon = (2996944, "Lyon", "FR", 45.749, 4.848)
    bamako = (2460596, "Bamako", "ML", 12.609, -7.975)
    def town(n: int) -> tuple:
        return bamako if n % 7 == 0 else lyon

    news = [_news(f"{'kbxamz'[n % 6]}{n}", f"2021-08-{n % 28 + 1:02d}",
                  f"Jean Dupont voit la grève ({n}) à {town(n)[1]}{', grève' * (n % 3)}.", town(n),
                  ("Jean Dupont", "Q99") if n % 4 == 0 else None)
            for n in range(30)]
    actor = EntityMatch(names=("jean dupont", "dupont", "j. dupont"), wikidata="Q99")
    chosen = [Selection(entity=actor), Selection(country="ML"), Selection(entity=actor, country="FR"),
              Selection(geonameids=(2460596,), since="2021-08-05"),
              Selection(entity=EntityMatch(name="jean dupont", words=("jean", "dupont")), country="ML")]
    sizes = [(size, offset) for size in (2, 5, 40) for offset in (0, 3)]
    with Database(tmp_path / "g.db") as db:
        db.write(news)
        found = {}
        for factor in (0.0, 1e9):
            monkeypatch.setattr(reads, "PROBE_OVER_SET", factor)
            reads._MEMOS.clear()
            gathered = [reads._gathered(db, '"greve"', s, None) for s in chosen]
            # none read as sets, or every filter on keys
            left = [reads._without(s, g) for g, s in zip(gathered, chosen)]
            assert left == (chosen if not factor else [Selection(since=s.since) for s in chosen])
            found[factor] = [reads.search_page(db, '"greve"', s, size, offset) for s in chosen
                             for size, offset in sizes]
    assert found[0.0] == found[1e9]
    assert found[0.0][0][1:] == (8, False) and found[0.0][len(sizes)][1:] == (5, False)


def test_a_box_with_words_looked_up_per_match_or_read_as_a_set_selects_the_same(tmp_path, monkeypatch):
    """With words, a box that holds many places is looked up among each match's own places, else
    read as the set of its articles: the same pages and totals either way."""
    from veille.store import reads
    from veille.store.selection import Selection

    towns = [(2996944, "Lyon", "FR", 45.749, 4.848), (2460596, "Bamako", "ML", 12.609, -7.975),
             (2193733, "Auckland", "NZ", -36.848, 174.763), (4030723, "Rikitea", "PF", -23.123, -134.969)]
    news = [_news(f"{'qkcxambz'[n % 8]}{n}", f"2021-0{n % 3 + 1}-{n % 9 + 1:02d}",
                  f"{'Grève, ' * (n % 3 + 1)}({n}) à {towns[n % 4][1]}.", towns[n % 4]) for n in range(24)]
    boxes = [Selection(bbox=(-10.0, 10.0, 0.0, 20.0)), Selection(bbox=(170.0, -40.0, -130.0, -20.0)),
             Selection(bbox=(0.0, 40.0, 10.0, 50.0), since="2021-02", country="FR"),
             Selection(bbox=(20.0, 0.0, 30.0, 5.0))]
    with Database(tmp_path / "w.db") as db:
        db.write(news)
        found = {}
        for factor in (0, 10**6):  # every box looked up per match; every box read as a set
            monkeypatch.setattr(reads, "BOX_PROBE_OVER_SET", factor)
            reads._MEMOS.clear()
            # (the last box holds no place: there is nothing to look up)
            per_match = [reads._box_per_match(db, '"greve"', s, None) for s in boxes]
            assert per_match == [factor == 0] * 3 + [False]
            found[factor] = [reads.search_page(db, '"greve"', s, size, offset) for s in boxes
                             for size, offset in ((2, 0), (4, 3), (30, 0))]
    assert found[0] == found[10**6]
    assert [page[1] for page in found[0][2::3]] == [6, 12, 4, 0]


def test_the_count_of_events_is_kept_until_the_store_changes(tmp_path):
    from veille.store import reads
    from veille.store.selection import Selection

    from .test_corpus_events import ATTACK, BAMAKO, LYON, MOPTI, article, store

    def attack(art_id, published, place):
        return article(art_id, published, [{"type": ATTACK, "place": place, "day": published}])

    with store(tmp_path, [attack("a", "2022-05-08", MOPTI)]) as db, \
            Database.open_readonly(tmp_path / "v.db") as reader:
        assert reads.events_total(db, Selection(), False) == 1
        assert reads.events_total(reader, Selection(), False) == 1
        db.write([attack("b", "2022-06-08", BAMAKO)])  # this connection's own change
        assert reads.events_total(db, Selection(), False) == 2
        assert reads.events_total(reader, Selection(), False) == 2  # another's commit
        db.write([attack("c", "2022-07-08", LYON)])
        assert reads.events_total(reader, Selection(country="FR"), False) == 1
        assert reads.events_total(reader, Selection(), False) == 3
