"""Answers a person can act on: search says how many matched, names nothing veille does not know without
saying so, finds a place with the places within it and an actor under all its names; stories, figures
and evaluate say why they have nothing to show. Stores are written from hand-made records (no spaCy)."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from veille.cli import app
from veille.corpus.figures import figures, moment_date, plot
from veille.corpus.search import Filters, fts_query, search, selection
from veille.corpus.stories import build_stories, stories, why_no_story
from veille.errors import BadFilter, BadGoldFile, NothingToPlot
from veille.evaluate import read_gold
from veille.records import Entity, Event, Place, Quantity, Time
from veille.schemas import Article
from veille.store import Database

runner = CliRunner()

DAMASCUS = ("Damas", 170654, 33.51, 36.29, "SY", "city")
DIMASHQ = ("Damas", 167541, 33.49, 36.30, "SY", "admin1")  # the city read as its governorate
MOSUL = ("Mossoul", 99072, 36.34, 43.12, "IQ", "city")
ILE_DE_FRANCE = ("Ile-de-France", 3012874, 48.7, 2.5, "FR", "admin1")


def counted(quantity: dict) -> dict | None:
    """What a test quantity counts, with the span a record needs."""
    return {"span": [0, 1], **quantity["counted"]} if quantity.get("counted") else None


def article(art_id: str, text: str, published: str = "2016-09-08", places=(), entities=(), times=(),
            quantities=(), events=()) -> Article:
    return Article(
        id=art_id, lang="fr", published=published, title=text[:40], text=text,
        entities=[Entity(f"e{i}", "ORG", name, [[0, 1]], wikidata=wikidata)
                  for i, (name, wikidata) in enumerate(entities)],
        places=[Place(f"p{i}", None, name, [[0, 1]], gid, lat, lon, country, feature)
                for i, (name, gid, lat, lon, country, feature) in enumerate(places)],
        times=[Time.from_dict({"span": None, "type": "DATE", "anchor": None, **t}) for t in times],
        quantities=[Quantity.from_dict({"span": [0, 1], "approx": "exact", **q, "counted": counted(q)})
                    for q in quantities],
        events=[Event.from_dict({"trigger": {"span": [0, 1], "text": text[:1]}, "modality": "asserted",
                                 "sentence": [0, len(text)], **e}) for e in events])


def ids(found) -> set[str]:
    return {h.id for h in found}


@pytest.fixture
def store(tmp_path):
    with Database(tmp_path / "v.db") as db:
        yield db


def test_search_counts_every_match_beyond_the_limit(store, tmp_path):
    store.write([article(f"a{i:02d}", f"Offensive sur la ville, dépêche numéro {i}.",
                         f"2016-09-{i % 28 + 1:02d}") for i in range(30)])
    for query in ("offensive", ""):
        hits = search(store, query, limit=20)
        assert (len(hits), hits.total) == (20, 30), query
    hits = search(store, "offensive", limit=50)
    assert (len(hits), hits.total) == (30, 30)
    assert search(store, "Tombouctou").total == 0 and search(store, "Tombouctou") == []
    result = runner.invoke(app, ["search", "offensive", "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 0, result.output
    assert "20 of 30 hits" in result.stderr


@pytest.mark.parametrize("filters, expected", [
    (Filters(since="2020-13"), "--since '2020-13' is not a date"),
    (Filters(until="2016-02-30"), "--until '2016-02-30' is not a date"),
    (Filters(since="2021", until="2020-06"), "after --until"),
    (Filters(event_type="Battle"), "did you mean Battles"),
    (Filters(event_type="assualt"), "did you mean ASSAULT"),
    (Filters(category="militray_personel"), "did you mean military_personnel"),
    (Filters(category="militari"), "did you mean military_personnel"),
    (Filters(place="\udcff"), "not text"),
])
def test_unknown_names_and_impossible_dates_are_refused_with_what_to_give(store, filters, expected):
    with pytest.raises(BadFilter, match=expected.replace("(", r"\(")):
        search(store, "", filters)


def test_operators_stand_only_between_two_terms():
    assert fts_query("a OR OR b") == '"a" OR "b"'
    assert fts_query("NOT a OR") == '"a"'
    assert fts_query("a AND NOT b") == '"a" NOT "b"'
    assert fts_query("a\x00b") == '"a" "b"'


def test_the_command_line_refuses_an_impossible_date_in_one_line(store, tmp_path):
    result = runner.invoke(app, ["search", "--db", str(tmp_path / "v.db"), "--since", "2020-13"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.startswith("veille: bad_filter: --since '2020-13' is not a date: give YYYY")


def test_known_names_are_read_whatever_their_case(store):
    event = {"id": "v1", "type": "MOBILIZE", "acled": {
        "event_type": "Strategic developments", "sub_event_type": "Headquarters or base established"}}
    count = {"id": "q1", "text": "Deux", "value": 2,
             "counted": {"text": "soldats", "category": "military_personnel"}}
    store.write([article("a", "Deux soldats.", events=[event], quantities=[count])])
    for f in (Filters(event_type="mobilize"), Filters(event_type="strategic  DEVELOPMENTS"),
              Filters(category="Military personnel"), Filters(since="2016-09-08T10:00:00")):
        assert ids(search(store, "", f)) == {"a"}, f


def test_an_unknown_place_is_refused_with_close_names(store, gazetteer):
    with pytest.raises(BadFilter, match="no place by that name.*Damascus"):
        search(store, "", Filters(place="Damascsu"))
    with pytest.raises(BadFilter, match="no country has that code"):
        search(store, "", Filters(place="XQ"))


def test_a_place_name_finds_the_region_named_after_it_and_the_places_within(store, gazetteer):
    store.write([article("city", "A Damas, la ville.", places=[DAMASCUS]),
                 article("governorate", "A Damas, le gouvernorat.", places=[DIMASHQ]),
                 article("mosul", "A Mossoul.", places=[MOSUL]),
                 article("idf", "En Ile-de-France.", places=[ILE_DE_FRANCE])])
    for name in ("Damascus", "Damas", "Dimashq"):
        assert ids(search(store, "", Filters(place=name))) == {"city", "governorate"}, name
    # a region finds the towns within it
    assert ids(search(store, "", Filters(place="Nineveh"))) == {"mosul"}
    # a region a city lies in without bearing its name is not the city
    assert ids(search(store, "", Filters(place="Paris"))) == set()
    assert ids(search(store, "", Filters(place="Île-de-France"))) == {"idf"}


def test_an_alias_searches_the_actor_under_all_its_names(store):
    store.write([article("daech", "Daech a revendiqué.", entities=[("Daech", None)]),
                 article("ei", "L'Etat islamique a revendiqué.", entities=[("Etat islamique", "Q2429253")]),
                 article("isis", "ISIS claimed it.", entities=[("ISIS", None)]),
                 article("other", "L'Etat de droit.", entities=[("Etat de droit", None)])])
    answers = {name: ids(search(store, "", Filters(entity=name)))
               for name in ("Daech", "Etat islamique", "état islamique", "Q2429253", "ISIS", "EI")}
    assert all(found == {"daech", "ei", "isis"} for found in answers.values()), answers
    # a name outside the actor table is still found by its words
    assert ids(search(store, "", Filters(entity="droit"))) == {"other"}


def test_stories_say_why_there_is_none(store, tmp_path):
    assert "no article" in why_no_story(store)
    store.write([article("a", "Attaque contre un camp à Kidal.")])
    build_stories(store)
    assert stories(store) == []
    assert why_no_story(store).startswith("1 article, no story")
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 0 and "1 article, no story" in result.stderr, result.output


def test_stories_count_those_beyond_the_limit(store):
    kidal = ("Kidal", 2455290, 18.44, 1.41, "ML", "city")
    gao = ("Gao", 2457163, 16.27, -0.04, "ML", "city")
    arts = []
    for place, day in ((kidal, 3), (gao, 20)):
        arts += [article(f"{place[0]}{i}", f"{place[0]}: attaque, jour {i}.", f"2020-06-{day + i:02d}",
                         places=[place], entities=[(f"Chef de {place[0]}", None)]) for i in range(2)]
    arts += [article(f"f{i}", f"Dépêche {i} sur autre chose.", f"2020-0{1 + i % 5}-1{i % 10}",
                     places=[(f"Ville {i}", 1000 + i, 0.0, 0.0, "ML", "city")]) for i in range(40)]
    store.write(arts)
    build_stories(store)
    found = stories(store, limit=1)
    assert (len(found), found.total) == (1, 2)
    assert "the largest has 2" in why_no_story(store, min_size=3)


def test_figures_plot_a_series_dated_by_weeks_and_refuse_an_undated_one(store, tmp_path):
    def quantity(number, time):
        return {"id": "q1", "text": str(number), "value": number, "low": None, "high": None,
                "approx": "exact", "counted": {"text": "soldats", "category": "military_personnel"},
                "entity": None, "place": None, "time": time, "statement": None, "change": None}

    store.write([article("w", "400 soldats la semaine 3.", published="2016-01",
                         times=[{"id": "t1", "text": "semaine 3", "value": "2016-W03"}],
                         quantities=[quantity(400, "t1")]),
                 article("x", "500 soldats.", published="2016-02-10", quantities=[quantity(500, None)])])
    (series,) = figures(store, category="military_personnel")
    plot(series, str(tmp_path / "s.svg"))
    assert (tmp_path / "s.svg").read_text().startswith("<?xml")
    assert [p.moment for p in series.points] == ["2016-W03", "2016-02-10"]  # a week is a time, not text
    series.points = [p for p in series.points if p.article == "w"]
    series.points[0].moment = "PRESENT_REF"
    with pytest.raises(NothingToPlot):
        plot(series, str(tmp_path / "t.svg"))
    result = runner.invoke(app, ["figures", "--db", str(tmp_path / "v.db"),
                                 "--plot", str(tmp_path / "u.png")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "u.png").read_bytes().startswith(b"\x89PNG")
    with pytest.raises(BadFilter, match="did you mean military_personnel"):
        figures(store, category="military")


def test_moments_become_dates_or_nothing():
    assert moment_date("2016-W03") == date(2016, 1, 18)
    assert moment_date("2016-Q2") == date(2016, 4, 1)
    assert moment_date("2016-09-08T10:00") == date(2016, 9, 8)
    assert moment_date("2016") == date(2016, 1, 1)
    for value in ("2016-13", "2016-02-30", "2016-W60", "PRESENT_REF", "2016-SU", "", None):
        assert moment_date(value) is None, value


@pytest.mark.parametrize("lines, expected", [
    ([], "holds no gold records"),
    ([{"id": "a", "text": "Un texte."}], "holds no gold records"),
    ([{"id": "a", "text": "Un texte.", "scope": ["entity"], "gold": {}}], "'entity' is not a category"),
    ([{"id": "a", "text": "Un texte.", "scope": ["entities"], "gold": {"entities": [{"text": "Un"}]}}],
     "needs a 'type'"),
    ([{"id": "a", "text": "Un texte.", "scope": ["times"], "gold": {"times": [{"text": "x", "value": 3}]}}],
     "must be text"),
])
def test_evaluate_refuses_a_file_without_gold(tmp_path, lines, expected):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with pytest.raises(BadGoldFile, match=expected):
        read_gold(path)
    result = runner.invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 2 and "bad_gold_file" in result.stderr and "Traceback" not in result.output


# -- properties: whatever a person types, an answer or a BadFilter that says what to do ----------------

TEXT = st.text(st.characters(exclude_categories=()), max_size=40)  # surrogates and controls included
PROPERTY = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    with Database(tmp_path_factory.mktemp("prop") / "p.db") as db:
        db.write([article("a", "Offensive sur Mossoul: « les forces locales » avancent.", places=[MOSUL],
                          entities=[("Etat islamique", "Q2429253")]),
                  article("b", "L'armée française à Damas, 4000 soldats.", places=[DAMASCUS])])
        yield db


def _acts(error: BadFilter) -> None:
    """A BadFilter's message says what to give, or what is wrong with what was given."""
    assert error.code == "bad_filter"
    assert any(w in error.message for w in ("give", "type it", "swap", "use plain words")), error.message


@PROPERTY
@given(TEXT)
def test_any_query_is_searched_or_refused_clearly(small_store, text):
    try:
        hits = search(small_store, text)
    except BadFilter as e:
        _acts(e)
        # fts_query always writes valid FTS5: a query is refused only for having no word, or no text
        assert "no word to search for" in e.message or "not text" in e.message, e.message
        return
    assert ids(hits) <= {"a", "b"} and hits.total == len(hits)


@PROPERTY
@given(st.sampled_from(["entity", "place", "bbox", "since", "until", "event_type", "category"]), TEXT)
def test_any_filter_is_read_or_refused_clearly(small_store, gazetteer, name, text):
    filters = Filters(**{name: text})
    try:
        selection(filters)
        hits = search(small_store, "", filters)
    except BadFilter as e:
        _acts(e)
        return
    assert ids(hits) <= {"a", "b"}
