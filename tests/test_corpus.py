"""The corpus: search, figures over time, stories and exports of a store, read back with each
format's own tool."""
from __future__ import annotations

import csv
import json

import pytest

from veille.corpus.export import ACLED_COLUMNS, export
from veille.corpus.figures import figures, plot
from veille.corpus.search import Filters, fts_query, search
from veille.corpus.stories import build_stories, stories
from veille.errors import BadFilter
from veille.process import ingest
from veille.records import Entity, Place, Quantity, Statement, Time
from veille.schemas import Article
from veille.store import Database

from .conftest import EXAMPLE

ARTICLE_ID = EXAMPLE.stem


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "v.db"
    ingest([str(EXAMPLE)], str(path), progress=False)
    with Database(path) as db:
        yield db


def test_search_is_accent_insensitive_and_combines_filters(store):
    for query in ("Mossoul", "mossoul", "armee irakienne", "ARMÉE", "offens*", '"forces locales"'):
        assert [h.id for h in search(store, query)] == [ARTICLE_ID], query
    assert search(store, "Tombouctou") == []
    hit = search(store, "Dorrian")[0]
    assert "[Dorrian]" in hit.snippet and hit.published == "2016-09" and hit.sources == 1
    keep = [Filters(place="IQ"), Filters(place="Irak"), Filters(place="Mosul"),
            Filters(entity="john dorrian"), Filters(entity="Dorrian"), Filters(bbox="38.8,29.0,48.6,37.4"),
            Filters(since="2016-09-01"),
            Filters(until="2016"), Filters(event_type="MOBILIZE"), Filters(event_type="battles"),
            Filters(category="military_personnel"), Filters(place="IQ", since="2016", until="2016-12")]
    for f in keep:
        assert [h.id for h in search(store, "offensive", f)] == [ARTICLE_ID], f
    drop = [Filters(place="FR"), Filters(place="Paris"), Filters(entity="Macron"), Filters(bbox="-5,42,8,51"),
            Filters(since="2016-10"), Filters(until="2016-08-31"), Filters(event_type="PROTEST"),
            Filters(category="refugees")]
    for f in drop:
        assert search(store, "offensive", f) == [], f
    assert [h.id for h in search(store, "", Filters(place="IQ"))] == [ARTICLE_ID]


def test_search_explains_bad_filters(store):
    for f in (Filters(since="septembre"), Filters(bbox="1,2,3"), Filters(bbox="0,50,10,40"),
              Filters(place="Nulle-Part-sur-Mer")):
        with pytest.raises(BadFilter):
            search(store, "offensive", f)
    with pytest.raises(BadFilter):
        search(store, "***")
    assert fts_query('Mossoul "forces locales" offens* OR') == '"Mossoul" "forces locales" "offens"*'


def test_the_reference_figures_are_a_series_of_two_points_with_change_and_source(store):
    series = [s for s in figures(store) if s.category == "military_personnel"
              and s.whose == "United States" and s.where == "Iraq" and not s.addition]
    assert len(series) == 1
    before, after = series[0].points
    assert (before.value, before.approx, before.time_text) == (4000, "about", "il y a une semaine")
    assert (after.value, after.approx) == (4460, "exact")
    assert after.change_from == before.key
    assert before.speaker == after.speaker == "John Dorrian" and before.article == ARTICLE_ID
    assert series[0].contradictions == []
    assert "4460 (aujourd'hui: 2016-09, per John Dorrian" in series[0].describe()


def test_disagreeing_figures_for_one_moment_are_contradictions(tmp_path):
    def article(art_id, number, speaker):
        text = f"{number} soldats américains sont en Irak, selon {speaker}."
        return Article(
            id=art_id, lang="fr", published="2016-09-10", title=None, text=text,
            entities=[Entity("e1", "PER", speaker, [[0, 1]])],
            places=[Place("p1", None, "Irak", [[0, 1]], 99237, 33.3, 44.4, "IQ", "country")],
            quantities=[Quantity.from_dict({"id": "q1", "span": [0, 4], "text": str(number), "value": number,
                         "low": None, "high": None, "approx": "exact", "unit": None,
                         "counted": {"span": [5, 23], "text": "soldats américains",
                                     "category": "military_personnel"},
                         "entity": None, "place": "p1", "time": None, "statement": "s1", "change": None})],
            statements=[Statement.from_dict({"id": "s1", "speaker": "e1", "speaker_text": speaker,
                         "cue": None, "content": {"span": [0, 10], "text": "x"}, "kind": "according_to",
                         "hedged": False,
                         "time": None})])

    with Database(tmp_path / "c.db") as db:
        db.write([article("a", 4460, "John Dorrian"), article("b", 5200, "Ahmed Ali"),
                  article("c", 4460, "Jane Roe")])
        (s,) = figures(db, category="military_personnel")
        assert [p.value for p in s.points] == [4460, 5200, 4460]
        assert len(s.contradictions) == 2  # 5200 against each 4460; the two 4460 agree
        plot(s, str(tmp_path / "s.svg"))
        assert (tmp_path / "s.svg").read_text().startswith("<?xml")


