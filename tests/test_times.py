"""Times: every relative pattern of issue 3, in both languages, resolved against the article's date."""
from __future__ import annotations

import pytest

from veille.extractors.times import Published

# (lang, published, sentence, the expression's words, TIMEX3 type, value)
CASES = [
    # absolute dates
    ("fr", "2016-09-08", "Le traité a été signé le 12 mai 2016 à Paris.", "12 mai 2016", "DATE", "2016-05-12"),
    ("fr", "2016-09-08", "La ville est tombée en juin 2014.", "juin 2014", "DATE", "2014-06"),
    ("fr", "2016-09-08", "Il est né en 1865 à Lyon.", "1865", "DATE", "1865"),
    ("en", "2016-09-08", "The treaty was signed on 12 May 2016 in Paris.", "12 May 2016", "DATE", "2016-05-12"),
    ("en", "2016-09-08", "The treaty was signed on May 12, 2016 in Paris.", "May 12, 2016", "DATE", "2016-05-12"),
    ("en", "2016-09-08", "The town was founded in 1865.", "1865", "DATE", "1865"),
    # relative to the article's date (2016-09-08 is a Thursday)
    ("fr", "2016-09-08", "Le porte-parole a fait savoir jeudi que les renforts arrivaient.", "jeudi", "DATE",
     "2016-09-08"),
    ("fr", "2016-09-08", "Les combats ont repris mardi dans la ville.", "mardi", "DATE", "2016-09-06"),
    ("fr", "2016-09-08", "Le sommet se tiendra samedi à Genève.", "samedi", "DATE", "2016-09-10"),
    ("fr", "2016-09-08", "Il a été arrêté hier à Lyon.", "hier", "DATE", "2016-09-07"),
    ("fr", "2016-09-08", "Le nombre est passé à 4000 il y a une semaine.", "il y a une semaine", "DATE",
     "2016-09-01"),
    ("fr", "2016-09-08", "Le ministre l'avait dit la semaine dernière.", "la semaine dernière", "DATE",
     "2016-W35"),
    ("fr", "2016-09-08", "Les élections ont eu lieu l'an dernier.", "l'an dernier", "DATE", "2015"),
    ("fr", "2016-09-08", "Le chiffre est de 4460 aujourd'hui.", "aujourd'hui", "DATE", "2016-09-08"),
    ("fr", "2016-09-08", "Il pourrait rester actuellement un million de civils.", "actuellement", "DATE",
     "PRESENT_REF"),
    ("fr", "2016-09-08", "Une hausse qui avait été autorisée plus tôt dans l'année.", "plus tôt dans l'année",
     "DATE", "2016"),
    ("fr", "2016-09-08", "L'offensive pourrait être lancée d'ici un mois.", "un mois", "DURATION", "P1M"),
    ("fr", "2016-09-08", "La ville pouvait être reprise d'ici la fin de l'année 2016.", "la fin de l'année 2016",
     "DATE", "2016"),
    ("fr", "2016-09-08", "La coalition lutte contre l'EI depuis deux ans.", "deux ans", "DURATION", "P2Y"),
    ("fr", "2016-09-08", "Le trafic a été interrompu pendant 24 heures.", "24 heures", "DURATION", "PT24H"),
    ("fr", "2016-09-08", "Il a indiqué mercredi soir que l'offensive approchait.", "mercredi soir", "TIME",
     "2016-09-07TEV"),
    ("fr", "2016-09-08", "Le cortège partira demain à 14h30 de la place.", "14h30", "TIME", "2016-09-09T14:30"),
    ("fr", "2016-09-08", "Les réunions ont lieu deux fois par semaine.", "deux fois par semaine", "SET", "P1W"),
    ("en", "2016-09-08", "The minister spoke last Tuesday in Washington.", "last Tuesday", "DATE", "2016-09-06"),
    ("en", "2016-09-08", "The bridge collapsed two weeks ago.", "two weeks ago", "DATE", "2016-08-25"),
    ("en", "2016-09-08", "The vote was held yesterday.", "yesterday", "DATE", "2016-09-07"),
    ("en", "2016-09-08", "Troops will be withdrawn by the end of the year.", "the end of the year", "DATE",
     "2016"),
    ("en", "2016-09-08", "Prices rose last month.", "last month", "DATE", "2016-08"),
    ("en", "2016-09-08", "The siege lasted five hours.", "five hours", "DURATION", "PT5H"),
    ("en", "2016-09-08", "He will arrive at 7:15 p.m. on Friday.", "7:15 p.m.", "TIME", "2016-09-09T19:15"),
    ("en", "2016-09-08", "Profits fell in the third quarter.", "third quarter", "DATE", "2016-Q3"),
    # the article's date known only to the month: never a day that the text does not give
    ("fr", "2016-09", "Le porte-parole a fait savoir jeudi que les renforts arrivaient.", "jeudi", "DATE",
     "2016-09"),
    ("fr", "2016-09", "Le nombre est passé à 4000 il y a une semaine.", "il y a une semaine", "DATE", "2016-09"),
    ("fr", "2016-09", "Il a indiqué mercredi soir que l'offensive approchait.", "mercredi soir", "DATE", "2016-09"),
    ("fr", "2016", "Le porte-parole a fait savoir jeudi que les renforts arrivaient.", "jeudi", "DATE", "2016"),
    # no date at all: a relative expression stays unresolved, an absolute one does not
    ("fr", None, "Il a été arrêté hier à Lyon.", "hier", "DATE", None),
    ("en", None, "The town was founded in 1865.", "1865", "DATE", "1865"),
]


