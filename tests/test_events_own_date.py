"""An event dated in its own phrase ("les émeutes de 2016", "tué en mai 2013"), the weekday of a happening
planned, and background that is not the primary event."""
from __future__ import annotations

import pytest


def primary_of(article):
    return next(e for e in article.events if e.primary)


def value_of(article, event):
    return next(t.value for t in article.times if t.id == event.time)


def test_a_date_on_the_events_noun_dates_it_over_the_days(analyse_text, rules_off):
    text = "Les juges ont évoqué jeudi les émeutes de mars 2016 dans la ville, devant une salle comble."
    a = analyse_text(text, "fr", "2020-05-08")
    riot = next(e for e in a.events if e.trigger.text == "émeutes")
    assert value_of(a, riot) == "2016-03" and riot.background
    rules_off("events.own_phrase_date")
    a = analyse_text(text, "fr", "2020-05-08")
    riot = next(e for e in a.events if e.trigger.text == "émeutes")
    assert value_of(a, riot) == "2020-05-07" and not riot.background


def test_a_date_in_figures_right_after_the_noun_is_its_own(analyse_text, rules_off):
    text = "Le tribunal a rouvert jeudi le dossier de l'assassinat en 2005 d'un ancien ministre du pays."
    e = analyse_text(text, "fr", "2020-05-08").events[0]
    assert e.trigger.text == "assassinat" and e.background
    rules_off("events.own_phrase_date")
    assert not analyse_text(text, "fr", "2020-05-08").events[0].background


def test_a_date_on_a_complement_of_the_nouns_complement_is_its_own(analyse_text, rules_off):
    text = ("Le navire est arrivé lundi 10 mai au Havre, après une violente explosion sur le quai du port le "
            "2 mai.")
    a = analyse_text(text, "fr", "2021-05-10")
    assert value_of(a, next(e for e in a.events if e.trigger.text == "explosion")) == "2021-05-02"
    rules_off("events.own_phrase_date")
    a = analyse_text(text, "fr", "2021-05-10")
    assert value_of(a, next(e for e in a.events if e.trigger.text == "explosion")) == "2021-05-10"


def test_a_date_right_after_the_nouns_phrase_is_its_own(analyse_text):
    text = ("Le cargo s'est amarré lundi 10 mai à Tripoli pour aider la Libye, meurtrie par une énorme "
            "explosion dans le port de la capitale le 2 mai.")
    a = analyse_text(text, "fr", "2021-05-10")
    assert value_of(a, next(e for e in a.events if e.trigger.text == "explosion")) == "2021-05-02"


def test_a_date_the_parse_hangs_on_the_agent_dates_the_participle(analyse_text):
    text = ("Un ancien juge, assassiné par un tueur à gages en mai 2012 à Lille, reste dans les mémoires "
            "de la ville.")
    a = analyse_text(text, "fr", "2020-05-06")
    e = next(e for e in a.events if e.trigger.text == "assassiné")
    assert value_of(a, e) == "2012-05" and e.background
    text = ("Un homme soupçonné d'avoir commis l'attentat de la rue du Port qui avait fait trois morts en "
            "1984 à Lyon a été arrêté mardi en Espagne.")
    a = analyse_text(text, "fr", "2020-05-08")
    e = next(e for e in a.events if e.trigger.text == "attentat")
    assert value_of(a, e) == "1984" and e.background and primary_of(a).trigger.text == "arrêté"


def test_background_gives_way_to_the_news_as_primary(analyse_text, rules_off):
    text = ("Un homme soupçonné d'avoir participé à l'attaque de 1986 contre une banque a été arrêté mardi "
            "en Belgique par la police.")
    a = analyse_text(text, "fr", "2020-05-06")
    assert primary_of(a).trigger.text == "arrêté" and not primary_of(a).background
    assert primary_of(a).rules.get("primary") == "events.background_not_primary"
    rules_off("events.background_not_primary")
    assert analyse_text(text, "fr", "2020-05-06").events[0].primary


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


def test_a_lead_dated_by_its_report_takes_the_day_a_later_mention_tells(analyse_text, rules_off):
    # "a-t-on appris vendredi" dates the report; the toll told again after it gives the attack's day
    text = ("Niger : l'attaque semble avoir été préméditée\n\nL'attaque meurtrière contre les "
            "humanitaires au Niger paraît avoir été préméditée, a-t-on appris vendredi de source "
            "judiciaire.\n\n\"C'est une attaque qui paraît avoir été préméditée\", a déclaré cette source. "
            "Six humanitaires ont été assassinés dimanche avec leur chauffeur alors qu'ils visitaient la "
            "réserve de Kouré, près de Niamey. Cinq jours plus tard, l'attaque menée par des hommes armés "
            "à moto n'a toujours pas été revendiquée.")

    def lead_attack(article):
        return next(e for e in article.events if e.trigger.text == "attaque")

    a = analyse_text(text, "fr", "2020-08-14")
    assert value_of(a, lead_attack(a)) == "2020-08-09"
    rules_off("events.report_date_told_again")
    off = analyse_text(text, "fr", "2020-08-14")
    assert value_of(off, lead_attack(off)) == "2020-08-14"
