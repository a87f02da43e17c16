"""The HTTP API (``veille serve``): every endpoint, the token, pages, filters and errors, on a store of
articles written by hand (no model is loaded, except by the one test that analyses an article)."""
from __future__ import annotations

import hashlib
import sys
import warnings

import pytest

from veille.records import (
    AcledType,
    Counted,
    Entity,
    Event,
    Place,
    Quantity,
    Statement,
    TextSpan,
    Time,
)
from veille.schemas import Article

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx, not about these tests
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"


def _article(art_id: str, published: str, town: str, dead: int, speaker: str) -> Article:
    """An attack on a town of Mali, told by one speaker, with a toll."""
    title = f"Attaque à {town}"
    text = (f"{title}\n\nUne attaque a tué {dead} civils à {town} mardi, a déclaré {speaker}, "
            f"porte-parole de l'armée. « Nous poursuivons les assaillants », a-t-il dit.")

    def at(words: str) -> list[int]:
        start = text.index(words)
        return [start, start + len(words)]

    sentence = [at("Une attaque")[0], text.index(".", at("Une attaque")[0]) + 1]
    return Article(
        id=art_id, lang="fr", published=published, title=title, text=text,
        entities=[Entity("e1", "GPE", town, [at(town)]),
                  Entity("e2", "PER", speaker, [at(speaker)], roles=["porte-parole"])],
        places=[Place("p1", "e1", town, [at(town)], geonameid=None, lat=14.5, lon=-4.2, country="ML",
                      feature="city")],
        times=[Time("t1", at("mardi"), "mardi", "DATE", published, None)],
        quantities=[Quantity("q1", at(str(dead)), str(dead), float(dead), None, None, "exact", None,
                             Counted(at("civils"), "civils", "killed"), None, "p1", "t1", "s1", None)],
        statements=[Statement("s1", "e2", speaker, TextSpan(at("a déclaré"), "a déclaré"),
                              TextSpan(at(f"Une attaque a tué {dead} civils à {town} mardi"),
                                       f"Une attaque a tué {dead} civils à {town} mardi"), "indirect", False,
                              "t1")],
        events=[Event("v1", "ASSAULT", AcledType("Violence against civilians", "Attack"),
                      TextSpan(at("attaque"), "attaque"), None, None, "p1", "t1", "asserted", dead, ["q1"],
                      "s1", sentence, True)])


ARTICLES = [
    _article("a-gao", "2024-03-05", "Gao", 10, "Jean Dupont"),
    _article("a-gao-2", "2024-03-05", "Gao", 40, "Paul Martin"),
    _article("b-mopti", "2023-11-20", "Mopti", 3, "Jean Dupont"),
]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from veille.store import Database

    path = tmp_path_factory.mktemp("api") / "veille.db"
    with Database.create_or_open(path) as db:
        db.write(ARTICLES)
        db.replace_stories([("a-gao", 1), ("a-gao-2", 1)])
    return path


@pytest.fixture(scope="module")
def client(store):
    from veille.api import create_app

    with TestClient(create_app(store)) as c:
        yield c


@pytest.fixture()
def writer(tmp_path):
    """A client with writes on, over a store of its own."""
    from veille.api import create_app
    from veille.store import Database

    path = tmp_path / "veille.db"
    with Database.create_or_open(path) as db:
        db.write(ARTICLES[:1])
    with TestClient(create_app(path, token=TOKEN, max_body=4096)) as c:
        yield c


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] == code
    assert body["message"]
    return body


# -- reads ------------------------------------------------------------------------------------------

def test_health_and_stats(client):
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["articles"] == 3 and health["writes"] is False
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3 and stats["events"] == 3 and stats["statements"] == 3


def test_search_finds_words_and_marks_the_passage(client):
    page = client.get("/api/articles", params={"q": "Mopti"}).json()
    assert page["total"] == 1 and [h["id"] for h in page["items"]] == ["b-mopti"]
    hit = page["items"][0]
    assert {"text": "Mopti", "match": True} in hit["passage"]
    assert "Mopti" in hit["snippet"] and "\x02" not in hit["snippet"]
    assert hit["places"] == ["Mopti"] and hit["published"] == "2023-11-20"


