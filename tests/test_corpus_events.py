"""Corpus events: the events of a store's articles that tell one happening become one event, kept up to
date at ingest, filtered as events, exported one row each. Stores built from hand-written records (no
models)."""
from __future__ import annotations

import csv
import json

import pytest

from veille.corpus.events import corpus_events, rebuild
from veille.corpus.export import event_id_cnty, export
from veille.corpus.search import Filters
from veille.records import AcledType, Entity, Event, Place, TextSpan, Time
from veille.schemas import Article
from veille.store import Database
from veille.store.migrations import MIGRATIONS

# real places of the shipped gazetteer: (geonameid, name, country, feature, lat, lon)
LYON = (2996944, "Lyon", "FR", "city", 45.749, 4.848)
VILLEURBANNE = (2968254, "Villeurbanne", "FR", "city", 45.766, 4.88)
MARSEILLE = (2995469, "Marseille", "FR", "city", 43.297, 5.381)
FRANCE = (3017382, "France", "FR", "country", 48.853, 2.349)
MOPTI = (2453348, "Mopti", "ML", "city", 14.484, -4.183)
BAMAKO = (2460596, "Bamako", "ML", "city", 12.609, -7.975)

PROTEST = ("PROTEST", "Protests", "Peaceful protest")
CLASH = ("ASSAULT", "Battles", "Armed clash")
ATTACK = ("ASSAULT", "Violence against civilians", "Attack")


def article(art_id: str, published: str, events: list[dict], title: str | None = None) -> Article:
    """An article whose every event is one sentence of its own, with its place, day and figures."""
    sentences, places, times, records, entities = [], [], [], [], []
    for n, e in enumerate(events, 1):
        told = f"L'événement {n} de l'article {art_id} a eu lieu à {e['place'][1]}."
        sentences.append(e.get("sentence", told))
    text = " ".join(sentences)
    start = 0
    for n, (e, sentence) in enumerate(zip(events, sentences), 1):
        gid, name, country, feature, lat, lon = e["place"]
        places.append(Place(id=f"p{n}", entity=None, name=name, mentions=[[start, start + 1]], geonameid=gid,
                            lat=lat, lon=lon, country=country, feature=feature))
        time_id = None
        if e.get("day"):
            time_id = f"t{n}"
            counted = e.get("counted")  # a day counted from the words ("un mois après"), of no span
            times.append(Time(id=time_id, span=None if counted else [start, start + 3],
                              text=None if counted else "lundi", type="DATE", value=e["day"],
                              anchor="published"))
        agent = None
        if e.get("agent"):
            agent = f"ent{n}"
            entities.append(Entity(id=agent, type="ORG", name=e["agent"], mentions=[[start, start + 2]]))
        plover, event_type, sub = e["type"]
        records.append(Event(
            id=f"e{n}", type=plover, acled=AcledType(event_type, sub, actor1=e.get("actor1")),
            trigger=TextSpan([start, start + 2], sentence[:2]), agent=agent, target=None, place=f"p{n}",
            time=time_id, modality=e.get("modality", "asserted"), fatalities=e.get("fatalities"),
            quantities=[], statement=None, sentence=[start, start + len(sentence)], primary=n == 1,
            time_source="text" if time_id else "published", background=e.get("background", False)))
        start += len(sentence) + 1
    return Article(id=art_id, lang="fr", published=published, title=title or f"Titre {art_id}", text=text,
                   entities=entities, places=places, times=times, events=records)


def store(tmp_path, *batches: list[Article], name: str = "v.db") -> Database:
    db = Database(tmp_path / name)
    for batch in batches:
        db.write(batch)
    return db


def shapes(db: Database, background: bool = True) -> list[dict]:
    return [e.as_dict() for e in corpus_events(db, include_background=background)]


