"""Times: every relative pattern of issue 3, in both languages, resolved against the article's date."""
from __future__ import annotations

import pytest
import spacy

from veille.errors import LanguagePackIncomplete
from veille.extractors import times as times_module
from veille.extractors.rules import RULES
from veille.extractors.times import (
    AGES_LEFT_OUT,
    COUNTS_LEFT_OUT,
    RULE_KINDS,
    Published,
    TimeWeights,
    age_patterns,
    find,
    grammar,
    is_age,
)
from veille.nlp.lang import language_pack

# (lang, published, sentence, the expression's words, TIMEX3 type, value)
CASES = [
    # absolute dates
    ("fr", "2016-09-08", "Le traité a été signé le 12 mai 2016 à Paris.", "12 mai 2016", "DATE",
     "2016-05-12"),
    ("fr", "2016-09-08", "La ville est tombée en juin 2014.", "juin 2014", "DATE", "2014-06"),
    ("fr", "2016-09-08", "Il est né en 1865 à Lyon.", "1865", "DATE", "1865"),
    ("en", "2016-09-08", "The treaty was signed on 12 May 2016 in Paris.", "12 May 2016", "DATE",
     "2016-05-12"),
    ("en", "2016-09-08", "The treaty was signed on May 12, 2016 in Paris.", "May 12, 2016", "DATE",
     "2016-05-12"),
    ("en", "2016-09-08", "The town was founded in 1865.", "1865", "DATE", "1865"),
    # relative to the article's date (2016-09-08 is a Thursday)
    ("fr", "2016-09-08", "Le porte-parole a fait savoir jeudi que les renforts arrivaient.", "jeudi", "DATE",
     "2016-09-08"),
    ("fr", "2016-09-08", "Les combats ont repris mardi dans la ville.", "mardi", "DATE", "2016-09-06"),
    # a past participle the tagger reads as a noun keeps its auxiliary: a past Tuesday, not the next
    ("fr", "2017-12-24", "Le président s'est doté d'une équipe qu'il a briefé lors d'un premier bureau "
     "politique mardi soir.",
     "mardi soir", "TIME", "2017-12-19TEV"),
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
    ("fr", "2016-09-08", "Une hausse qui avait été autorisée plus tôt dans l'année.",
     "plus tôt dans l'année", "DATE", "2016"),
    ("fr", "2016-09-08", "L'offensive pourrait être lancée d'ici un mois.", "un mois", "DURATION", "P1M"),
    ("fr", "2016-09-08", "La ville pouvait être reprise d'ici la fin de l'année 2016.",
     "la fin de l'année 2016", "DATE", "2016"),
    ("fr", "2016-09-08", "La coalition lutte contre l'EI depuis deux ans.", "deux ans", "DURATION", "P2Y"),
    ("fr", "2016-09-08", "Le trafic a été interrompu pendant 24 heures.", "24 heures", "DURATION", "PT24H"),
    ("fr", "2016-09-08", "Il a indiqué mercredi soir que l'offensive approchait.", "mercredi soir", "TIME",
     "2016-09-07TEV"),
    ("fr", "2016-09-08", "Le cortège partira demain à 14h30 de la place.", "14h30", "TIME",
     "2016-09-09T14:30"),
    ("fr", "2016-09-08", "Les réunions ont lieu deux fois par semaine.", "deux fois par semaine", "SET",
     "P1W"),
    ("en", "2016-09-08", "The minister spoke last Tuesday in Washington.", "last Tuesday", "DATE",
     "2016-09-06"),
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
    ("fr", "2016-09", "Le nombre est passé à 4000 il y a une semaine.", "il y a une semaine", "DATE",
     "2016-09"),
    ("fr", "2016-09", "Il a indiqué mercredi soir que l'offensive approchait.", "mercredi soir", "DATE",
     "2016-09"),
    ("fr", "2016", "Le porte-parole a fait savoir jeudi que les renforts arrivaient.", "jeudi", "DATE",
     "2016"),
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


@pytest.mark.parametrize("lang, text, kept", [
    ("fr", "Le marché de Noël a rouvert lundi. La veille de Noël, il neigeait. À Noël, tout était calme.",
     ["lundi", "Noël", "Noël"]),
    ("en", "The Christmas market reopened on Monday. On Christmas Eve it snowed. The Christmas mass went on.",
     ["on Monday", "Christmas", "Christmas"]),
])
def test_times_a_holiday_naming_a_thing_is_no_time(analyse_text, monkeypatch, lang, text, kept):
    times = [t.text for t in analyse_text(text, lang, "2018-12-13").times if t.span]
    assert [t for t in times if t != "La veille"] == kept  # the market's holiday is left out
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.holiday_things_left_out")
    assert len([t for t in analyse_text(text, lang, "2018-12-13").times if t.span]) == len(times) + 1


def test_times_a_weekday_inside_a_name_is_no_time(analyse_text, rules_off):
    # "le Journal du Dimanche" is a newspaper; "Dimanche" opening a sentence and "mardi" are times
    text = ("Le patron du parti a appelé à la prudence, selon le Journal du Dimanche. Dimanche, il a "
            "rencontré ses proches. Il doit parler mardi.")
    times = [t.text for t in analyse_text(text, "fr", "2017-12-24").times if t.span]
    assert times == ["Dimanche", "mardi"]
    rules_off("times.names_left_out")
    times = [t.text for t in analyse_text(text, "fr", "2017-12-24").times if t.span]
    assert times == ["Dimanche", "Dimanche", "mardi"]


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


# the words the packs give the grammar besides its tables: halves, a.m./p.m., "year-ago", "1er"
@pytest.mark.parametrize("lang,sentence,words,timex_type,value", [
    ("fr", "La réunion a duré deux heures et demie.", "deux heures et demie", "DURATION", "PT2.5H"),
    ("en", "The talks lasted two hours and a half.", "two hours and a half", "DURATION", "PT2.5H"),
    ("fr", "Il a attendu une demi heure.", "demi heure", "DURATION", "PT0.5H"),
    ("en", "He waited a half-hour.", "half-hour", "DURATION", "PT0.5H"),
    ("en", "Sales rose from the year-ago quarter.", "the year-ago quarter", "DATE", "2015-Q2"),
    ("fr", "Le défilé du 1er mai a eu lieu.", "1er mai", "DATE", "2016-05-01"),
    ("en", "The parade was held on May 1st.", "on May 1st", "DATE", "2016-05-01"),
    ("en", "He arrived at 7 pm on Friday.", "7 pm", "TIME", "2016-09-02T19:00"),
    ("fr", "Il sera jugé d'ici à 10 ans.", "10 ans", "DURATION", "P10Y"),  # "d'ici à": no age
])
def test_times_read_the_words_of_their_pack(analyse_text, lang, sentence, words, timex_type, value):
    article = analyse_text(sentence, lang, "2016-09-08")
    assert (words, timex_type, value) in [(t.text, t.type, t.value) for t in article.times]


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "Un homme de 35 ans a été blessé."),
    ("fr", "Des enfants de 4 et 3 ans ont été blessés."),
    ("en", "A 35-year-old man was hurt."),
    ("en", "Children aged 4 and 3 years were hurt."),
])
def test_times_an_age_in_either_language_is_no_time(analyse_text, lang, sentence):
    assert not [t for t in analyse_text(sentence, lang, "2016-09-08").times if t.span]