@pytest.mark.parametrize("page", [1, 2, 500])
def test_figures_read_each_point_s_parts_from_its_own_article(tmp_path, monkeypatch, page):
    """Records share their ids across articles (e1, p1, s1, t1): each point keeps its own article's
    speaker, place, hedging and time, however many articles one read of their parts holds."""
    from veille.corpus import figures as module

    monkeypatch.setattr(module, "CONTEXT_PAGE", page)
    cases = {"a": ("Ana Lima", "Gao", "ML", True, "2019-03-02"), "b": ("Bo Chen", "Mopti", "ML", False, None),
             "c": ("Cy Diaz", "Tahoua", "NE", False, "2019-05")}

    def article(art_id, speaker, place, country, hedged, when):
        text = f"12 soldats tués à {place}, selon {speaker}."
        times = [Time.from_dict({"id": "t1", "span": [0, 1], "text": "le 2 mars", "type": "DATE",
                                 "value": when})] if when else []
        return Article(
            id=art_id, lang="fr", published="2019-06-01", title=None, text=text,
            entities=[Entity("e1", "PER", speaker, [[0, 1]])],
            places=[Place("p1", None, place, [[0, 1]], None, None, None, country, "city")],
            times=times,
            quantities=[Quantity.from_dict({"id": "q1", "span": [0, 2], "text": "12", "value": 12,
                         "low": None, "high": None, "approx": "exact", "unit": None,
                         "counted": {"span": [3, 10], "text": "soldats", "category": "killed"},
                         "entity": None, "place": "p1", "time": "t1" if when else None,
                         "statement": "s1", "change": None})],
            statements=[Statement.from_dict({"id": "s1", "speaker": "e1", "speaker_text": speaker,
                         "cue": None, "content": {"span": [0, 10], "text": "x"}, "kind": "according_to",
                         "hedged": hedged, "time": None})])

    with Database(tmp_path / "p.db") as db:
        db.write([article(art_id, *case) for art_id, case in cases.items()])
        points = {p.article: p for s in figures(db, category="killed") for p in s.points}
    expected = {art_id: (who, place, hedged, when) for art_id, (who, place, _, hedged, when) in cases.items()}
    assert {art_id: (p.speaker, p.place, p.hedged, p.time_value) for art_id, p in points.items()} == expected
    assert points["a"].moment == "2019-03-02" and points["b"].moment == "2019-06-01"


def _story_article(art_id, published, title, names, places):
    entities = [Entity(f"e{i}", "PER", n, [[0, 1]]) for i, n in enumerate(names)]
    places = [Place(f"p{i}", None, name, [[0, 1]], gid, 0.0, 0.0, "ML", "city")
              for i, (name, gid) in enumerate(places)]
    return Article(id=art_id, lang="fr", published=published, title=title, text=title, entities=entities,
                   places=places)


