"""Typed records: the CONTRACT form, read back, and the rules trace that never leaves in it."""
from __future__ import annotations

import json

from veille.records import Change, Counted, Quantity, Statement, TextSpan
from veille.schemas import Article


def _quantity(**given) -> Quantity:
    fields = {"id": "q1", "span": [0, 4], "text": "4460", "value": 4460, "low": None, "high": None,
              "approx": "exact", "unit": None, "counted": None, "entity": None, "place": None, "time": None,
              "statement": None, "change": None}
    return Quantity(**{**fields, **given})


def test_a_record_gives_its_contract_form_in_contract_order():
    q = _quantity(counted=Counted([5, 12], "soldats", "military_personnel"), change=Change(from_="q0"))
    d = q.as_dict()
    assert list(d) == ["id", "span", "text", "value", "low", "high", "approx", "unit", "counted", "entity",
                       "place", "time", "statement", "change"]
    assert d["counted"] == {"span": [5, 12], "text": "soldats", "category": "military_personnel"}
    assert d["change"] == {"from": "q0"}  # the CONTRACT's key, though Python's keyword cannot be a field


def test_the_rules_trace_never_leaves_in_the_contract_form():
    s = Statement(id="s1", speaker="e1", speaker_text="le colonel", cue=TextSpan([0, 3], "dit"),
                  content=TextSpan([5, 9], "ceci"), kind="indirect", hedged=False, time=None)
    s.rules["speaker"] = "statements.subject_of_cue"
    assert "rules" not in s.as_dict()
    article = Article(id="a", lang="fr", published=None, title=None, text="x", statements=[s])
    assert "rules" not in json.dumps(article.as_dict())
    assert article.explain() == [{"record": "s1", "field": "speaker", "rule": "statements.subject_of_cue"}]


def test_an_analysed_article_reads_back_from_its_contract_form(example_article):
    d = example_article.as_dict()
    back = Article.from_dict(json.loads(json.dumps(d)))
    assert back.as_dict() == d
    assert back.quantities and all(isinstance(q, Quantity) for q in back.quantities)
    assert back.events[0].trigger.text == d["events"][0]["trigger"]["text"]


def test_a_quantity_inside_a_statement_is_linked_to_the_innermost_one(analyse_text):
    text = "Le colonel John Dorrian a déclaré que 4460 soldats américains étaient en Irak."
    article = analyse_text(text, "fr", "2016-09-08")
    (quantity,) = [q for q in article.quantities if q.text == "4460"]
    (statement,) = article.statements
    assert quantity.statement == statement.id