def test_reports_of_one_happening_merge_and_keep_the_latest_figure(tmp_path):
    first = article("a1", "2022-05-08", [{"type": ATTACK, "place": LYON, "day": "2022-05-07",
                                          "fatalities": 2}])
    later = article("a2", "2022-05-10", [{"type": CLASH, "place": VILLEURBANNE, "fatalities": 3}])
    vague = article("a3", "2022-05-09", [{"type": ATTACK, "place": FRANCE, "day": "2022-05-07",
                                          "fatalities": 5}])
    silent = article("a4", "2022-05-11", [{"type": ATTACK, "place": LYON, "day": "2022-05-07",
                                           "fatalities": 0}])
    with store(tmp_path, [first, later, vague, silent]) as db:
        (event,) = db.events()
        assert sorted(s.article for s in event.sources) == ["a1", "a2", "a3", "a4"]
        # no figure given twice: the most recent article's, not a sum, not the largest; a later "none"
        # does not erase it
        assert event.fatalities == 3
        assert event.date == "2022-05-07" and event.precision == 1
        assert event.place.name in ("Lyon", "Villeurbanne")  # a town, not the country
        assert [s.fatalities for s in event.sources] == [2, 5, 3, 0]


def test_reports_that_differ_stay_apart(tmp_path):
    base = {"type": ATTACK, "place": LYON, "day": "2022-05-07"}
    articles = [
        article("same", "2022-05-08", [base]),
        article("type", "2022-05-08", [{**base, "type": PROTEST}]),
        article("far", "2022-05-08", [{**base, "place": MARSEILLE}]),
        article("week", "2022-05-20", [{**base, "day": "2022-05-16"}]),
        article("other-country", "2022-05-08", [{**base, "place": BAMAKO}]),
    ]
    with store(tmp_path, articles) as db:
        assert len(db.events()) == 5
    named = [article("x1", "2022-05-08", [{**base, "actor1": "Military Forces of France"}]),
             article("x2", "2022-05-08", [{**base, "actor1": "Wagner Group"}]),
             article("x3", "2022-05-08", [{**base, "actor1": "Unidentified Armed Group (France)"}])]
    with store(tmp_path, named, name="actors.db") as db:
        groups = sorted(len(e.sources) for e in db.events())
        assert groups == [1, 2]  # two named actors differ; the unidentified one joins one of them


def test_protests_two_days_apart_are_two_but_an_attack_misdated_by_two_is_one(tmp_path):
    friday = article("p1", "2022-05-07", [{"type": PROTEST, "place": LYON, "day": "2022-05-06"}])
    sunday = article("p2", "2022-05-09", [{"type": PROTEST, "place": LYON, "day": "2022-05-08"}])
    saturday = article("p3", "2022-05-08", [{"type": PROTEST, "place": LYON, "day": "2022-05-07"}])
    with store(tmp_path, [friday, sunday]) as db:
        assert len(db.events()) == 2  # a movement marches day after day: each day's march is one
    with store(tmp_path, [friday, saturday], name="next-day.db") as db:
        assert len(db.events()) == 1  # a night from one day to the next, "hier": one day's slack
    attack = [article("a1", "2022-05-07", [{"type": ATTACK, "place": LYON, "day": "2022-05-06"}]),
              article("a2", "2022-05-09", [{"type": ATTACK, "place": LYON, "day": "2022-05-08"}])]
    with store(tmp_path, attack, name="attack.db") as db:
        assert len(db.events()) == 1  # reports misdate an attack by a day or two


def test_incremental_ingest_equals_rebuild_and_ids_are_stable(tmp_path):
    arts = [article(f"a{i}", f"2022-05-{8 + i:02d}",
                    [{"type": ATTACK, "place": LYON if i % 2 else MOPTI, "day": "2022-05-07",
                      "fatalities": i},
                     {"type": PROTEST, "place": BAMAKO, "day": f"2022-{5 + i:02d}-08"}]) for i in range(6)]
    with store(tmp_path, arts[:2], arts[2:3], arts[3:]) as db:
        incremental = shapes(db)
        assert rebuild(db) == len(incremental)
        assert shapes(db) == incremental
    with store(tmp_path, arts, name="once.db") as db:
        assert shapes(db) == incremental
    # another store given the same articles in another order: the same events, the same ids
    with store(tmp_path, list(reversed(arts)), name="reversed.db") as db:
        again = shapes(db)
    assert {e["id"] for e in again} == {e["id"] for e in incremental}
    by_id = {e["id"]: e for e in again}
    for e in incremental:
        assert sorted(s["article"] for s in by_id[e["id"]]["sources"]) == \
            sorted(s["article"] for s in e["sources"])


