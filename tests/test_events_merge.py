"""One event per happening within an article: which event an anaphoric noun tells, and the date of an event
whose sentence the parse cut in two."""
from __future__ import annotations

import pytest

# an attack, victims told two sentences on (their own mention), then "l'attaque" again
ATTACK_TOLD_AGAIN = ("Une attaque au couteau a eu lieu vendredi à Lyon. Le maire s'est rendu sur place "
                     "dans la soirée. Trois personnes ont été blessées. Le préfet a salué le courage des "
                     "policiers. L'attaque a choqué la ville.")
# a sentence the parse cuts before its weekday ("... d'un camp militaire" | "samedi soir près de Gao.")
CUT_BEFORE_ITS_DAY = ("Mali : une attaque près de Gao\n\nAu moins 14 soldats ont été tués dans l'attaque "
                      "d'un camp militaire samedi soir près de Gao.")


def mention_starts(event) -> list[int]:
    return [m.span[0] for m in event.mentions]


# without the rule the noun joins the victims' own event; events.retold would join that to the first
@pytest.mark.parametrize("off, joins_first", [("", True), ("events.anaphor_names,events.retold", False)])
def test_an_anaphoric_noun_tells_the_happening_named_so_before(analyse_text, monkeypatch, off, joins_first):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(ATTACK_TOLD_AGAIN, "fr", "2021-03-15")
    anaphor = ATTACK_TOLD_AGAIN.index("L'attaque") + 2
    first = next(e for e in article.events if e.trigger.span[0] == ATTACK_TOLD_AGAIN.index("attaque"))
    assert (anaphor in mention_starts(first)) is joins_first
    assert sum(anaphor in mention_starts(e) for e in article.events) == 1


# the parser once cut this sentence before "samedi", which events.cut_sentence read whole again; the sentence
# stage now keeps it whole (no sentence starts at a small letter right after a word), with or without the rule
@pytest.mark.parametrize("off, day", [("", "2021-03-13"), ("events.cut_sentence", "2021-03-13")])
def test_a_sentence_cut_before_its_day_is_dated_by_it(analyse_text, monkeypatch, off, day):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(CUT_BEFORE_ITS_DAY, "fr", "2021-03-15")
    primary = next(e for e in article.events if e.primary)
    assert next(t.value for t in article.times if t.id == primary.time) == day


# "l'attaque" told again in a sentence dated by another verb ("Dimanche, ... a réuni")
ATTACK_NAMED_LATER = ("Des hommes armés ont attaqué jeudi le village de Kouka, dans le nord du Niger. "
                      "Le gouverneur s'est rendu sur place. Les habitants ont fui vers la ville voisine. "
                      "Dimanche, le président a réuni son gouvernement après l'attaque de Kouka.")


@pytest.mark.parametrize("off, joined", [("", True), ("events.anaphor_own_time", False)])
def test_an_anaphoric_noun_is_not_dated_by_the_verb_it_hangs_on(analyse_text, monkeypatch, off, joined):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(ATTACK_NAMED_LATER, "fr", "2022-05-09")
    attack = next(e for e in article.events if e.trigger.text == "attaqué")
    assert (ATTACK_NAMED_LATER.rindex("attaque") in mention_starts(attack)) is joined
    assert next(t.value for t in article.times if t.id == attack.time) == "2022-05-05"


# a car bomb, then its toll told as a count of the dead and wounded in the next sentence
BOMB_AND_TOLL = ("Une voiture piégée a explosé mardi devant le marché central de Kirkouk. Les secours ont "
                 "recensé 12 morts et 40 blessés.")


@pytest.mark.parametrize("off, one_event", [("", True), ("events.toll_of_deed", False)])
def test_a_toll_told_after_a_deed_is_that_deed(analyse_text, monkeypatch, off, one_event):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(BOMB_AND_TOLL, "fr", "2021-03-17")
    toll = BOMB_AND_TOLL.index("blessés")
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert (len(assaults) == 1) is one_event
    assert sum(toll in mention_starts(e) for e in article.events) == 1
    if one_event:
        assert assaults[0].acled.sub_event_type == "Remote explosive/landmine/IED"


# one attack that two sentences read as two kinds of violence (an attack on civilians, an armed assault)
ATTACK_AND_ASSAULT = ("Des jihadistes ont lancé dimanche une attaque contre une prison de Kandahar, tuant "
                      "dix détenus. L'assaut a donné lieu à des affrontements avec les gardiens.")


@pytest.mark.parametrize("off, one_event", [("", True), ("events.attack_named_again", False)])
def test_an_attack_named_again_by_another_noun_is_one_event(analyse_text, monkeypatch, off, one_event):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(ATTACK_AND_ASSAULT, "fr", "2021-03-15")
    assault = ATTACK_AND_ASSAULT.index("assaut")
    attack = next(e for e in article.events if e.trigger.text == "attaque")
    assert (assault in mention_starts(attack)) is one_event
    assert sum(assault in mention_starts(e) for e in article.events) == 1


def test_a_deed_told_on_by_a_pronoun_over_sentences_in_a_row_is_one_event(analyse_text, monkeypatch):
    text = ("Un homme armé a attaqué mardi un commissariat de Lille. Il a blessé un policier à l'entrée. "
            "Il a ensuite tué un passant dans la rue voisine.")

    def assaults():
        return [e for e in analyse_text(text, "fr", "2020-08-06").events if e.type == "ASSAULT"]

    assert len(assaults()) == 1
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.last_mention_near")
    assert len(assaults()) == 2


# the attack is placed by its second mention only (Lyon); "l'attaque ... à Marseille" is another one
TWO_TOWNS = ("Des hommes armés ont mené une attaque contre un bar. Ils ont tué deux clients à Lyon. "
             "L'attaque d'un commissariat à Marseille a fait un blessé.")


@pytest.mark.parametrize("off, events", [("", 2), ("events.merged_place", 1)])
def test_a_mention_in_a_far_town_is_not_the_events_placed_by_its_mentions(analyse_text, monkeypatch, off,
                                                                          events):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(TWO_TOWNS, "fr", "2021-03-15")
    assault = [e for e in article.events if e.type == "ASSAULT"]
    assert len(assault) == events
    far = TWO_TOWNS.index("L'attaque") + 2
    first = next(e for e in assault if e.primary)
    assert (far in mention_starts(first)) is (events == 1)
