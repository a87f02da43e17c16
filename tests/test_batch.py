"""`veille batch`: partitions read as `veille extract` reads, Parquet tables that give the records back
exactly, a store loaded from them, and (slow) the job on a local Dask cluster: the same records as the
extraction, and a rerun that skips the partitions written."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from veille.batch import plan as planning
from veille.errors import BatchFolderInUse, BatchInputError, OutputNotWritable
from veille.ingest import IngestFailure, read_paths
from veille.schemas import Article, Input
from veille.settings import Settings
from veille.store import parquet as tables

# an article in CONTRACT form that uses every nested field: spans, lists of spans, structs, nulls
RECORDS = {
    "entities": [
        {"id": "e1", "type": "PER", "name": "Jeanne Martin", "mentions": [[0, 13], [60, 66]],
         "roles": ["ministre"], "wikidata": None,
         "references": [{"span": [40, 49], "kind": "description", "rule": "coref.role"}]},
        {"id": "e2", "type": "GPE", "name": "Lyon", "mentions": [[20, 24]], "roles": [], "wikidata": "Q456",
         "references": []}],
    "places": [{"id": "p1", "entity": "e2", "name": "Lyon", "mentions": [[20, 24]], "geonameid": 2996944,
                "lat": 45.75, "lon": 4.85, "country": "FR", "feature": "city"},
               {"id": "p2", "entity": None, "name": "ailleurs", "mentions": [[70, 78]], "geonameid": None,
                "lat": None, "lon": None, "country": None, "feature": None}],
    "times": [{"id": "t1", "span": [28, 33], "text": "jeudi", "type": "DATE", "value": "2021-03-04",
               "anchor": "published"},
              {"id": "t2", "span": None, "text": None, "type": "DATE", "value": "2021-03-05",
               "anchor": None}],
    "quantities": [
        {"id": "q1", "span": [80, 84], "text": "4460", "value": 4460, "low": None, "high": None,
         "approx": "exact", "unit": None, "counted": {"span": [85, 92], "text": "soldats",
                                                      "category": "military_personnel"},
         "entity": "e1", "place": "p1", "time": "t1", "statement": "s1", "change": {"from": "q2"}},
        {"id": "q2", "span": [95, 98], "text": "2,5", "value": 2.5, "low": 1, "high": 3.0e9,
         "approx": "range", "unit": "%", "counted": None, "entity": None, "place": None, "time": None,
         "statement": None, "change": None}],
    "statements": [
        {"id": "s1", "speaker": "e1", "speaker_text": "Jeanne Martin",
         "cue": {"span": [14, 19], "text": "a dit"},
         "content": {"span": [100, 120], "text": "que tout allait bien"}, "kind": "indirect", "hedged": True,
         "time": "t1", "channel": {"span": [121, 132], "text": "sur Twitter"}},
        {"id": "s2", "speaker": None, "speaker_text": None, "cue": None,
         "content": {"span": [133, 140], "text": "rien vu"}, "kind": "direct", "hedged": False, "time": None,
         "channel": None}],
    "events": [
        {"id": "v1", "type": "PROTEST",
         "acled": {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                   "actor1": "Protesters (France)", "actor2": None, "inter1": 6, "inter2": None},
         "trigger": {"span": [141, 152], "text": "manifestent"}, "agent": "e1", "target": None, "place": "p1",
         "time": "t2", "modality": "asserted", "fatalities": 0, "quantities": ["q1"], "statement": "s1",
         "sentence": [133, 160], "primary": True,
         "mentions": [{"span": [141, 152], "text": "manifestent"}, {"span": [153, 159], "text": "défilé"}],
         "time_source": "context", "background": False},
        {"id": "v2", "type": "ASSAULT", "acled": None, "trigger": {"span": [161, 170], "text": "explosion"},
         "agent": None, "target": None, "place": None, "time": None, "modality": "possible",
         "fatalities": None,
         "quantities": [], "statement": None, "sentence": [161, 180], "primary": False,
         "mentions": [{"span": [161, 170], "text": "explosion"}], "time_source": None, "background": True}],
}


def _article(art_id: str, text: str = "Un texte.") -> Article:
    return Article.from_dict({"id": art_id, "lang": "fr", "published": "2021-03-04", "title": "Titre",
                              "text": text, **RECORDS})


def _failure(art_id: str) -> Article:
    return Article.failed(Input(id=art_id, text="x" * 5, lang="en"), {"code": "empty_input", "message": "no"})


def test_tables_give_every_record_back_exactly(tmp_path):
    written = [(_article("a1"), "src"), (_failure("a2"), None), (_article("a3", "Autre texte."), None)]
    tables.write_partition(tmp_path, 7, written)

    back = tables.read_partition(tmp_path, 7)
    assert [(a.as_dict(), s) for a, s in back] == [(a.as_dict(), s) for a, s in written]
    quantity = back[0][0].quantities[0].as_dict()
    assert type(quantity["value"]) is int and type(back[0][0].quantities[1].value) is float
    assert tables.is_written(tmp_path, 7) and not tables.is_written(tmp_path, 6)
    assert tables.table_rows(tmp_path, "events") == 4 and tables.table_rows(tmp_path, "failures") == 1
    # nested fields are Parquet types that other tools query, not JSON text
    events = pq.read_table(tmp_path / "events" / tables.part_name(7))
    assert pa.types.is_struct(events.schema.field("acled").type)
    assert events.column("trigger").to_pylist()[0] == {"span": [141, 152], "text": "manifestent"}
    assert not list(tmp_path.rglob(".*.tmp"))


def test_a_field_the_tables_do_not_know_stops_the_write(tmp_path):
    article = _article("a1")
    article.places[0].as_dict = lambda: {**RECORDS["places"][0], "elevation": 170}
    with pytest.raises(RuntimeError, match="elevation"):
        tables.write_partition(tmp_path, 0, [(article, None)])


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _read_all(parts, settings):
    return [x for p in parts for x in planning.read(p, settings)]


def _same_items(got, want):
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert type(g) is type(w)
        if isinstance(w, IngestFailure):
            assert (g.id, g.error.as_dict(), g.source) == (w.id, w.error.as_dict(), w.source)
        else:
            assert g == w


def test_line_ranges_read_as_extract_reads_the_file(tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": f"Texte numéro {i}.", "date": "2020-01-0" + str(i % 9 + 1)})
             for i in range(5)]
    lines[1] = json.dumps({"text": "Sans identifiant.", "lang": "fr"})  # named by file and line
    lines[3] = "{pas du json"
    lines.insert(4, "")
    lines.append('{"text": "a carriage return\r inside a line"}')  # one line in a file, two for splitlines
    path = _jsonl(tmp_path / "in.jsonl", lines)
    settings = Settings()

    parts = planning.plan([str(path)], 2)
    assert [p.kind for p in parts] == ["jsonl"] * 4 and [p.first_line for p in parts] == [1, 3, 5, 7]
    assert sum(p.size for p in parts) == len(lines)
    got = _read_all(parts, settings)
    _same_items(got, list(read_paths([str(path)], settings)))
    assert got[1].id == "in:2" and isinstance(got[3], IngestFailure) and got[3].id == "in:4"


def test_text_files_and_parquet_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"d{i}.txt").write_text(f"date 2019-05-0{i + 1} Titre {i}\n\nCorps {i}.", encoding="utf-8")
    import datetime

    pq.write_table(pa.table({"id": ["r0", None, "r2"], "text": ["Un.", "Deux.", "   "],
                             "published": [datetime.date(2020, 2, 1), None, None],
                             "title": ["T", None, None]}),
                   folder / "z.parquet", row_group_size=2)
    settings = Settings()

    parts = planning.plan([str(folder)], 2)
    assert [(p.kind, p.size) for p in parts] == [("files", 2), ("files", 1), ("parquet", 2), ("parquet", 1)]
    got = _read_all(parts, settings)
    _same_items(got[:3], list(read_paths([str(folder)], settings)))
    assert got[3] == Input(id="r0", text="Un.", published="2020-02-01", title="T", source="z")
    assert got[4].id == "z:2" and got[4].published is None
    assert isinstance(got[5], IngestFailure) and got[5].error.code == "empty_input"


def test_bad_inputs_are_refused_before_any_work(tmp_path):
    for paths, words in ((["-"], "standard input"), ([str(tmp_path / "none.jsonl")], "does not exist"),
                         ([str(tmp_path)], "no article file")):
        with pytest.raises(BatchInputError, match=words):
            planning.plan(paths, 10)
    pq.write_table(pa.table({"id": ["a"], "body_html": ["<p>x</p>"]}), tmp_path / "t.parquet")
    with pytest.raises(BatchInputError, match="no 'text' column"):
        planning.plan([str(tmp_path / "t.parquet")], 10)
    (tmp_path / "fake.parquet").write_text("not parquet")
    with pytest.raises(BatchInputError, match="not a readable Parquet"):
        planning.plan([str(tmp_path / "fake.parquet")], 10)


def test_a_folder_of_another_job_is_refused(tmp_path):
    from veille.batch import _check_folder

    source = _jsonl(tmp_path / "a.jsonl", [json.dumps({"text": "Un."})])
    out = tmp_path / "out"
    parts = planning.plan([str(source)], 5)
    _check_folder(out, planning.describe(parts, 5))
    _check_folder(out, planning.describe(parts, 5))  # the same job again: a restart
    with pytest.raises(BatchFolderInUse, match="another job"):
        _check_folder(out, planning.describe(planning.plan([str(source)], 4), 4))
    _jsonl(source, [json.dumps({"text": "Un."}), json.dumps({"text": "Deux."})])
    with pytest.raises(BatchFolderInUse, match="another job"):
        _check_folder(out, planning.describe(planning.plan([str(source)], 5), 5))
    (tmp_path / "file").write_text("mine")
    with pytest.raises(OutputNotWritable, match="is a file"):
        _check_folder(tmp_path / "file", planning.describe(parts, 5))
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    with pytest.raises(BatchFolderInUse, match="not empty"):
        _check_folder(tmp_path / "busy", planning.describe(parts, 5))


def test_the_batch_command_says_what_is_wrong(tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    result = CliRunner().invoke(app, ["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "batch_input" in result.output and "check the path" in result.output
    assert not (tmp_path / "o").exists()


def _fake_batch(folder: Path, parts: list[list[tuple[Article, str | None]]]) -> None:
    folder.mkdir()
    (folder / "_batch.json").write_text("{}")
    for number, articles in enumerate(parts):
        tables.write_partition(folder, number, articles)


def test_ingest_of_a_batch_folder_stores_the_records(tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app
    from veille.store import Database

    folder = tmp_path / "batch"
    first = "Premier texte, assez long pour lui seul."
    _fake_batch(folder, [[(_article("a1", first), "wire")],
                         [(_failure("a2"), None), (_article("a3", "Un tout autre sujet, ici."), None)]])
    tables.write_partition(folder, 2, [(_article("unfinished"), None)])
    (folder / "articles" / tables.part_name(2)).unlink()  # a partition cut short: not loaded
    db = tmp_path / "s.db"

    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert "read 3, added 2, already stored 0, near-duplicates 0, failed 1" in result.output
    with Database.open_readonly(db) as store:
        assert store.article("a1").as_dict() == _article("a1", first).as_dict()
        assert store.article("unfinished") is None
        assert [f["article_id"] for f in store.failures()] == ["a2"]
        assert store.sources("a1")[0]["source"] == "wire"
        assert store.stats()["events"] == 4
    again = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert "added 0, already stored 2" in again.output


# ------------------------------------------------------------------------------------------------------------
# on a local Dask cluster (two worker processes, loopback only): slow, each worker loads the models

FR = ["{who}, porte-parole de la préfecture, a déclaré mardi que {n} manifestants se sont réunis à {city}.",
      "Selon la police, des heurts ont éclaté en fin de journée près de la gare de {city}.",
      "Le ministre de l'Intérieur a annoncé l'envoi de {n} gendarmes supplémentaires dans la région.",
      "« Nous ne céderons pas », a affirmé {who} devant la presse.",
      "Une explosion a fait {k} morts et une dizaine de blessés dans la nuit de samedi à dimanche à {city}.",
      "Le conseil municipal de {city} se réunira le 12 mars pour voter le budget.",
      "Plus de {n} personnes ont été évacuées après les inondations qui ont touché {city}."]
EN = ["{who}, a spokesman for the city council, said on Monday that {n} protesters gathered in {city}.",
      "According to the police, clashes broke out near the station in {city} late on Friday.",
      "The defence minister announced that {n} additional troops would be sent to the region.",
      "\"We will not give up,\" {who} told reporters.",
      "A bomb killed {k} people and wounded about twenty others in {city} on Saturday night.",
      "The company said its revenue rose by 12 percent to $3.4 billion last year."]
WHO = ["Marie Dupont", "Jean Lefèvre", "Paul Girard", "Claire Moreau", "John Carter", "Sarah Miller"]
CITIES_FR = ["Lyon", "Marseille", "Bordeaux", "Lille", "Niamey", "Bamako"]
CITIES_EN = ["Chicago", "Nairobi", "Manchester", "Kabul", "Lagos", "Denver"]


def _articles(n: int) -> list[dict]:
    """``n`` short news articles, French and English in turn, each its own mix of sentences and names."""
    out = []
    for i in range(n):
        fr = i % 3 != 2
        sentences, cities = (FR, CITIES_FR) if fr else (EN, CITIES_EN)
        picked = [sentences[(i + k * (i % 4 + 1)) % len(sentences)] for k in range(3 + i % 3)]
        text = " ".join(s.format(who=WHO[(i + k) % len(WHO)], city=cities[(i * 7 + k) % len(cities)],
                                 n=100 * (i + 1) + 7 * k, k=i % 9 + 2) for k, s in enumerate(picked))
        out.append({"id": f"t{i}", "text": text, "published": f"2021-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
                    "title": text.split(".")[0][:60], "lang": None if i % 5 else ("fr" if fr else "en")})
    out[17] = {"id": "t17", "text": "  "}  # a failure: a row of failures, the job goes on
    return out


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def fifty(tmp_path_factory, cluster):
    from veille.batch import run_batch

    folder = tmp_path_factory.mktemp("batch")
    source = _jsonl(folder / "fifty.jsonl", [json.dumps(a, ensure_ascii=False) for a in _articles(50)])
    out = folder / "out"
    counts = run_batch([str(source)], out, scheduler=cluster.scheduler_address, partition_size=10,
                       settings=Settings(), progress=False)
    return source, out, counts


@pytest.mark.slow
def test_the_batch_gives_the_records_of_extract(fifty, cluster):
    from dask.distributed import Client

    from veille.process import analyse

    source, out, counts = fifty
    assert (counts.partitions, counts.written, counts.skipped, counts.failed) == (5, 5, 0, [])
    settings = Settings()
    want = [a.as_dict() for a in analyse(read_paths([str(source)], settings), settings)]
    got = [a.as_dict() for a, _ in tables.read_articles(out)]
    assert [a["id"] for a in got] == [a["id"] for a in want]
    for g, w in zip(got, want):
        for key in w:
            assert g[key] == w[key], (w["id"], key)
    assert counts.rows["articles"] == 49 and counts.rows["failures"] == 1
    assert counts.rows["events"] == sum(len(a["events"]) for a in want) > 0
    with Client(cluster.scheduler_address) as client:
        from veille.extractors.pipeline import load_pipeline

        loads = client.run(lambda: load_pipeline.cache_info().misses)
    # each language's pipeline loaded once per worker process, however many partitions it ran
    assert len(loads) == 2 and all(n <= 2 for n in loads.values()) and sum(loads.values()) >= 2


@pytest.mark.slow
def test_a_rerun_skips_the_partitions_written(fifty, cluster):
    from veille.batch import run_batch

    source, out, _ = fifty
    before = [a.as_dict() for a, _ in tables.read_articles(out)]
    # a job killed while it wrote partitions 1 and 3: some of their tables there, not their articles
    for number in (1, 3):
        (out / "articles" / tables.part_name(number)).unlink()
    (out / "events" / tables.part_name(3)).unlink()
    (out / "places" / ".part-00003.parquet.999.tmp").write_bytes(b"cut short")
    untouched = {f: f.stat().st_mtime_ns for f in out.rglob("part-0000[024].parquet")}

    counts = run_batch([str(source)], out, scheduler=cluster.scheduler_address, partition_size=10,
                       settings=Settings(), progress=False)
    assert (counts.partitions, counts.written, counts.skipped, counts.failed) == (5, 2, 3, [])
    assert {f: f.stat().st_mtime_ns for f in untouched} == untouched
    assert [a.as_dict() for a, _ in tables.read_articles(out)] == before


def test_a_scheduler_that_does_not_answer_is_named(tmp_path, monkeypatch):
    import socket

    import veille.batch
    from veille.errors import SchedulerUnreachable

    source = _jsonl(tmp_path / "a.jsonl", [json.dumps({"text": "Un."})])
    with socket.socket() as s:  # a port of the loopback that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(veille.batch, "CONNECT_TIMEOUT_S", 1)
    with pytest.raises(SchedulerUnreachable, match=f"tcp://127.0.0.1:{port}"):
        veille.batch.run_batch([str(source)], tmp_path / "out", scheduler=f"tcp://127.0.0.1:{port}")