def test_filters_select_events_not_articles(tmp_path):
    mixed = article("mixed", "2022-05-10", [
        {"type": CLASH, "place": MOPTI, "day": "2022-05-09", "agent": "Katiba Macina"},
        {"type": PROTEST, "place": BAMAKO, "day": "2022-04-30"},
        {"type": PROTEST, "place": LYON, "day": "2022-05-08"}])
    with store(tmp_path, [mixed]) as db:
        def types(**filters):
            return sorted(e.acled.sub_event_type + "@" + e.place.name for e in db.events(Filters(**filters)))

        assert types(event_type="Battles") == ["Armed clash@Mopti"]
        assert types(event_type="protest") == ["Peaceful protest@Bamako", "Peaceful protest@Lyon"]
        assert types(place="ML") == ["Armed clash@Mopti", "Peaceful protest@Bamako"]
        assert types(place="Lyon") == ["Peaceful protest@Lyon"]
        assert types(bbox="-5,13,-3,16") == ["Armed clash@Mopti"]
        assert types(since="2022-05-01") == ["Armed clash@Mopti", "Peaceful protest@Lyon"]
        assert types(until="2022-04") == ["Peaceful protest@Bamako"]
        assert types(entity="Macina") == ["Armed clash@Mopti"]
        assert types(event_type="Battles", place="FR") == []

        out = tmp_path / "battles.csv"
        assert export(db, "csv", out, Filters(event_type="Battles")) == 1
        with open(out, newline="", encoding="utf-8") as f:
            (row,) = list(csv.DictReader(f))
        assert row["event_type"] == "Battles" and row["location"] == "Mopti" and row["country"] == "Mali"
        assert row["source"] == "Titre mixed"
        assert row["notes"] == "L'événement 1 de l'article mixed a eu lieu à Mopti."

        out = tmp_path / "protests.geojson"
        export(db, "geojson", out, Filters(event_type="Protests"))
        features = json.loads(out.read_text(encoding="utf-8"))["features"]
        events = [f["properties"] for f in features if f["properties"]["kind"] == "event"]
        assert sorted(e["place"] for e in events) == ["Bamako", "Lyon"]
        assert [len(e["sources"]) for e in events] == [1, 1]
        assert all(e["sources"][0]["article"] == "mixed" and e["sources"][0]["fatalities"] is None
                   and e["date"] and e["precision"] == 1 for e in events)


def test_csv_has_one_row_per_event_with_stable_ids_and_honest_precision(tmp_path):
    told = article("t1", "2022-05-08", [{"type": ATTACK, "place": MOPTI, "day": "2022-05-07"}])
    retold = article("t2", "2022-05-09", [{"type": ATTACK, "place": MOPTI, "fatalities": 4}])
    undated = article("t3", "2022-06-20", [{"type": PROTEST, "place": BAMAKO}])

    def rows(db_name, batches):
        out = tmp_path / f"{db_name}.csv"
        with store(tmp_path, *batches, name=db_name) as db:
            export(db, "csv", out)
        with open(out, newline="", encoding="utf-8") as f:
            return {r["event_type"]: r for r in csv.DictReader(f)}

    first = rows("one.db", [[told, retold, undated]])
    second = rows("two.db", [[undated], [retold], [told]])
    assert len(first) == 2
    assert {k: r["event_id_cnty"] for k, r in first.items()} == \
        {k: r["event_id_cnty"] for k, r in second.items()}
    attack = first["Violence against civilians"]
    assert attack["event_id_cnty"].startswith("MLI") and attack["fatalities"] == "4"
    assert attack["time_precision"] == "1" and attack["event_date"] == "2022-05-07"
    assert attack["source"] == "Titre t1 | Titre t2"
    protest = first["Protests"]
    assert protest["time_precision"] == "3" and protest["fatalities"] == "0"  # dated by its article only


def test_background_events_are_left_out_unless_asked(tmp_path):
    told = article("b1", "2022-05-08", [
        {"type": ATTACK, "place": MOPTI, "day": "2022-05-07"},
        {"type": ATTACK, "place": BAMAKO, "day": "2022-05-01", "background": True},
        {"type": CLASH, "place": MOPTI, "day": "2012-01-17"}])  # ten years before: background too
    with store(tmp_path, [told]) as db:
        assert [e.place.name for e in db.events()] == ["Mopti"]
        kept = db.events(include_background=True)
        assert len(kept) == 3 and sum(e.background for e in kept) == 2
        out = tmp_path / "e.csv"
        assert export(db, "csv", out) == 1
        assert export(db, "csv", out, include_background=True) == 3