def test_search_pages_are_stable_and_counted(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    ids = [h["id"] for h in first["items"] + second["items"]]
    assert ids == ["a-gao", "a-gao-2", "b-mopti"]  # newest first, then by id: no overlap, no gap
    assert client.get("/api/articles", params={"q": "attaque", "limit": 1, "offset": 1}).json()["total"] == 3


def test_search_total_past_the_count_is_a_lower_bound(client, monkeypatch):
    from veille.store import reads

    monkeypatch.setattr(reads, "COUNT_UP_TO", 2)
    asked = {"since": "2001", "limit": 1}  # a filter no other test asks, so no total is kept from before
    first = client.get("/api/articles", params=asked).json()
    assert (first["total"], first["total_is_lower_bound"]) == (2, True) and len(first["items"]) == 1
    # a page past the count raises the bound to the rows it reached
    third = client.get("/api/articles", params=asked | {"offset": 2}).json()
    assert (third["total"], third["total_is_lower_bound"]) == (3, True)
    # a page that ends the matches knows the total
    whole = client.get("/api/articles", params=asked | {"limit": 20}).json()
    assert (whole["total"], whole["total_is_lower_bound"]) == (3, False)
    assert client.get("/api/places").json()["total_is_lower_bound"] is False
    schema = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert schema["Page_Hit_"]["properties"]["total_is_lower_bound"]["type"] == "boolean"


@pytest.mark.parametrize("params, expected", [
    ({"since": "2024"}, {"a-gao", "a-gao-2"}),
    ({"until": "2023-12"}, {"b-mopti"}),
    ({"entity": "dupont"}, {"a-gao", "b-mopti"}),
    ({"place": "ML"}, {"a-gao", "a-gao-2", "b-mopti"}),
    ({"place": "FR"}, set()),
    ({"bbox": "-5,14,-4,15"}, {"a-gao", "a-gao-2", "b-mopti"}),
    ({"bbox": "0,0,1,1"}, set()),
    ({"event_type": "assault"}, {"a-gao", "a-gao-2", "b-mopti"}),
    ({"event_type": "Battles"}, set()),
    ({"category": "killed"}, {"a-gao", "a-gao-2", "b-mopti"}),
    ({"q": "Gao", "entity": "Paul Martin"}, {"a-gao-2"}),
])
def test_search_filters(client, params, expected):
    page = client.get("/api/articles", params=params)
    assert page.status_code == 200, page.text
    assert {h["id"] for h in page.json()["items"]} == expected
    assert page.json()["total"] == len(expected)


def test_one_article_with_all_its_records(client):
    a = client.get("/api/articles/a-gao").json()
    assert a["schema"] == "veille.article/1" and a["title"] == "Attaque à Gao"
    assert [q["counted"]["text"] for q in a["quantities"]] == ["civils"]
    assert a["events"][0]["acled"]["event_type"] == "Violence against civilians"
    assert "rules" not in a["events"][0]  # the trace is veille's own, not the CONTRACT's
    assert a["sources"][0]["similarity"] == 1.0
    _error(client.get("/api/articles/nowhere"), 404, "not_found")


def test_entities_and_one_entity(client):
    page = client.get("/api/entities", params={"type": "PER"}).json()
    assert page["items"][0] == {"key": "jean dupont", "name": "Jean Dupont", "type": "PER", "wikidata": None,
                                "articles": 2, "mentions": 2}
    assert page["total"] == 2
    named = client.get("/api/entities", params={"name": "martin"}).json()
    assert [e["key"] for e in named["items"]] == ["paul martin"]
    assert client.get("/api/entities", params={"until": "2023"}).json()["total"] == 2  # Mopti, Dupont
    one = client.get("/api/entities/Jean Dupont", params={"limit": 1}).json()
    assert one["key"] == "jean dupont" and one["roles"] == ["porte-parole"]
    assert one["appearances"]["total"] == 2 and len(one["appearances"]["items"]) == 1
    seen = one["appearances"]["items"][0]
    assert seen["article"] == "a-gao" and seen["mention_texts"] == ["Jean Dupont"]
    assert [s["id"] for s in seen["statements"]] == ["s1"]
    _error(client.get("/api/entities/nobody"), 404, "not_found")


def test_places(client):
    page = client.get("/api/places").json()
    assert [(p["name"], p["articles"]) for p in page["items"]] == [("Gao", 2), ("Mopti", 1)]
    assert page["items"][0]["country"] == "ML" and page["items"][0]["lat"] == 14.5


def test_events_pages_are_the_store_events_cut_in_pieces(client, store):
    from veille.corpus.search import Filters
    from veille.store import Database

    with Database.open_readonly(store) as db:
        for filters in ({}, {"since": "2024"}, {"until": "2023"}):
            whole = [e.as_dict() for e in db.events(Filters(**filters))]
            pages = [client.get("/api/events", params=filters | {"limit": 1, "offset": i}).json()
                     for i in range(len(whole) + 1)]
            assert [e for p in pages for e in p["items"]] == whole and whole
            assert {p["total"] for p in pages} == {len(whole)}


def test_events_and_their_geojson(client):
    page = client.get("/api/events").json()
    assert page["total"] >= 2
    assert all(e["acled"]["event_type"] == "Violence against civilians" for e in page["items"])
    assert {s["article"] for e in page["items"] for s in e["sources"]} == {"a-gao", "a-gao-2", "b-mopti"}
    assert client.get("/api/events", params={"since": "2024"}).json()["total"] < page["total"]
    geo = client.get("/api/events.geojson").json()
    assert geo["type"] == "FeatureCollection" and geo["total"] == page["total"]
    feature = geo["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [-4.2, 14.5]}
    assert feature["properties"]["sources"]


def test_stories_and_a_timeline(client):
    page = client.get("/api/stories").json()
    assert page["total"] == 1
    story = page["items"][0]
    assert [a["id"] for a in story["articles"]] == ["a-gao", "a-gao-2"]
    timeline = client.get(f"/api/stories/{story['id']}").json()
    kinds = [(e["kind"], e["article"]) for e in timeline["entries"]]
    assert ("event", "a-gao") in kinds and ("statement", "a-gao-2") in kinds
    said = next(e for e in timeline["entries"] if e["kind"] == "statement" and e["article"] == "a-gao-2")
    assert said["speaker"] == "Paul Martin" and said["date"] == "2024-03-05"
    _error(client.get("/api/stories/99"), 404, "not_found")
    _error(client.get("/api/stories/x"), 422, "bad_parameter")


def test_figures_with_their_contradictions(client):
    page = client.get("/api/figures", params={"category": "killed"}).json()
    series = next(s for s in page["items"] if s["where"] == "Mali")
    assert [p["value"] for p in series["points"]] == [3.0, 10.0, 40.0]
    assert len(series["contradictions"]) == 1
    pair = series["contradictions"][0]
    assert {pair["a"], pair["b"]} == {"a-gao/q1", "a-gao-2/q1"}
    assert client.get("/api/figures", params={"min_points": 9}).json()["total"] == 0


# -- errors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("params, parameter", [
    ({"place": "Nowherevillezzz"}, "place"),
    ({"since": "2024-13"}, "since"),
    ({"since": "2024", "until": "2023"}, "since"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"event_type": "picnic"}, "event_type"),
    ({"category": "potatoes"}, "category"),
    ({"q": "***"}, "q"),
])
def test_a_malformed_filter_is_a_422_naming_it(client, params, parameter):
    body = _error(client.get("/api/articles", params=params), 422, "bad_filter")
    assert body["parameter"] == parameter