def test_articles_about_the_same_events_over_days_form_a_story(tmp_path):
    kidal = ("Kidal", 2455290)
    arts = [
        _story_article("k1", "2020-06-03", "Attaque contre un camp de la Minusma à Kidal",
                       ["Mahamat Saleh Annadif"], [kidal]),
        _story_article("k2", "2020-06-04", "Kidal: la Minusma dénombre ses blessés après l'attaque",
                       ["Mahamat Saleh Annadif"], [kidal]),
        _story_article("k3", "2020-06-06", "Après l'attaque de Kidal, la Minusma renforce son camp",
                       ["Mahamat Saleh Annadif"], [kidal]),
        # same place and actor, months later: another story
        _story_article("k4", "2020-11-20", "Kidal: nouvelle attaque contre la Minusma",
                       ["Mahamat Saleh Annadif"], [kidal]),
    ]
    # filler articles so that the shared names are rare in the store, as in a real corpus
    arts += [_story_article(f"f{i}", f"2020-0{1 + i % 9}-1{i % 10}", f"Dépêche numéro {i} sur autre chose",
                            [f"Personne {i}"], [(f"Ville {i}", 1000 + i)]) for i in range(40)]
    with Database(tmp_path / "s.db") as db:
        db.write(arts)
        assert build_stories(db) >= 1
        found = stories(db)
        assert len(found) == 1
        story = found[0]
        assert [a[0] for a in story.articles] == ["k1", "k2", "k3"]
        assert (story.first, story.last) == ("2020-06-03", "2020-06-06")
        assert story.actors == ["Mahamat Saleh Annadif"] and story.places == ["Kidal"]
        assert stories(db, Filters(since="2021")) == []


def test_exports_read_back_with_their_own_tools(store, tmp_path):
    import pyarrow.parquet as pq

    assert export(store, "jsonl", tmp_path / "a.jsonl") == 1
    (line,) = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    back = json.loads(line)
    assert back["schema"] == "veille.article/1" and back["id"] == ARTICLE_ID
    assert back == store.article(ARTICLE_ID).as_dict()

    n = export(store, "csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(ACLED_COLUMNS) == 31 and tuple(rows[0]) == ACLED_COLUMNS and len(rows) == n >= 1
    for row in rows:
        assert row["country"] == "Iraq" and row["iso"] == "368" and row["event_id_cnty"].startswith("IRQ")
        assert row["region"] == "Middle East"
        assert row["event_type"] and row["year"] == row["event_date"][:4]
        assert float(row["latitude"]) and row["fatalities"].isdigit()

    n = export(store, "geojson", tmp_path / "g.geojson")
    geo = json.loads((tmp_path / "g.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == n
    kinds = {f["properties"]["kind"] for f in geo["features"]}
    assert kinds == {"place", "event"}
    mosul = next(f for f in geo["features"] if f["properties"].get("name") == "Mosul")
    lon, lat = mosul["geometry"]["coordinates"]
    assert 42 < lon < 45 and 35 < lat < 38

    assert export(store, "parquet", tmp_path / "pq") == 1
    tables = {p.stem: pq.read_table(p) for p in (tmp_path / "pq").glob("*.parquet")}
    assert set(tables) == {"articles", "sources", "entities", "places", "times", "quantities", "statements",
                           "events"}
    assert tables["articles"].column("id").to_pylist() == [ARTICLE_ID]
    assert tables["quantities"].num_rows == len(back["quantities"])
    assert "Mosul" in tables["places"].column("name").to_pylist()

    assert export(store, "csv", tmp_path / "none.csv", Filters(place="FR")) == 0
    with pytest.raises(BadFilter):
        export(store, "xlsx", tmp_path / "x.xlsx")


@pytest.mark.parametrize("text, lang, actor1, actor2, interaction", [
    ("Des manifestants ont défilé samedi à Lyon contre la réforme des retraites.", "fr",
     "Protesters (France)", "", 60),
    ("Unidentified gunmen attacked a village near Mopti, killing three civilians.", "en",
     "Unidentified Armed Group (Mali)", "Civilians (Mali)", 37),
])
def test_unnamed_actors_are_named_the_acled_way(analyse_text, text, lang, actor1, actor2, interaction):
    from veille.corpus.export import acled_rows

    (row,) = [r for r in acled_rows(analyse_text(text, lang, "2022-05-05"), {})]
    assert (row["actor1"], row["actor2"], row["interaction"]) == (actor1, actor2, interaction)


def test_reading_events_pauses_the_cycle_collector_and_restores_it():
    import gc

    from veille.corpus.events import collector_paused

    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a read that fails")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()


def test_lines_printed_many_to_a_write_are_each_printed_as_say_prints_one(capsys, monkeypatch):
    from veille.cli import terminal

    lines = ["2020-03-01  Battles", "\x1b]0;title\x07    sources (1): a", "", "last\x00 line"]
    for line in lines:
        terminal.say(line)
    one_by_one = capsys.readouterr().out
    monkeypatch.setattr(terminal, "LINES_PER_WRITE", 3)
    terminal.say_lines(iter(lines))
    assert capsys.readouterr().out == one_by_one == "2020-03-01  Battles\n    sources (1): a\n\nlast line\n"
