"""Quantities: every row of CONTRACT.md's number table, in French and English, and what is counted."""
from __future__ import annotations

import pytest

from veille.extractors.numbers import parse_digits, parse_words

# (lang, sentence, the quantity's words, value, low, high, approx, unit)
TABLE = [
    # "4460", "quatre soldats" -> exact
    ("fr", "Il y a 4460 soldats en Irak.", "4460", 4460, None, None, "exact", None),
    ("fr", "Il y a 4 460 soldats en Irak.", "4 460", 4460, None, None, "exact", None),
    ("fr", "Il y a 4.460 soldats en Irak.", "4.460", 4460, None, None, "exact", None),
    ("fr", "Quatre soldats ont été blessés.", "Quatre", 4, None, None, "exact", None),
    ("fr", "Quatre-vingt-dix soldats sont arrivés.", "Quatre-vingt-dix", 90, None, None, "exact", None),
    ("en", "There are 4,460 soldiers in Iraq.", "4,460", 4460, None, None, "exact", None),
    ("en", "Four soldiers were wounded.", "Four", 4, None, None, "exact", None),
    ("en", "Two hundred soldiers arrived.", "Two hundred", 200, None, None, "exact", None),
    # about
    ("fr", "Mossoul abritait environ deux millions d'habitants.", "environ deux millions", 2000000, None,
     None, "about", None),
    ("fr", "Il y avait près de 4000 soldats.", "près de 4000", 4000, None, None, "about", None),
    ("fr", "Il y avait quelque 4000 soldats.", "quelque 4000", 4000, None, None, "about", None),
    ("en", "There were about 4,000 soldiers.", "about 4,000", 4000, None, None, "about", None),
    ("en", "A dozen soldiers were hurt.", "A dozen", 12, None, None, "about", None),
    # bounds
    ("fr", "Plus de 400 militaires ont été déployés.", "Plus de 400", None, 400, None, "more_than", None),
    ("fr", "Au-delà de 400 militaires ont été déployés.", "Au-delà de 400", None, 400, None, "more_than",
     None),
    ("fr", "Moins de 50 civils sont restés.", "Moins de 50", None, None, 50, "less_than", None),
    ("fr", "Au moins 12 personnes ont été tuées.", "Au moins 12", None, 12, None, "at_least", None),
    ("fr", "Au plus 12 personnes ont été tuées.", "Au plus 12", None, None, 12, "at_most", None),
    ("fr", "Il pourrait rester jusqu'à un million de civils.", "jusqu'à un million", None, None, 1000000,
     "up_to", None),
    ("en", "More than 400 troops were deployed.", "More than 400", None, 400, None, "more_than", None),
    ("en", "Fewer than 50 civilians stayed.", "Fewer than 50", None, None, 50, "less_than", None),
    ("en", "At least 12 people were killed.", "At least 12", None, 12, None, "at_least", None),
    ("en", "At most 12 people were killed.", "At most 12", None, None, 12, "at_most", None),
    ("en", "Up to a million civilians may remain.", "Up to a million", None, None, 1000000, "up_to", None),
    # ranges
    ("fr", "Entre 3000 et 4000 combattants se trouvent à Mossoul.", "Entre 3000 et 4000", None, 3000, 4000,
     "range", None),
    ("fr", "Il y a 3000 à 4000 combattants à Mossoul.", "3000 à 4000", None, 3000, 4000, "range", None),
    ("fr", "On compte deux à trois millions de déplacés.", "deux à trois millions", None, 2000000, 3000000,
     "range", None),
    ("en", "Between 3,000 and 4,000 fighters are in Mosul.", "Between 3,000 and 4,000", None, 3000, 4000,
     "range", None),
    # approximate nouns and vague plurals
    ("fr", "Une dizaine de soldats sont arrivés.", "Une dizaine", 10, None, None, "about", None),
    ("fr", "Une centaine de soldats sont arrivés.", "Une centaine", 100, None, None, "about", None),
    ("fr", "Un millier de soldats sont arrivés.", "Un millier", 1000, None, None, "about", None),
    ("fr", "Des dizaines de soldats sont arrivés.", "Des dizaines", None, 20, 99, "vague", None),
    ("fr", "Elle déploie des centaines de conseillers.", "des centaines", None, 200, 999, "vague", None),
    ("fr", "Des milliers de manifestants ont défilé.", "Des milliers", None, 2000, 9999, "vague", None),
    ("fr", "Des dizaines de milliers de personnes ont fui.", "Des dizaines de milliers", None, 20000, 99999,
     "vague", None),
    ("en", "Hundreds of advisers are deployed.", "Hundreds", None, 200, 999, "vague", None),
    ("en", "Thousands of protesters marched.", "Thousands", None, 2000, 9999, "vague", None),
    # units and currencies
    ("fr", "Le chômage atteint 10 % en France.", "10", 10, None, None, "exact", "%"),
    ("fr", "Sa cote de popularité est tombée à 26%.", "26", 26, None, None, "exact", "%"),
    ("fr", "L'aide s'élève à 1,5 million d'euros.", "1,5 million", 1500000, None, None, "exact", "EUR"),
    ("fr", "Un contrat de 3 milliards de dollars a été signé.", "3 milliards", 3000000000, None, None,
     "exact", "USD"),
    ("en", "The aid amounts to $1.5 million.", "1.5 million", 1500000, None, None, "exact", "USD"),
    ("en", "Unemployment reached 10 percent.", "10", 10, None, None, "exact", "%"),
    ("en", "The convoy drove 40 km north.", "40", 40, None, None, "exact", "km"),
]