@pytest.mark.parametrize("url, parameter", [
    ("/api/articles?limit=0", "limit"), ("/api/articles?limit=100000", "limit"),
    ("/api/articles?offset=-1", "offset"), ("/api/figures?min_points=x", "min_points"),
])
def test_a_malformed_parameter_is_a_422_naming_it(client, url, parameter):
    assert _error(client.get(url), 422, "bad_parameter")["parameter"] == parameter


def test_unknown_paths_and_methods_answer_json(client):
    _error(client.get("/api/nothing"), 404, "not_found")
    _error(client.delete("/api/articles/a-gao"), 405, "method_not_allowed")


def test_reads_leave_the_store_untouched(store, client):
    before = _digest(store)
    for url in ("/api/articles?q=Gao", "/api/events", "/api/figures", "/api/stories/1", "/api/entities"):
        assert client.get(url).status_code == 200
    assert _digest(store) == before


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    from veille.api import create_app
    from veille.errors import NotAStore, StoreUnavailable

    other = tmp_path / "notes.txt"
    other.write_text("not a database")
    with pytest.raises(NotAStore):
        create_app(other)
    with pytest.raises(StoreUnavailable):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# -- the write and its token --------------------------------------------------------------------------

def test_writes_are_off_without_a_token(client):
    _error(client.post("/api/articles", json={"text": "Bonjour."}), 403, "writes_off")


