"""The command line: help for every command, the contract on stdout, exit status on failures."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from veille.cli import app

from .conftest import EXAMPLE

runner = CliRunner()
CONTRACT_KEYS = {"schema", "id", "lang", "published", "title", "text", "entities", "places", "times",
                 "quantities", "statements", "events"}


@pytest.mark.parametrize("command", ["extract", "ingest", "stats", "evaluate", "gazetteer", "search",
                                     "stories", "figures", "export"])
def test_cli_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_cli_extract_writes_the_contract(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (article,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(article) == CONTRACT_KEYS
    assert article["schema"] == "veille.article/1" and article["lang"] == "fr"
    for e in article["entities"]:
        assert set(e) == {"id", "type", "name", "wikidata", "mentions", "roles", "references"}
        assert all(r["kind"] in ("description", "pronoun") for r in e["references"])
    # the spokesman is named once, then "il": the pronoun is one of his references
    dorrian = next(e for e in article["entities"] if e["name"] == "John Dorrian")
    assert any(r["kind"] == "pronoun" for r in dorrian["references"])
    for s in article["statements"]:
        assert set(s) >= {"speaker", "speaker_text", "cue", "content", "kind", "hedged", "time", "channel"}
    for ev in article["events"]:
        assert {"mentions", "time_source", "background"} <= set(ev)
        assert ev["trigger"] in ev["mentions"]
    for p in article["places"]:
        assert set(p) == {"id", "entity", "name", "mentions", "geonameid", "lat", "lon", "country", "feature"}
        assert p["entity"] in {e["id"] for e in article["entities"]}


def test_cli_extract_keeps_going_and_exit_status_says_failed(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Des frappes ont visé Alep jeudi.", "lang": "fr"}\n'
                   '{"id": "b", "text": "x", "lang": "de"}\n'
                   '{"id": "c", "text": "Protesters gathered in Boston on Monday.", "lang": "en"}\n',
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[1]["error"]["code"] == "unsupported_language"
    assert any(p["name"] == "Boston" for p in rows[2]["places"])


def test_cli_stats_json_and_evaluate(tmp_path):
    db = tmp_path / "v.db"
    assert runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert json.loads(result.output)["articles"] == 1
    text = "Les Nations unies ont tenu une réunion à Genève avec des délégués du Mali."
    gold = {"id": "g1", "lang": "fr", "published": None, "text": text, "scope": ["places"],
            "gold": {"places": [{"text": "Genève", "start": None, "end": None, "geonameid": 2660646,
                                 "lat": 46.20222, "lon": 6.14569},
                                {"text": "Mali", "start": None, "end": None, "geonameid": 2453866,
                                 "lat": 17.0, "lon": -4.0}]}}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["places"]["f1"] == 1.0 and report["places"]["acc161"] == 1.0


def test_cli_corpus_commands_on_a_store(tmp_path):
    db = str(tmp_path / "v.db")
    assert runner.invoke(app, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    again = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", db])
    assert "added 0, already stored 1" in again.output
    found = runner.invoke(app, ["search", "armee irakienne", "--db", db, "--place", "IQ", "--json"])
    assert found.exit_code == 0 and json.loads(found.output.splitlines()[0])["id"] == EXAMPLE.stem
    bad = runner.invoke(app, ["search", "Mossoul", "--db", db, "--since", "hier"])
    assert bad.exit_code == 2 and "bad_filter" in bad.output and "YYYY" in bad.output
    series = "military_personnel, united states, iraq"
    plot = str(tmp_path / "f.png")
    figures = runner.invoke(app, ["figures", "--db", db, "--series", series, "--plot", plot])
    assert figures.exit_code == 0 and "environ 4000" in figures.output and " -> 4460" in figures.output
    assert (tmp_path / "f.png").read_bytes()[:4] == b"\x89PNG"
    assert runner.invoke(app, ["stories", "--db", db]).exit_code == 0
    out = tmp_path / "e.csv"
    exported = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")
    missing = runner.invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "veille ingest" in missing.output