def _quantity_over(article, sentence, words):
    start = sentence.index(words)
    end = start + len(words)
    return [q for q in article.quantities if q.span[0] < end and start < q.span[1]]


@pytest.mark.parametrize("lang,sentence,words,value,low,high,approx,unit", TABLE)
def test_quantities_number_table(analyse_text, lang, sentence, words, value, low, high, approx, unit):
    article = analyse_text(sentence, lang, "2016-09-08")
    found = _quantity_over(article, sentence, words)
    assert len(found) == 1, [q.text for q in article.quantities]
    q = found[0]
    assert (q.value, q.low, q.high, q.approx, q.unit) == (value, low, high, approx, unit), q


NOT_QUANTITIES = [
    ("fr", "Plusieurs soldats et quelques civils, de nombreux habitants, ont fui."),
    ("fr", "Un homme a été arrêté mardi 12 mai 2016 à 14h30."),
    ("fr", "La coalition lutte contre l'EI depuis deux ans, soit 24 heures par jour."),
    ("fr", "Un homme de 35 ans a été interpellé."),
    ("fr", "C'est la deuxième ville du pays et le 3e district, au 1er étage."),
    ("fr", "L'article 49 de la loi n° 2016-1 a été invoqué."),
    ("fr", "Un Airbus A380 a atterri."),
    ("en", "Several soldiers and a few civilians, many residents, fled."),
    ("en", "A man was arrested on May 12, 2016 at 7 p.m."),
    ("en", "The 35-year-old man was the first to arrive on the 3rd floor."),
]


@pytest.mark.parametrize("lang,sentence", NOT_QUANTITIES)
def test_quantities_dates_ages_ranks_and_identifiers_are_not_quantities(analyse_text, lang, sentence):
    article = analyse_text(sentence, lang, "2016-09-08")
    assert article.quantities == [], [q.text for q in article.quantities]


# (lang, sentence, the quantity's words, counted words, category)
COUNTED = [
    ("fr", "Plus de 400 militaires américains supplémentaires ont été déployés en Irak.", "Plus de 400",
     "militaires américains supplémentaires", "military_personnel"),
    ("fr", "Entre 3000 et 4000 combattants de l'EI se trouvent à Mossoul.", "Entre 3000 et 4000",
     "combattants de l'EI", "fighters"),
    ("fr", "Au moins 265 morts ont été recensés.", "Au moins 265", "morts", "killed"),
    ("fr", "Près de 3.000 soldats ont été arrêtés après le putsch.", "Près de 3.000", "soldats", "detained"),
    ("fr", "Neuf véhicules avaient été brûlés.", "Neuf", "véhicules", "vehicles"),
    ("fr", "Trois personnes ont été tuées dans l'attaque.", "Trois", "personnes", "killed"),
    ("en", "At least 12 civilians were killed in the strike.", "At least 12", "civilians", "killed"),
    ("en", "Some 2,000 protesters marched through the capital.", "Some 2,000", "protesters", "protesters"),
    ("en", "The army sent 300 soldiers to the border.", "300", "soldiers", "military_personnel"),
    # what befell them told past an inserted phrase (quantities.outcome_past_insert)
    ("fr", "Au moins 14 villageois, pour la plupart des éleveurs, ont été tués lundi.", "Au moins 14",
     "villageois", "killed"),
    ("fr", "Douze passagers, parmi lesquels des enfants, sont morts dans la nuit.", "Douze", "passagers",
     "killed"),
    ("fr", "Vingt manifestants (dont trois mineurs) ont été interpellés samedi.", "Vingt", "manifestants",
     "detained"),
    ("en", "Nine workers, most of them migrants, were killed on Friday.", "Nine", "workers", "killed"),
    # a number word parsed as a pronoun counts the noun of its partitive phrase (quantities.partitive)
    ("fr", "La crue a coûté la vie à cinq de nos concitoyens.", "cinq", "concitoyens", "other"),
    # the doers of a verb of killing are not its victims
    ("fr", "Trois hommes, armés de fusils, ont tué deux gardiens.", "Trois", "hommes", "other"),
    ("fr", "Trois hommes ont tué deux gardiens.", "Trois", "hommes", "other"),
]