def test_writes_need_the_token(writer):
    body = _error(writer.post("/api/articles", json={"text": "x"}), 401, "unauthorized")
    assert "Bearer" in body["message"]
    response = writer.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer wrong"})
    _error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_batch_reports_each_article(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    stored = ARTICLES[0]
    batch = [{"id": "no-text"}, {"id": "empty", "text": "  "},
             {"id": "again", "text": stored.text, "published": stored.published},
             {"id": "bad-date", "text": "Un texte.", "published": "2024-02-31"}]
    report = writer.post("/api/articles", json=batch, headers=auth).json()
    assert (report["added"], report["already"], report["failed"]) == (0, 1, 3)
    by_id = {r["id"]: r for r in report["articles"]}
    assert by_id["no-text"]["error"]["code"] == "bad_json_line"
    assert by_id["empty"]["error"]["code"] == "empty_input"
    assert by_id["bad-date"]["error"]["code"] == "bad_date"
    assert by_id["again"] == {"id": "again", "status": "already", "stored_as": "a-gao", "error": None}


def test_bodies_too_large_or_not_json_are_refused(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    _error(writer.post("/api/articles", json={"text": "x" * 5000}, headers=auth), 413, "body_too_large")
    _error(writer.post("/api/articles", content=b"{not json", headers=auth), 422, "bad_body")
    _error(writer.post("/api/articles", json=[], headers=auth), 422, "bad_body")


@pytest.mark.slow
def test_an_article_posted_is_analysed_stored_and_found(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    article = {"id": "new", "published": "2024-05-02", "lang": "fr",
               "text": "Le ministre Jean Dupont est arrivé à Bamako jeudi pour une visite de deux jours."}
    report = writer.post("/api/articles", json=article, headers=auth).json()
    assert report["articles"] == [{"id": "new", "status": "added", "stored_as": "new", "error": None}]
    assert writer.get("/api/articles", params={"q": "Bamako"}).json()["items"][0]["id"] == "new"
    assert writer.post("/api/articles", json=article, headers=auth).json()["already"] == 1


# -- the page, the docs, the headers --------------------------------------------------------------------

def test_the_page_and_its_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/world-110m.json").json()["countries"]


def test_cors_is_closed(client):
    response = client.get("/api/health", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/articles", headers={"Origin": "http://elsewhere.example",
                                                         "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_the_docs_are_served_from_here(client):
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{key}",
                 "/api/places", "/api/events", "/api/events.geojson", "/api/stories",
                 "/api/stories/{story_id}", "/api/figures", "/api/stats", "/api/health"):
        assert path in spec["paths"], path
    assert "Quantity" in spec["components"]["schemas"]
    html = client.get("/api/docs").text
    assert "http://" not in html and "https://" not in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert client.get(f"/api/docs-assets/{asset}").status_code == 200


def test_other_host_names_are_refused(store):
    from veille.api import create_app

    with TestClient(create_app(store, allowed_hosts=["127.0.0.1", "localhost"]),
                    base_url="http://localhost") as c:
        assert c.get("/api/health").status_code == 200
        refused = c.get("/api/health", headers={"Host": "attacker.example"})
        assert refused.status_code == 400
        error = refused.json()["error"]
        assert error["code"] == "bad_host" and "attacker.example" in error["message"]
        assert "default-src 'none'" in refused.headers["content-security-policy"]
        assert c.get("/api/health", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/health", headers={"Host": "localhost.attacker.example"}).status_code == 400


# -- the command ------------------------------------------------------------------------------------------

def test_serve_refuses_what_is_not_a_store_and_an_empty_token(tmp_path, store):
    from typer.testing import CliRunner

    from veille.cli import app

    other = tmp_path / "notes.txt"
    other.write_text("not a database")
    result = CliRunner().invoke(app, ["serve", "--db", str(other)])
    assert result.exit_code == 2 and "not_a_store" in result.output
    empty = tmp_path / "token"
    empty.write_text("\n")
    result = CliRunner().invoke(app, ["serve", "--db", str(store), "--token-file", str(empty)])
    assert result.exit_code == 2 and "bad_setting" in result.output


def test_serve_binds_to_loopback_unless_told(monkeypatch, store):
    import uvicorn
    from typer.testing import CliRunner

    from veille.cli import app

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: started.update(options))
    monkeypatch.setenv("VEILLE_TOKEN", TOKEN)
    result = CliRunner().invoke(app, ["serve", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert started["host"] == "127.0.0.1" and "writes need the token" in result.output


def test_answers_are_computed_once_and_again_when_the_store_changes():
    import threading

    from veille.api.app import Answers

    answers, calls = Answers(size=2), []
    gate = threading.Event()

    def compute():
        calls.append(1)
        gate.wait(5)
        return len(calls)

    readers = [threading.Thread(target=lambda: answers.answer(("k",), (1,), compute)) for _ in range(4)]
    for t in readers:
        t.start()
    gate.set()
    for t in readers:
        t.join()
    assert calls == [1] and answers.answer(("k",), (1,), compute) == 1
    assert answers.answer(("k",), (2,), compute) == 2  # the store changed: computed again
    answers.answer(("a",), (2,), compute)
    answers.answer(("b",), (2,), compute)
    assert ("k",) not in answers.kept  # the oldest went first


def test_answers_written_once_still_have_their_models_shape(client):
    """Search, events and an article are written as built, not validated again by the framework:
    each answer must still be what its model, and the OpenAPI document, say."""
    from veille.api import models as m

    page = client.get("/api/articles", params={"q": "attaque"}).json()
    assert page["items"] and m.Page[m.Hit].model_validate(page).model_dump(mode="json") == page
    events = client.get("/api/events").json()
    assert events["items"]
    assert m.Page[m.CorpusEvent].model_validate(events).model_dump(mode="json", by_alias=True) == events
    one = client.get("/api/articles/a-gao").json()
    assert m.Article.model_validate(one).model_dump(mode="json", by_alias=True) == one
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/events", "/api/articles/{article_id}"):
        assert "$ref" in str(paths[path]["get"]["responses"]["200"]), path


def test_an_entity_page_reads_what_each_appearance_said_and_did(tmp_path):
    """The statements an entity made and the events it was agent or target of, per article of a
    page (read for the whole page at once): another entity's records stay out."""
    from dataclasses import replace

    from veille.api import create_app
    from veille.store import Database

    acting = _article("c-kidal", "2024-04-01", "Kidal", 5, "Jean Dupont")
    second = replace(acting.events[0], id="v2", agent="e1", target="e2")
    acting = replace(acting, events=[replace(acting.events[0], agent="e2"), second])
    other = _article("d-segou", "2024-02-01", "Ségou", 2, "Paul Martin")
    path = tmp_path / "veille.db"
    with Database.create_or_open(path) as db:
        db.write([acting, other, ARTICLES[2]])
    with TestClient(create_app(path)) as c:
        dupont = c.get("/api/entities/jean dupont").json()["appearances"]["items"]
        kidal = c.get("/api/entities/kidal").json()["appearances"]["items"]
        martin = c.get("/api/entities/Paul Martin").json()["appearances"]["items"]
    assert [(a["article"], [e["id"] for e in a["events"]], [s["id"] for s in a["statements"]])
            for a in dupont] == [("c-kidal", ["v1", "v2"], ["s1"]), ("b-mopti", [], ["s1"])]
    assert [(a["article"], [e["id"] for e in a["events"]], a["statements"]) for a in kidal] == \
        [("c-kidal", ["v2"], [])]
    assert [(a["article"], a["mention_texts"], [e["id"] for e in a["events"]]) for a in martin] == \
        [("d-segou", ["Paul Martin"], [])]


def test_the_geojson_reads_its_first_features_and_counts_them_all(client, monkeypatch):
    """Past the most features one answer holds, the map gets the first events by date and the total
    of the placed events the filters select."""
    from veille.api import routes

    whole = client.get("/api/events.geojson", params={"include_background": True}).json()
    dates = [f["properties"]["date"] for f in whole["features"]]
    assert whole["total"] == len(dates) >= 2 and dates == sorted(dates)
    monkeypatch.setattr(routes, "MAX_FEATURES", 1)
    cut = client.get("/api/events.geojson", params={"include_background": True, "since": "2020"}).json()
    assert cut["total"] == whole["total"] and cut["features"] == whole["features"][:1]
    assert isinstance(cut["features"][0]["geometry"]["coordinates"][0], float)


def test_a_long_computation_does_not_hold_the_other_reads(store, monkeypatch):
    """An answer computed once and kept (figures) is computed in a worker thread: while it is computed,
    the event loop answers other reads; the computing request gets its answer after."""
    import threading

    from veille.api import create_app
    from veille.corpus import figures

    started, release, done = threading.Event(), threading.Event(), threading.Event()
    computed = figures.figures

    def slow(*args, **kwargs):
        started.set()
        release.wait(30)
        done.set()
        return computed(*args, **kwargs)

    monkeypatch.setattr(figures, "figures", slow)
    answers = {}
    with TestClient(create_app(store)) as c:
        asking = threading.Thread(target=lambda: answers.update(figures=c.get("/api/figures")))
        asking.start()
        assert started.wait(30)
        searched = c.get("/api/articles", params={"q": "Gao"})
        article = c.get("/api/articles/b-mopti")
        answered_first = not done.is_set()
        release.set()
        asking.join(30)
    assert answered_first  # the reads did not wait for the computation
    assert searched.json()["total"] == 2 and article.json()["id"] == "b-mopti"
    assert answers["figures"].status_code == 200 and "items" in answers["figures"].json()


def test_a_kept_answer_is_fresh_only_at_its_stamp():
    from veille.api.app import Answers

    answers = Answers(size=2)
    assert answers.fresh(("k",), (1, 0, 0)) is None
    assert answers.answer(("k",), (1, 0, 0), lambda: [1]) == [1]
    assert answers.fresh(("k",), (1, 0, 0)) == [1]
    assert answers.fresh(("k",), (2, 0, 0)) is None  # the store changed
    answers.answer(("a",), (1, 0, 0), lambda: "a")
    answers.answer(("b",), (1, 0, 0), lambda: "b")
    assert answers.fresh(("k",), (1, 0, 0)) is None  # the oldest went first


@pytest.mark.skipif(sys.platform == "win32", reason="uvloop is not installed on Windows")
def test_serve_runs_its_loop_and_reads_http_in_c(monkeypatch, store):
    """``veille serve`` leaves uvicorn to choose its loop and HTTP parser, which then are uvloop and
    httptools (both installed), and writes no line per request."""
    import uvicorn
    from typer.testing import CliRunner
    from uvicorn.loops.auto import auto_loop_factory
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    from veille.cli import app

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: started.update(options))
    result = CliRunner().invoke(app, ["serve", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert started["access_log"] is False
    assert started.get("loop", "auto") == "auto" and started.get("http", "auto") == "auto"
    loop = auto_loop_factory()()
    try:
        assert type(loop).__module__.startswith("uvloop")
    finally:
        loop.close()
    assert AutoHTTPProtocol.__module__.endswith("httptools_impl")


def test_an_article_is_its_contract_form_and_its_sources(store, client):
    """An article's answer, written from its records by the model, is the CONTRACT form ``veille
    extract`` writes, and its sources."""
    from veille.store import Database

    with Database.open_readonly(store) as db:
        for art_id in ("a-gao", "b-mopti"):
            expected = db.article(art_id).as_dict() | {"sources": db.sources(art_id)}
            assert client.get(f"/api/articles/{art_id}").json() == expected


@pytest.fixture(autouse=True)
def collector_left_alone(monkeypatch):
    """``veille serve`` settles the collector of its process: not this test process's."""
    from veille.api import app as app_module

    calls = []
    monkeypatch.setattr(app_module, "settle_collector", lambda: calls.append(True))
    return calls


def test_serve_settles_its_collector(monkeypatch, store, collector_left_alone):
    import uvicorn
    from typer.testing import CliRunner

    from veille.cli import app

    monkeypatch.setattr(uvicorn, "run", lambda application, **options: None)
    assert CliRunner().invoke(app, ["serve", "--db", str(store)]).exit_code == 0
    assert collector_left_alone == [True]


def test_a_settled_collector_walks_only_what_came_after():
    """In a process of its own: after ``settle_collector`` what was alive is out of the collector's
    reach and full collections come less often."""
    import subprocess

    code = ("import gc; from veille.api import app; kept = [[i] for i in range(50000)]; "
            "before = gc.get_threshold(); app.settle_collector(); "
            "assert gc.get_freeze_count() >= 50000, gc.get_freeze_count(); "
            "assert len(gc.get_objects()) < 1000, len(gc.get_objects()); "
            "assert gc.get_threshold()[2] == before[2] * app.FULL_COLLECTION_SPACING")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_resolved_filters_stay_bounded_when_threads_resolve_at_once(monkeypatch):
    import threading

    from veille.api import routes
    from veille.corpus.search import Filters

    monkeypatch.setattr(routes, "_RESOLVED", {})
    monkeypatch.setattr(routes, "RESOLVED_KEPT", 10)
    failed = []

    def resolve(first: int) -> None:
        try:
            for year in range(first, first + 40):
                chosen = routes.selection(Filters(since=str(year)))
                assert chosen == routes.resolve(Filters(since=str(year)))
        except Exception as e:  # noqa: BLE001 (any failure fails the test below)
            failed.append(e)

    threads = [threading.Thread(target=resolve, args=(1900 + 10 * n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not failed and 0 < len(routes._RESOLVED) <= 10
