"""An event dated in its own phrase ("les émeutes de 2016", "tué en mai 2013"), the weekday of a happening
planned, and background that is not the primary event."""
from __future__ import annotations

import pytest


def primary_of(article):
    return next(e for e in article.events if e.primary)


def value_of(article, event):
    return next(t.value for t in article.times if t.id == event.time)


@pytest.fixture
def rules_off(monkeypatch):
    def switch(*names: str) -> None:
        monkeypatch.setenv("VEILLE_RULES_OFF", ",".join(names))
    return switch


@pytest.mark.parametrize("text", [
    "Une manifestation est prévue samedi à Rennes contre la réforme des retraites.",
    "Les syndicats appellent à manifester samedi à Rennes contre la réforme des retraites.",
])
def test_a_weekday_of_a_planned_happening_is_to_come(analyse_text, rules_off, text):
    # published on a Monday: the Saturday before is nearer than the one to come
    a = analyse_text(text, "fr", "2020-05-04")
    saturday = next(t for t in a.times if t.text == "samedi")
    assert saturday.value == "2020-05-09"
    rules_off("times.planned_day")
    a = analyse_text(text, "fr", "2020-05-04")
    assert next(t for t in a.times if t.text == "samedi").value == "2020-05-02"