@pytest.mark.parametrize("lang,sentence,words,counted,category", COUNTED)
def test_quantities_counted_noun_phrase_and_category(analyse_text, lang, sentence, words, counted, category):
    article = analyse_text(sentence, lang, "2016-09-08")
    q = _quantity_over(article, sentence, words)[0]
    assert q.counted.text == counted
    assert q.counted.category == category
    s, e = q.counted.span
    assert article.text[s:e] == counted


def test_quantities_change_and_links_on_the_reference_article(example_article):
    text = example_article.text
    by_text = {q.text: q for q in example_article.quantities}
    before, after = by_text["environ 4000"], by_text["4460"]
    assert after.change.from_ == before.id
    assert before.counted.text == after.counted.text == "soldats américains stationnés en Irak"
    times = {t.id: t for t in example_article.times}
    assert times[before.time].text == "il y a une semaine"
    assert times[after.time].text == "aujourd'hui"
    places = {p.id: p for p in example_article.places}
    s, e = places[after.place].mentions[0]
    assert text[s:e] == "Irak"
    fighters = by_text["entre 3000 et 4000"]
    entities = {e.id: e for e in example_article.entities}
    assert entities[fighters.entity].name == "Etat islamique"
    for q in example_article.quantities:
        assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "4 460", 4460), ("fr", "4.460", 4460), ("fr", "1,5", 1.5), ("fr", "1.5", 1.5),
    ("fr", "4,460", 4.46), ("fr", "2.745", 2745), ("fr", "1 000 000", 1_000_000),
    ("fr", "16.369,03", 16369.03), ("en", "4,460", 4460), ("en", "1.5", 1.5), ("en", "4.460", 4.46),
    ("en", "16,369.03", 16369.03), ("en", "4 460", 4460),
])
def test_numbers_digits_follow_each_language(lang, text, value):
    assert parse_digits(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "trois", 3), ("fr", "quatre-vingt-dix", 90), ("fr", "soixante-dix-sept", 77),
    ("fr", "vingt et un", 21), ("fr", "deux millions", 2_000_000), ("fr", "trois mille cinq cents", 3500),
    ("fr", "deux cent mille", 200_000),
    ("fr", "quatre-vingts", 80), ("en", "two hundred", 200), ("en", "twenty-one", 21),
    ("en", "two hundred and fifty", 250), ("en", "three million", 3_000_000), ("en", "two dozen", 24),
])
def test_numbers_words_follow_each_language(lang, text, value):
    assert parse_words(text, lang) == value


def test_numbers_words_that_are_not_numbers():
    assert parse_words("plusieurs", "fr") is None
    assert parse_words("several", "en") is None


# -- named rules: the trace of each field, a rule switched off, the pack's data ----------------------------

# (lang, sentence, the quantity's words, its expected trace, field -> rule)
TRACES = [
    ("fr", "Plus de 400 militaires ont été déployés.", "Plus de 400",
     {"value": "quantities.digits", "approx": "quantities.bound_before", "counted": "quantities.counted_noun",
      "counted.category": "quantities.category_words"}),
    ("fr", "Entre 3000 et 4000 combattants se trouvent à Mossoul.", "Entre 3000 et 4000",
     {"value": "quantities.digits", "approx": "quantities.range", "counted": "quantities.counted_noun",
      "counted.category": "quantities.category_words"}),
    ("fr", "Des milliers de manifestants ont défilé.", "Des milliers",
     {"approx": "quantities.vague_plural", "counted": "quantities.counted_noun",
      "counted.category": "quantities.category_words"}),
    ("fr", "Une dizaine de soldats sont arrivés.", "Une dizaine",
     {"value": "quantities.approximate_noun", "approx": "quantities.approximate_noun",
      "counted": "quantities.counted_noun", "counted.category": "quantities.category_words"}),
    ("fr", "Trois personnes ont été tuées dans l'attaque.", "Trois",
     {"value": "quantities.number_words", "counted": "quantities.counted_noun",
      "counted.category": "quantities.outcome"}),
    ("fr", "Au moins 14 villageois, pour la plupart des éleveurs, ont été tués.", "Au moins 14",
     {"value": "quantities.digits", "approx": "quantities.bound_before", "counted": "quantities.counted_noun",
      "counted.category": "quantities.outcome_past_insert"}),
    ("fr", "Le chômage atteint 10 % en France.", "10",
     {"value": "quantities.digits", "unit": "quantities.unit_after"}),
    ("en", "The aid amounts to $1.5 million.", "1.5 million",
     {"value": "quantities.digits", "unit": "quantities.currency_before"}),
    ("en", "300 or more soldiers arrived.", "300 or more",
     {"value": "quantities.digits", "approx": "quantities.bound_after", "counted": "quantities.counted_noun",
      "counted.category": "quantities.category_words"}),
    ("en", "Two-thirds of the voters stayed home.", "Two-thirds",
     {"value": "quantities.fraction", "counted": "quantities.counted_noun",
      "counted.category": "quantities.category_words"}),
]


