"""The rule book: rules are defined once, switched off by VEILLE_RULES_OFF, and traced to the output."""
from __future__ import annotations

import copy
import json

import pytest
import spacy
from typer.testing import CliRunner

# every stage defines its rules on the real book at import, never on a test's stand-in
import veille.extractors.components  # noqa: F401
from veille.cli import app
from veille.cli.sheet import fact_sheet
from veille.errors import BadSetting
from veille.extractors import rules
from veille.extractors.rules import RuleBook
from veille.settings import Settings

from .conftest import EXAMPLE

runner = CliRunner()


@pytest.fixture
def book(monkeypatch):
    """A rule book with two rules, standing in for the extractors' own."""
    monkeypatch.delenv("VEILLE_RULES_OFF", raising=False)
    book = RuleBook()
    book.define("tests.about", "a vague amount: 'about 300'")
    book.define("tests.killed", "people killed: 'killed'")
    monkeypatch.setattr(rules, "RULES", book)
    return book


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_define_returns_the_name_and_refuses_a_second_meaning(book):
    assert book.define("tests.about", "a vague amount: 'about 300'") == "tests.about"
    with pytest.raises(ValueError, match="defined twice"):
        book.define("tests.about", "something else")
    with pytest.raises(ValueError, match="stage.rule_name"):
        book.define("About", "no stage")
    with pytest.raises(ValueError, match="not defined"):
        book.on("tests.never_defined")


def test_rules_are_switched_off_through_the_environment(book, monkeypatch):
    assert book.on("tests.about") and book.on("tests.killed")
    monkeypatch.setenv("VEILLE_RULES_OFF", " tests.about ,")
    assert Settings.from_env().rules_off == frozenset({"tests.about"})
    assert not book.on("tests.about") and book.on("tests.killed")
    assert [(name, on) for name, on, _ in book.rules() if name.startswith("tests.")] == \
        [("tests.about", False), ("tests.killed", True)]
    monkeypatch.delenv("VEILLE_RULES_OFF")
    assert book.on("tests.about")


def test_held_switches_are_read_once_for_the_block(book, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "tests.about")
    with book.held():
        monkeypatch.setenv("VEILLE_RULES_OFF", "tests.killed")
        assert not book.on("tests.about") and book.on("tests.killed")
    assert book.on("tests.about") and not book.on("tests.killed")
    monkeypatch.setenv("VEILLE_RULES_OFF", "tests.abuot")
    with book.held(), pytest.raises(BadSetting):
        book.on("tests.about")


def test_an_unknown_switched_off_rule_is_a_coded_error_naming_the_rules(book, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "tests.about,tests.abuot")
    with pytest.raises(BadSetting) as caught:
        book.on("tests.killed")
    assert caught.value.code == "bad_setting"
    assert "'tests.abuot'" in caught.value.message and "tests.about, tests.killed" in caught.value.message


def test_matchers_hold_only_the_rules_that_are_on(book, monkeypatch, vocab):
    monkeypatch.setenv("VEILLE_RULES_OFF", "tests.killed")
    doc = spacy.blank("en", vocab=vocab)("About 300 were killed, about 40 hurt.")
    phrases = book.phrase_matcher(vocab, {"tests.about": ["about"], "tests.killed": ["were killed"]})
    assert "tests.about" in phrases and "tests.killed" not in phrases
    assert {(book.name_of(m), doc[s:e].text) for m, s, e in phrases(doc)} == {
        ("tests.about", "About"), ("tests.about", "about")}
    tokens = book.matcher(vocab, {"tests.about": [[{"LOWER": "about"}, {"LIKE_NUM": True}]],
                                  "tests.killed": [[{"LOWER": "killed"}]]})
    assert [(book.name_of(m), doc[s:e].text) for m, s, e in tokens(doc)] == [
        ("tests.about", "About 300"), ("tests.about", "about 40")]
    anchor = [[{"RIGHT_ID": "word", "RIGHT_ATTRS": {"LOWER": "about"}}]]
    deps = book.dependency_matcher(vocab, {"tests.about": anchor, "tests.killed": anchor})
    assert "tests.about" in deps and "tests.killed" not in deps


def test_veille_rules_lists_each_rule_with_its_state_and_doc(book, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "tests.killed")
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split(None, 2)[1:] for line in result.output.splitlines()}
    assert lines["tests.about"] == ["on", "a vague amount: 'about 300'"]
    assert lines["tests.killed"] == ["off", "people killed: 'killed'"]


def test_veille_rules_refuses_an_unknown_switched_off_rule(book, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "tests.nothing")
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 2
    assert "bad_setting" in result.output and "tests.about" in result.output


def test_extract_explain_adds_the_trace_to_each_article(tmp_path):
    plain, explained = tmp_path / "plain.jsonl", tmp_path / "explained.jsonl"
    assert runner.invoke(app, ["extract", str(EXAMPLE), "-f", "jsonl", "-o", str(plain)]).exit_code == 0
    result = runner.invoke(app, ["extract", str(EXAMPLE), "-f", "jsonl", "--explain", "-o", str(explained)])
    assert result.exit_code == 0, result.output
    with_trace = json.loads(explained.read_text(encoding="utf-8"))
    trace = with_trace.pop("explain")
    assert with_trace == json.loads(plain.read_text(encoding="utf-8"))
    assert all(set(line) == {"record", "field", "rule"} for line in trace)


def test_the_fact_sheet_names_the_rules_under_each_fact(example_article):
    article = copy.deepcopy(example_article)
    time = article.times[0]
    time.rules = {"value": "times.date", "type": "times.date"}
    sheet = fact_sheet(article, explain=True).splitlines()
    at = next(i for i, line in enumerate(sheet) if line.lstrip().startswith(time.id + " "))
    assert sheet[at + 1].strip() == "rules: value=times.date, type=times.date"
    assert "rules:" not in fact_sheet(article)