def test_near_duplicate_copies_are_not_counted_twice(tmp_path):
    text_events = [{"type": ATTACK, "place": MOPTI, "day": "2022-05-07", "fatalities": 4,
                    "sentence": "Des hommes armés ont attaqué lundi un marché près de Mopti, tuant quatre "
                                "civils selon des sources locales et sécuritaires de la région."}]
    original = article("o1", "2022-05-08", text_events)
    copy = article("o2", "2022-05-08", text_events, title="Autre titre")
    copy.text += " "
    with store(tmp_path, [original], [copy]) as db:
        (event,) = db.events()
        assert [s.article for s in event.sources] == ["o1"]


def test_events_to_frame_has_one_row_per_event(tmp_path):
    pytest.importorskip("pandas")
    with store(tmp_path, [article("f1", "2022-05-08", [
            {"type": ATTACK, "place": MOPTI, "day": "2022-05-07", "fatalities": 4},
            {"type": PROTEST, "place": LYON}])]) as db:
        frame = db.events().to_frame()
    assert len(frame) == 2
    for column in ("date", "precision", "event_type", "actor1", "place", "lat", "lon", "geonameid",
                   "fatalities", "background", "sources"):
        assert column in frame.columns
    attack = frame[frame.event_type == "Violence against civilians"].iloc[0]
    assert attack.fatalities == 4 and attack.sources == ["f1"] and attack.place == "Mopti"
    assert frame[frame.event_type == "Protests"].fatalities.isna().all()