@pytest.mark.parametrize("lang,sentence,words,trace", TRACES)
def test_quantities_trace_names_the_rule_behind_each_field(analyse_text, lang, sentence, words, trace):
    article = analyse_text(sentence, lang, "2016-09-08")
    found = _quantity_over(article, sentence, words)
    assert len(found) == 1, [q.text for q in article.quantities]
    assert found[0].rules == trace
    assert all(row["record"] == found[0].id for row in found[0].explain())


def test_quantities_trace_names_the_change_on_the_reference_article(example_article):
    by_text = {q.text: q for q in example_article.quantities}
    assert by_text["4460"].rules["change"] == "quantities.change"
    assert "change" not in by_text["environ 4000"].rules
    assert by_text["environ 4000"].rules["approx"] == "quantities.bound_before"


# (rule switched off, lang, sentence, the quantity's words, its fields with the rule on, then off)
SWITCHED_OFF = [
    ("quantities.bound_before", "fr", "Plus de 400 militaires ont été déployés.", "400",
     ("more_than", None, 400), ("exact", 400, None)),
    ("quantities.range", "en", "Between 3,000 and 4,000 fighters are in Mosul.", "3,000",
     ("range", None, 3000), ("exact", 3000, None)),
]


@pytest.mark.parametrize("rule,lang,sentence,words,on,off", SWITCHED_OFF)
def test_quantities_a_rule_switched_off_stops_producing_its_field(analyse_text, monkeypatch, rule, lang,
                                                                  sentence, words, on, off):
    def fields():
        q = _quantity_over(analyse_text(sentence, lang, "2016-09-08"), sentence, words)[0]
        return (q.approx, q.value, q.low), q.rules

    monkeypatch.delenv("VEILLE_RULES_OFF", raising=False)
    assert fields() == (on, fields()[1]) and fields()[1]["approx"] == rule
    monkeypatch.setenv("VEILLE_RULES_OFF", rule)
    approx_low_value, trace = fields()
    assert approx_low_value == off
    assert "approx" not in trace


def test_quantities_counted_and_unit_rules_switched_off(analyse_text, monkeypatch):
    sentence = "Le chômage atteint 10 % et 300 soldats sont arrivés."
    monkeypatch.setenv("VEILLE_RULES_OFF", "quantities.unit_after,quantities.counted_noun")
    article = analyse_text(sentence, "fr", "2016-09-08")
    share, soldiers = (_quantity_over(article, sentence, w)[0] for w in ("10", "300"))
    assert share.unit is None and "unit" not in share.rules
    assert soldiers.counted is None and "counted" not in soldiers.rules


def test_quantities_joined_digits_read_as_codes_where_the_pack_says_so(analyse_text, monkeypatch):
    from veille.nlp.lang import language_pack

    sentence = "The score stood at 3:1 after the break."
    assert [q.text for q in analyse_text(sentence, "en", "2016-09-08").quantities] == ["3"]
    monkeypatch.setattr(language_pack("en").quantities, "JOINED_DIGITS_ARE_CODES", True)
    assert analyse_text(sentence, "en", "2016-09-08").quantities == []  # a score, as in French


def test_quantities_weights_bound_the_windows_read():
    from veille.extractors.pipeline import load_pipeline
    from veille.extractors.quantities import WEIGHTS, QuantityReader, QuantityWeights

    doc = load_pipeline("fr")("Plus de 400 militaires ont été déployés.")
    assert [q.approx for q in QuantityReader(doc, "fr", WEIGHTS).read_all()] == ["more_than"]
    narrow = QuantityWeights(bound_before_chars=4)  # "plus de " no longer fits before the number
    assert [q.approx for q in QuantityReader(doc, "fr", narrow).read_all()] == ["exact"]
