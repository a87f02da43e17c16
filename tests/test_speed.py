"""What veille does to load and run the model faster changes nothing it finds."""
from __future__ import annotations

import re

import pytest


def test_kept_patterns_come_back_into_re_cache_and_match_alike(tmp_path, monkeypatch):
    from veille.nlp import compiled

    monkeypatch.setenv("VEILLE_CACHE", str(tmp_path))
    words = [f"mot{i}x" for i in range(20_000)]
    text = "(?iu)^(?:" + "|".join(words) + r")[\-']?$"
    assert len(text) > compiled.LONGEST_COMPILED_AT_ONCE
    original = re.compile(text)
    compiled.keep("fr", [original, re.compile("court")])
    assert list(tmp_path.glob("patterns-fr-*.pickle"))

    re.purge()
    compiled.warm("fr")
    warmed = re._cache[str, text, 0]
    assert warmed is not original and re.compile(text) is warmed
    assert warmed.flags == original.flags
    for probe in ("MOT17X", "mot19999x-", "mot20000x", "mot1", "xmot1x", "mot5x'"):
        assert bool(warmed.match(probe)) == bool(original.match(probe))


def test_a_broken_kept_file_leaves_re_to_compile(tmp_path, monkeypatch):
    from veille.nlp import compiled

    monkeypatch.setenv("VEILLE_CACHE", str(tmp_path))
    compiled._path("fr").write_bytes(b"not a pickle")
    compiled.warm("fr")  # no error
    assert re.compile("abc").match("abc")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les manifestants ont bloqué les routes ; deux policiers étaient blessés et sont soignés."),
    ("en", "The protesters were blocking roads while two officers had been wounded and were treated."),
])
def test_lemma_index_as_sets_gives_the_lemmas_of_the_lists(lang, text):
    from veille.extractors.pipeline import load_pipeline

    nlp = load_pipeline(lang)
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "lemmatizer", lemmatizer)  # (the French one is behind its table)
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(table[key], frozenset) for key in table)
    doc = nlp(text)
    lemmatizer.cache.clear()
    fast = [lemmatizer.rule_lemmatize(t)[0] for t in doc]
    as_sets = {key: table[key] for key in table}
    try:
        for key, words in as_sets.items():
            table[key] = sorted(words)
        lemmatizer.cache.clear()
        slow = [lemmatizer.rule_lemmatize(t)[0] for t in doc]
    finally:
        for key, words in as_sets.items():
            table[key] = words
        lemmatizer.cache.clear()
    assert fast == slow


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_attribute_table_sets_what_the_attribute_ruler_sets(lang):
    import spacy

    from veille.nlp import _attribute_ruler_as_table
    from veille.settings import MODELS

    text = ("  Le maire  a parlé.\n\n  Puis\tdeux agents sont arrivés , \u00a0 vite . \n"
            "The mayor  spoke ;\n\n then two officers  came .  ")
    ruled = spacy.load(MODELS[lang])
    tabled = spacy.load(MODELS[lang])
    _attribute_ruler_as_table(tabled)

    def read(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc]

    assert read(tabled(text)) == read(ruled(text))
    kept = type(ruled.get_pipe("attribute_ruler")).__name__
    assert type(tabled.get_pipe("attribute_ruler")).__name__ == (
        "AttributeTable" if kept == "AttributeRuler" and lang == "fr" else kept)


def test_lemma_table_sets_what_the_french_lemmatizer_sets():
    import spacy

    from veille.nlp import _french_lemmatizer_as_table
    from veille.settings import MODELS

    text = ("Les gardes ont arrêté deux hommes ; les hommes arrêtés ont été relâchés.\n\n"
            "Elle arrête tout , puis  repart . Les gardes repartent")
    plain = spacy.load(MODELS["fr"])
    tabled = spacy.load(MODELS["fr"])
    _french_lemmatizer_as_table(tabled)
    assert type(tabled.get_pipe("lemmatizer")).__name__ == "LemmaTable"

    def read(doc):
        return [(t.text, t.pos_, t.lemma_) for t in doc]

    # (the first document is the lemmatizer's own, which checks its tables; the next ones the table's)
    for _ in range(2):
        assert read(tabled(text)) == read(plain(text))
    assert tabled.get_pipe("lemmatizer").lemmas
    english = spacy.load(MODELS["en"])
    _french_lemmatizer_as_table(english)
    assert type(english.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"


def test_a_finite_verb_takes_its_own_lemma_a_participle_the_lemmatizers():
    from veille.nlp import load_model

    doc = load_model("fr")("L'explosion tue une passagère. Elle s'est tue pendant des années.")
    assert [t.lemma_ for t in doc if t.lower_ == "tue"] == ["tuer", "taire"]


def test_an_attribute_ruler_of_other_rules_is_left_as_it_is():
    import spacy

    from veille.nlp import _attribute_ruler_as_table

    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "m."}, {"IS_TITLE": True}]], {"TAG": "TITLE"}, index=0)
    _attribute_ruler_as_table(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert nlp("M. Dupont")[0].tag_ == "TITLE"


def test_a_table_applies_later_rules_over_earlier_ones_tested_before_any():
    import spacy

    from veille.nlp.attribute_table import AttributeTable

    rules = [
        {"patterns": [[{"POS": "VERB"}]], "attrs": {"TAG": "V"}},
        {"patterns": [[{"POS": "VERB"}], [{"POS": "PRON"}]], "attrs": {"TAG": "VP", "POS": "NOUN"}},
        {"patterns": [[{"POS": "VERB"}]], "attrs": {"TAG": "VERB"}},  # tested on the part of speech as given
        {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "MORPH": "_"}},
    ]
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    table = AttributeTable(nlp, rules)
    read = []
    for apply in (ruler, table):
        doc = nlp.make_doc("il  part")
        for token, pos, dep in zip(doc, ("PRON", "SPACE", "VERB"), ("nsubj", "punct", "ROOT")):
            token.pos_, token.dep_ = pos, dep
        apply(doc)
        read.append([(t.tag_, t.pos_, t.dep_, str(t.morph)) for t in doc])
    assert read[1] == read[0]
    assert read[1] == [("VP", "NOUN", "nsubj", ""), ("_SP", "SPACE", "dep", ""), ("VERB", "NOUN", "ROOT", "")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il a payé 3 MILLIONS d'EUR, puis DEUX Cents. Près de QUARANTE morts, une Dizaine de blessés"),
    ("fr", "İl y a ſix ans, 12 Mds de µg, DOUZE ou trois."),  # letters that ignoring case reads otherwise
    ("en", "US$ 5 Billion and TWENTY-ONE, then Dozens of Hundreds, minus 4."),
])
def test_numbers_searched_in_lower_case_are_those_found_ignoring_case(lang, text):
    from veille.extractors.numbers import lower_for_search
    from veille.extractors.quantities import AsWritten, number_pattern, number_search

    expected = [(m.span(), m.groupdict()) for m in number_pattern(lang).finditer(text)]
    low = lower_for_search(text)
    if low is None:
        found = list(number_search(lang, lower_case=False).finditer(text))
    else:
        assert not number_search(lang).pattern.flags & re.IGNORECASE
        found = [AsWritten(m, text) for m in number_search(lang).finditer(low)]
    assert expected and [((m.start(), m.end()), m.groupdict()) for m in found] == expected