def test_events_command_lists_and_rebuilds(tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    with store(tmp_path, [article("c1", "2022-05-08", [{"type": CLASH, "place": MOPTI, "day": "2022-05-07"},
                                                       {"type": PROTEST, "place": LYON}])]):
        pass
    db = str(tmp_path / "v.db")
    runner = CliRunner()
    shown = runner.invoke(app, ["events", "--db", db, "--json", "--event-type", "Battles"])
    assert shown.exit_code == 0, shown.output
    (line,) = shown.stdout.splitlines()
    assert json.loads(line)["acled"]["event_type"] == "Battles"
    rebuilt = runner.invoke(app, ["events", "--db", db, "--rebuild"])
    assert rebuilt.exit_code == 0 and "Mopti" in rebuilt.stdout and "Lyon" in rebuilt.stdout
    refused = runner.invoke(app, ["events", "--db", db, "--event-type", "Batles"])
    assert refused.exit_code == 2 and "Battles" in refused.output


def test_event_id_follows_the_country(tmp_path):
    told = article("i1", "2022-05-08", [{"type": CLASH, "place": MOPTI, "day": "2022-05-07"}])
    with store(tmp_path, [told]) as db:
        (event,) = db.events()
    assert event_id_cnty(event).startswith("MLI") and event_id_cnty(event)[3:].isdigit()


def test_denied_planned_and_countryless_events_are_not_acled_rows(tmp_path):
    nowhere = (None, "Union européenne", None, "region", 50.8, 4.4)
    told = article("n1", "2022-05-08", [{"type": ATTACK, "place": MOPTI, "day": "2022-05-07"},
                                        {"type": CLASH, "place": BAMAKO, "day": "2022-05-07",
                                         "modality": "negated"},
                                        {"type": PROTEST, "place": nowhere, "day": "2022-05-07"},
                                        {"type": PROTEST, "place": BAMAKO, "day": "2022-05-10",
                                         "modality": "planned"}])
    with store(tmp_path, [told]) as db:
        assert len(db.events()) == 4  # listed, with their modality and place
        out = tmp_path / "e.csv"
        assert export(db, "csv", out) == 1
        with open(out, newline="", encoding="utf-8") as f:
            assert [r["location"] for r in csv.DictReader(f)] == ["Mopti"]


def test_an_older_store_gets_its_corpus_events_when_upgraded(tmp_path):
    told = article("u1", "2022-05-08", [{"type": CLASH, "place": MOPTI, "day": "2022-05-07"}])
    with store(tmp_path, [told]) as db:
        before = shapes(db)
        for table in ("corpus_events", "corpus_event_sources", "corpus_event_facts"):
            db.con.execute(f"DROP TABLE {table}")
        db.con.execute("PRAGMA user_version = 4")
        db.con.commit()
    with Database(tmp_path / "v.db") as db:  # what 'veille ingest --db' does to an older store
        assert db.version == MIGRATIONS[-1][0] and shapes(db) == before


NIAMEY = (2440485, "Niamey", "NE", "city", 13.51366, 2.1098)
SAY = (2439812, "Say", "NE", "city", 13.1007, 2.3689)
TILLABERI_REGION = (2595293, "Tillabéri", "NE", "admin1", 14.0707, 1.9866)
DOSSO_REGION = (2445486, "Dosso", "NE", "admin1", 12.9483, 3.4012)


@pytest.mark.parametrize("other, merged", [
    (TILLABERI_REGION, True),  # a neighbouring region's point ~63 km away: placed loosely, one happening
    (SAY, False),  # a town ~54 km away in the neighbouring region: two precise places, two happenings
    (DOSSO_REGION, False),  # a region whose point is ~150 km away
])
def test_a_loosely_placed_report_joins_a_town_in_a_neighbouring_region(tmp_path, other, merged):
    base = {"type": ATTACK, "day": "2020-08-09", "fatalities": 8}
    town = article("town", "2020-08-10", [{**base, "place": NIAMEY}])
    loose = article("loose", "2020-08-10", [{**base, "place": other}])
    with store(tmp_path, [town, loose]) as db:
        assert len(db.events()) == (1 if merged else 2)


def test_the_actor_most_reports_give_is_kept_a_named_one_on_a_tie(tmp_path):
    base = {"type": ATTACK, "place": LYON, "day": "2022-05-07"}
    unnamed, named = "Unidentified Armed Group (France)", "Military Forces of France"
    most = [article(f"u{n}", "2022-05-08", [{**base, "actor1": unnamed}]) for n in range(2)]
    misread = article("m", "2022-05-08", [{**base, "actor1": named}])
    with store(tmp_path, [*most, misread]) as db:
        (event,) = db.events()
        assert event.acled.actor1 == unnamed  # one report's misreading does not name the attacker
    with store(tmp_path, [most[0], misread], name="tie.db") as db:
        (event,) = db.events()
        assert event.acled.actor1 == named


def test_the_figure_most_articles_give_is_kept_the_latest_among_equals(tmp_path):
    base = {"type": ATTACK, "place": MOPTI, "day": "2022-05-07"}
    agreed = [article(f"d{n}", "2022-05-08", [{**base, "fatalities": 8}]) for n in range(3)]
    # a later recap counts only some of the dead ("six Français" of eight)
    partial = article("recap", "2022-06-01", [{**base, "fatalities": 6}])
    with store(tmp_path, [*agreed, partial]) as db:
        (event,) = db.events()
        assert len(event.sources) == 4 and event.fatalities == 8
    grown = article("grown", "2022-05-09", [{**base, "fatalities": 10}])
    with store(tmp_path, [agreed[0], grown], name="grown.db") as db:
        (event,) = db.events()
        assert event.fatalities == 10  # one article each: the most recent toll


def test_the_primary_events_place_outweighs_side_mentions(tmp_path):
    """An article's main event is placed where it happened; the others' mentions of it by the city
    where the government speaks count less."""
    attack = {"type": ATTACK, "day": "2022-05-07", "fatalities": 3}
    main = [article(f"m{n}", "2022-05-08", [{**attack, "place": VILLEURBANNE}]) for n in range(2)]
    side = [article(f"s{n}", "2022-05-08", [{"type": PROTEST, "place": BAMAKO, "day": "2022-05-01"},
                                            {**attack, "place": LYON}]) for n in range(3)]
    with store(tmp_path, [*side, *main]) as db:
        (event,) = [e for e in db.events() if e.acled.event_type != "Protests"]
        assert len(event.sources) == 5 and event.place.name == "Villeurbanne"


def test_an_article_counts_its_main_events_toll_not_a_side_mentions(tmp_path):
    """A side mention joined through its vaguer place ("des attaques qui ont fait des centaines de morts" in
    the country) does not outcount the toll of the article's main event."""
    mali = (2453866, "Mali", "ML", "country", 17.0, -4.0)
    attack = {"type": ATTACK, "day": "2022-05-07"}
    told = article("a", "2022-05-08", [{**attack, "place": MOPTI, "fatalities": 6},
                                       {**attack, "place": mali, "fatalities": 100}])
    with store(tmp_path, [told]) as db:
        (event,) = db.events()
        assert len(event.sources) == 2 and event.fatalities == 6


def test_a_toll_told_as_background_is_not_the_news_toll(tmp_path):
    """An older attack of the same town, told as background beside today's ("l'attentat de 2015, 38 morts"),
    may join today's happening through its place; its toll is not today's."""
    news = article("a1", "2022-05-08", [{"type": ATTACK, "place": MOPTI, "day": "2022-05-07"}])
    told = article("a2", "2022-05-08", [{"type": ATTACK, "place": MOPTI, "background": True,
                                         "fatalities": 38}])
    with store(tmp_path, [news, told]) as db:
        (event,) = db.events()
        assert len(event.sources) == 2 and event.fatalities is None


@pytest.mark.parametrize("order", ["news first", "retelling first"])
def test_a_happening_told_again_undated_joins_the_happening_of_its_place(tmp_path, order):
    news = article("a1", "2022-05-08", [{"type": ATTACK, "place": MOPTI, "day": "2022-05-07",
                                         "fatalities": 8}])
    # a month later, the attack told again with no day (past context), and an attack of the day elsewhere
    later = article("a2", "2022-06-09", [
        {"type": ATTACK, "place": BAMAKO, "day": "2022-06-08", "fatalities": 1},
        {"type": ATTACK, "place": MOPTI, "background": True, "fatalities": 8}])
    db = store(tmp_path, *([[news], [later]] if order == "news first" else [[later], [news]]))
    found = shapes(db)
    assert len(found) == 2 and not any(e["background"] for e in found)
    mopti = next(e for e in found if e["place"]["name"] == "Mopti")
    assert sorted(s["article"] for s in mopti["sources"]) == ["a1", "a2"]
    assert (mopti["date"], mopti["precision"], mopti["fatalities"]) == ("2022-05-07", 1, 8)
    # ... but not the happening of another town, nor one of the country a vague report names
    elsewhere = article("a3", "2022-06-09", [{"type": ATTACK, "place": BAMAKO, "background": True}])
    db = store(tmp_path, [news], [elsewhere], name="w.db")
    assert len(shapes(db)) == 2 and len(shapes(db, background=False)) == 1
    national = [article(f"n{n}", day, [{"type": ATTACK, "place": FRANCE, **more}])
                for n, (day, more) in enumerate([("2022-05-08", {"day": "2022-05-07"}),
                                                 ("2022-06-09", {"background": True})])]
    db = store(tmp_path, national, name="x.db")
    assert len(shapes(db)) == 2


def test_a_day_counted_from_the_words_dates_the_report(tmp_path):
    news = article("a1", "2022-05-08", [{"type": ATTACK, "place": MOPTI, "day": "2022-05-07"}])
    # "un mois après l'attaque": the month before the article, a time of no span
    later = article("a2", "2022-06-09", [{"type": ATTACK, "place": MOPTI, "day": "2022-05", "counted": True}])
    db = store(tmp_path, [news], [later])
    assert [len(e["sources"]) for e in shapes(db)] == [2]


def test_an_article_telling_one_happening_twice_at_a_village_gives_one_event(tmp_path):
    # a village the gazetteer lacks, placed near a town: no geonameid, the same name and point
    village = (None, "Kandi-Koura", "ML", "vicinity", 14.35, -4.1)
    told = article("a1", "2022-06-09", [{"type": ATTACK, "place": village, "day": "2022-05", "counted": True},
                                        {"type": ATTACK, "place": village, "day": "2022-05-07",
                                         "fatalities": 8}])
    found = shapes(store(tmp_path, [told]))
    assert len(found) == 1 and found[0]["date"] == "2022-05-07" and found[0]["fatalities"] == 8
    other = (None, "Kandi-Bero", "ML", "vicinity", 14.35, -4.1)
    told = article("a2", "2022-06-09", [{"type": ATTACK, "place": village, "day": "2022-05", "counted": True},
                                        {"type": ATTACK, "place": other, "day": "2022-05-07"}])
    assert len(shapes(store(tmp_path, [told], name="w.db"))) == 2