def test_times_trace_names_the_grammar_rule_of_type_and_value(analyse_text):
    a = analyse_text("Il a été arrêté hier. Le cortège partira à 14h30. Il pleuvra en 2030.", "fr",
                     "2016-09-08")
    rules = {t.text: t.rules for t in a.times if t.span}
    assert rules == {"hier": {"type": "times.deictic", "value": "times.deictic"},
                     "14h30": {"type": "times.clock", "value": "times.clock"},
                     "en 2030": {"type": "times.year", "value": "times.year"}}
    assert {"record": a.times[0].id, "field": "value", "rule": "times.deictic"} in a.explain()


def test_times_an_unresolved_time_traces_its_type_only(analyse_text):
    (t,) = [t for t in analyse_text("Il a été arrêté hier à Lyon.", "fr", None).times if t.span]
    assert t.value is None and t.rules == {"type": "times.deictic"}


def test_times_a_rule_switched_off_finds_nothing_and_the_next_rule_may(monkeypatch):
    text = "Il a été arrêté hier. Le sommet a eu lieu le 12 mai 2016."
    assert [(f.rule, text[f.start:f.end]) for f in find(text, "fr")] == [
        ("times.deictic", "hier"), ("times.day_month", "le 12 mai 2016")]
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.deictic,times.day_month")
    assert [(f.rule, text[f.start:f.end]) for f in find(text, "fr")] == [("times.month_year", "mai 2016")]


def test_times_filters_switched_off_let_ages_and_counts_through(analyse_text, monkeypatch):
    text = "Un homme de 35 ans a été blessé. 2000 manifestants ont défilé."
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.ages_left_out")
    assert [(t.text, t.value) for t in analyse_text(text, "fr", "2016-09-08").times if t.span] == [
        ("35 ans", "P35Y")]
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.counts_left_out")
    assert [(t.text, t.value) for t in analyse_text(text, "fr", "2016-09-08").times if t.span] == [
        ("2000", "2000")]