@pytest.mark.parametrize("lang,published,sentence,words,timex_type,value", CASES)
def test_times_table(analyse_text, lang, published, sentence, words, timex_type, value):
    article = analyse_text(sentence, lang, published)
    start = sentence.index(words)
    found = [t for t in article.times if t.span and t.span[0] < start + len(words) and start < t.span[1]]
    assert found, f"no time found over {words!r} in {[t.text for t in article.times]}"
    t = found[0]
    assert (t.type, t.value) == (timex_type, value), t
    assert article.text[t.span[0]:t.span[1]] == t.text


def test_times_anchor_names_what_a_relative_value_came_from(analyse_text):
    a = analyse_text("Il a été arrêté hier. Le lendemain, il a été libéré. Il était né en 1980.", "fr",
                     "2016-09-08")
    by_text = {t.text: t for t in a.times}
    assert by_text["hier"].anchor == "published"
    assert by_text["Le lendemain"].anchor == by_text["hier"].id
    assert by_text["Le lendemain"].value == "2016-09-08"
    assert by_text["en 1980"].anchor is None


def test_times_ages_and_counts_are_not_times(analyse_text):
    a = analyse_text("Un homme de 35 ans a été blessé. 2000 manifestants ont défilé.", "fr", "2016-09-08")
    assert not [t for t in a.times if t.span]  # only the article's date, for the events it dates
    a = analyse_text("Jean Dupont, 45 ans, a été libéré.", "fr", "2016-09-08")
    assert not [t for t in a.times if t.span]


def test_times_on_the_reference_article(example_article):
    by_text = {t.text: t for t in example_article.times}
    assert by_text["jeudi"].value == "2016-09"
    assert by_text["juin 2014"].value == "2014-06"
    assert by_text["actuellement"].value == "PRESENT_REF"
    assert any(t.value == "P2Y" and t.type == "DURATION" for t in example_article.times)
    ids = [t.id for t in example_article.times]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("value,parts", [("2016-09-08", (2016, 9, 8)), ("2016-09", (2016, 9, None)),
                                         ("2016", (2016, None, None)), (None, (None, None, None)),
                                         ("sometime", (None, None, None))])
def test_times_published_parses_its_precision(value, parts):
    p = Published.parse(value)
    assert (p.year, p.month, p.day) == parts
