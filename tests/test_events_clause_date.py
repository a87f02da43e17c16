"""An event's date from its own clause: a part of a named weekday on the article's day ("samedi soir"),
and not the date of a verb its participle or adverbial clause only hangs from; an operation's name is no
place."""
from __future__ import annotations

import pytest


def event_of(article, trigger: str):
    return next(e for e in article.events if e.trigger.text == trigger)


def value_of(article, event):
    return next(t.value for t in article.times if t.id == event.time)


def test_a_part_of_the_weekday_of_the_article_dates_the_event_from_the_text(analyse_text, rules_off):
    text = "Un policier a été poignardé samedi soir à Rennes par un homme qui a pris la fuite."
    stabbing = event_of(analyse_text(text, "fr", "2022-03-05"), "poignardé")
    assert stabbing.time_source == "text"
    rules_off("events.named_day_part")
    assert event_of(analyse_text(text, "fr", "2022-03-05"), "poignardé").time_source == "published"


def test_a_participle_is_not_dated_by_the_verb_of_another_clause(analyse_text, rules_off):
    text = ("Après la disparition de son frère, abattu dans les affrontements, elle a été interpellée avec "
            "son fils et jugée en 2019 à Mossoul.")
    a = analyse_text(text, "fr", "2021-03-06")
    assert value_of(a, event_of(a, "abattu")) == "2021-03-06"
    assert value_of(a, event_of(a, "interpellée")) == "2019"  # the date of its own clause's verbs
    rules_off("events.other_clause_date")
    a = analyse_text(text, "fr", "2021-03-06")
    assert value_of(a, event_of(a, "abattu")) == "2019"


@pytest.mark.parametrize("rule, text, published, dated, day, other", [
    # a deed someone is suspected of is not dated by the arrest
    ("events.other_clause_date", "Les gendarmes ont interpellé mardi un voisin soupçonné d'avoir frappé la "
     "victime.", "2022-03-05", "interpellé", "2022-03-01", "frappé"),
    # the parse joins "déposé" to "blessé"; having a subject of its own, it is a clause of its own
    ("events.conjunct_own_subject", "Un syndicaliste, Paul Roux, blessé au visage lors d'une manifestation à "
     "Nantes, et quatre autres militants ont déposé plainte lundi 3 mars contre les policiers.", "2025-03-08",
     "plainte", "2025-03-03", "manifestation"),
])
def test_a_date_of_one_clause_does_not_date_the_other(analyse_text, rules_off, rule, text, published, dated,
                                                      day, other):
    a = analyse_text(text, "fr", published)
    assert value_of(a, event_of(a, dated)) == day
    assert value_of(a, event_of(a, other)) == published
    rules_off(rule)
    a = analyse_text(text, "fr", published)
    assert value_of(a, event_of(a, other)) == day


def test_a_date_that_opens_the_sentence_dates_its_relative_clause(analyse_text):
    text = "Lundi, un homme qui avait tenté d'agresser un gendarme au couteau a été blessé par balles."
    a = analyse_text(text, "fr", "2021-03-06")
    assert value_of(a, event_of(a, "agresser")) == "2021-03-01"


def test_a_name_that_ends_on_an_operation_is_no_place(analyse_text, rules_off):
    text = "Deux militaires de la mission Sahel Barkhane ont été blessés jeudi."
    assert not analyse_text(text, "fr", "2021-03-06").places
    rules_off("places.operation_in_name")
    assert [p.name for p in analyse_text(text, "fr", "2021-03-06").places] == ["Sahel Barkhane"]


def place_of(article, event):
    return next(p.name for p in article.places if p.id == event.place)


def test_the_town_of_the_victim_is_not_where_the_deed_was_done(analyse_text, rules_off):
    text = "Le maire de Lyon a été agressé mardi dans un quartier de Marseille."
    a = analyse_text(text, "fr", "2021-03-06")
    assert place_of(a, event_of(a, "agressé")) == "Marseille"
    rules_off("events.place_of_party")
    a = analyse_text(text, "fr", "2021-03-06")
    assert place_of(a, event_of(a, "agressé")) == "Lyon"


def test_a_place_after_a_preposition_of_where_in_the_agents_phrase_stays(analyse_text):
    text = "Deux ingénieurs sont kidnappés par des inconnus armés à Gao, dans l'est du Mali."
    a = analyse_text(text, "fr", "2021-03-06")
    assert place_of(a, event_of(a, "kidnappés")) == "Gao"


def test_the_town_of_a_body_that_acts_is_its_place(analyse_text):
    text = "Le parquet de Nancy a ouvert une enquête après l'agression d'un policier de Metz."
    a = analyse_text(text, "fr", "2021-03-06")
    assert place_of(a, event_of(a, "ouvert")) == "Nancy"


def test_a_deed_done_in_an_event_takes_that_event_s_date(analyse_text, rules_off):
    # events.event_noun_date: "tué dans la fusillade du 12 mai 2016" dates the killing, in a paper of 2019
    text = ("Les collègues se souviennent du gendarme tué dans la fusillade du 12 mai 2016 à Lyon. "
            "Un voisin a été arrêté après l'attentat du 3 mars 2015.")
    killing = event_of(analyse_text(text, "fr", "2019-03-17"), "tué")
    assert value_of(analyse_text(text, "fr", "2019-03-17"), killing) == "2016-05-12"
    rules_off("events.event_noun_date")
    article = analyse_text(text, "fr", "2019-03-17")
    assert value_of(article, event_of(article, "tué")) != "2016-05-12"


def test_a_participle_on_another_noun_keeps_its_date(analyse_text):
    # the parse hangs "attendues" on "acte" as an adjective: its date is the answers', not the march's
    text = ("Gilets jaunes\n\nDes milliers de \"gilets jaunes\" sont redescendus dans la rue samedi pour un "
            "acte 23 marqué par un regain de tension à Paris avant les réponses d'Emmanuel Macron au grand "
            "débat, attendues jeudi 25 avril.")
    article = analyse_text(text, "fr", "2019-04-20")
    times = {t.id: t.value for t in article.times}
    (protest,) = [e for e in article.events if e.type == "PROTEST"]
    assert times[protest.time] == "2019-04-20"