def test_times_age_words_come_from_the_pack(monkeypatch):
    """Without its blocker "ici", "d'ici à 10 ans" reads as an age: the pack's words decide."""
    times = language_pack("fr").times
    candidate = next(f for f in find("Il sera jugé d'ici à 10 ans.", "fr") if f.kind == "duration")
    doc = spacy.blank("fr")("Il sera jugé d'ici à 10 ans.")
    pack = language_pack("fr")
    assert not is_age(doc, candidate, pack)
    monkeypatch.setattr(times, "AGE_CUE_BLOCKERS", ())
    age_patterns.cache_clear()
    try:
        assert is_age(doc, candidate, pack)
    finally:
        monkeypatch.undo()
        age_patterns.cache_clear()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_times_every_pack_rule_is_in_the_rule_book_and_every_grammar_rule_is_used(lang):
    names = {f"times.{rule}" for rule, _ in language_pack(lang).times.RULES}
    assert names <= set(RULE_KINDS)
    used = {f"times.{rule}" for lang in ("fr", "en") for rule, _ in language_pack(lang).times.RULES}
    assert used == set(RULE_KINDS)
    listed = {name for name, _, _ in RULES.rules()}
    assert set(RULE_KINDS) | {AGES_LEFT_OUT, COUNTS_LEFT_OUT} <= listed


def test_times_a_pack_rule_that_veille_does_not_know_is_a_coded_error(monkeypatch):
    times = language_pack("en").times
    monkeypatch.setattr(times, "RULES", [*times.RULES, ("lunar_month", r"{MONTH} moon")])
    grammar.cache_clear()
    try:
        with pytest.raises(LanguagePackIncomplete, match="'lunar_month'.*times.ago"):
            grammar("en")
    finally:
        monkeypatch.undo()
        grammar.cache_clear()


def test_times_weights_bound_the_windows(analyse_text, monkeypatch):
    """The age window is TimeWeights.age_before characters: too short, the cue before it is not seen."""
    sentence = "Un homme âgé de 35 ans a été blessé."
    assert not [t for t in analyse_text(sentence, "fr", "2016-09-08").times if t.span]
    monkeypatch.setattr(times_module, "WEIGHTS", TimeWeights(age_before=2))
    assert [t.text for t in analyse_text(sentence, "fr", "2016-09-08").times if t.span] == ["35 ans"]


NARRATIVES = [
    ("fr", "Retour sur la guerre\n\nEn mars 1945, l'aviation bombarde la ville. Le 1er avril débute la "
     "bataille de l'île. Le 12 avril, le président décède. En mai, l'armée capitule.",
     {"Le 1er avril": "1945-04-01", "Le 12 avril": "1945-04-12", "En mai": "1945-05"}),
    ("en", "The war revisited\n\nIn March 1945, bombers struck the city. On April 1 the battle of the island "
     "began.", {"On April 1": "1945-04-01"}),
]


@pytest.mark.parametrize("lang, text, values", NARRATIVES)
def test_times_a_narrative_keeps_its_year(analyse_text, monkeypatch, lang, text, values):
    # times.narrative_year: a day without a year told after "En mars 1945" is in 1945, not the article's year
    def read() -> dict[str, str]:
        return {t.text: t.value for t in analyse_text(text, lang, "2020-08-04").times if t.text in values}

    assert read() == values
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.narrative_year")
    assert all(v.startswith("2020") for v in read().values())


@pytest.mark.parametrize("lang, text, values", [
    ("fr", "Les émeutes\n\nCHRONOLOGIE. Une vague de protestations enflamme le pays. - 1967 : Newark "
           "-Une altercation déclenche des émeutes à Newark. Cinq jours durant, du 12 au 17 juillet, les "
           "émeutiers mettent le quartier à sac.", {"17 juillet": "1967-07-17"}),
])
def test_times_a_chronology_entry_s_year_dates_it(analyse_text, rules_off, lang, text, values):
    def read() -> dict[str, str]:
        return {t.text: t.value for t in analyse_text(text, lang, "2020-08-04").times if t.text in values}

    assert read() == values
    rules_off("times.entry_year")
    assert all(v.startswith(("2020", "2021")) for v in read().values())


