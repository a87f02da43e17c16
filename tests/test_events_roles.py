"""Events: the words that name an event's agent and target, read on the parse."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text,agent", [
    ("fr", "Le Front de libération du Nord, qui a attaqué mardi une caserne, a revendiqué l'opération.",
     "Front de libération du Nord"),
    ("en", "The Northern Liberation Front, which attacked a barracks on Tuesday, claimed the raid.",
     "Northern Liberation Front"),
])
def test_the_relative_pronoun_of_an_event_names_the_noun_its_clause_tells_of(analyse_text, monkeypatch, lang,
                                                                             text, agent):
    def agents():
        article = analyse_text(text, lang, "2020-08-06")
        names = {e.id: e.name for e in article.entities}
        return [names.get(e.agent) for e in article.events if e.type == "ASSAULT"]

    assert agents() == [agent]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.relative_antecedent")
    assert agents() == [None]