@pytest.mark.parametrize("lang, text, published, value", [
    # the year qualifies a noun: no narrative
    ("en", "The August 1988 cease-fire was broken. Fighting resumed on Aug. 2, officials said.", "1990-08-10",
     "1990-08-02"),
    # a bound is no narrative's date; a line break ends the paragraph
    ("fr", "Depuis 1999, le régiment est au Kosovo. Le général part le 30 octobre.", "2002-09-14",
     "2002-10-30"),
    ("fr", "En mars 1945, l'aviation bombarde la ville.\nLe 1er avril, le musée a rouvert.", "2020-06-20",
     "2020-04-01"),
    # a year the text does not give (November read as the last one) lends none
    ("fr", "En novembre, le projet a été présenté. Le 3 février, les députés l'ont adopté.", "2020-03-10",
     "2020-02-03"),
])
def test_times_no_narrative_year_without_a_clause_dated_in_the_past(analyse_text, lang, text, published,
                                                                    value):
    assert [t.value for t in analyse_text(text, lang, published).times if t.span][-1] == value


def test_times_a_year_said_from_the_article_dates_its_narrative(analyse_text, rules_off):
    # times.shifted_narrative_year: "L'année dernière" is 2019; the day told after it is in 2019 too
    text = "L'année dernière, le festival avait eu lieu le 3 mars à Lyon."

    def day() -> str | None:
        return next(t.value for t in analyse_text(text, "fr", "2020-08-04").times if t.text == "le 3 mars")

    assert day() == "2019-03-03"
    # English says it with its own word of the past, which bounds nothing; "since last year" does
    def march(lead: str) -> str | None:
        article = analyse_text(f"{lead}, the fair took place on March 3 in Leeds.", "en", "2020-08-04")
        return next(t.value for t in article.times if t.text == "on March 3")

    english = {lead: march(lead) for lead in ("Last year", "Since last year")}
    assert english == {"Last year": "2019-03-03", "Since last year": "2020-03-03"}
    rules_off("times.shifted_narrative_year")
    assert day() == "2020-03-03"


def test_times_a_day_told_from_a_narrative_date_carries_its_year(analyse_text, monkeypatch):
    # times.narrative_anaphor: "Le lendemain" took 2014 from the date before it; the day told after it too
    text = ("Le 3 mars 2014, deux hommes avaient braqué une banque à Lille. Le lendemain, ils avaient volé "
            "une voiture. Le 6 mars, ils avaient été arrêtés.")

    def day() -> str | None:
        return next(t.value for t in analyse_text(text, "fr", "2020-05-14").times if t.text == "Le 6 mars")

    assert day() == "2014-03-06"
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.narrative_anaphor")
    assert day() == "2020-03-06"


def test_times_a_holiday_takes_the_year_the_text_gives_it(analyse_text, monkeypatch):
    # times.holiday_year: "Noël en 2017" is that year's Christmas, not the last one before the article
    text = "Le chalet avait brûlé à Noël en 2017. Ils reviendront à Noël."

    def values() -> list[str | None]:
        return [t.value for t in analyse_text(text, "fr", "2021-03-10").times if t.span]

    assert values() == ["2017-12-25", "2021-12-25"]
    monkeypatch.setenv("VEILLE_RULES_OFF", "times.holiday_year")
    assert values() == ["2020-12-25", "2017", "2021-12-25"]


def test_an_amount_of_years_after_a_headline_ending_on_apres_is_no_age(analyse_text, rules_off):
    text = ("L'enquête relancée, 38 ans après\n\nPrès de quatre décennies après l'attentat de la rue Pavée, "
            "l'enquête a été relancée.")
    assert "P40Y" in [t.value for t in analyse_text(text, "fr", "2020-09-11").times]
    rules_off("times.age_in_its_line")
    assert "P40Y" not in [t.value for t in analyse_text(text, "fr", "2020-09-11").times]



@pytest.mark.parametrize("lang, text, quoted", [
    ("fr", "« Nous avons signé l'accord aujourd'hui et nous partirons demain », a déclaré le ministre "
     "mardi 3 mars à Rabat.", ("aujourd'hui", "demain")),
    ("en", "\"We signed the deal today and we leave tomorrow,\" the minister said on Tuesday, March 3, in "
     "Rabat.", ("today", "tomorrow")),
])
def test_times_a_day_said_in_a_quote_counts_from_the_saying(analyse_text, rules_off, lang, text, quoted):
    # times.quoted_deictic: the article is of Friday the 6th; the quote was said on Tuesday the 3rd
    def values() -> list[str | None]:
        found = {t.text: t.value for t in analyse_text(text, lang, "2020-03-06").times if t.span}
        return [found[words] for words in quoted]

    assert values() == ["2020-03-03", "2020-03-04"]
    rules_off("times.quoted_deictic")
    assert values() == ["2020-03-06", "2020-03-07"]
