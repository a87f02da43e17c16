"""What veille does to load and run the model faster changes nothing it finds."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les manifestants ont bloqué les routes ; deux policiers étaient blessés et sont soignés."),
    ("en", "The protesters were blocking roads while two officers had been wounded and were treated."),
])
def test_lemma_index_as_sets_gives_the_lemmas_of_the_lists(lang, text):
    from veille.extractors.pipeline import load_pipeline

    nlp = load_pipeline(lang)
    lemmatizer = nlp.get_pipe("lemmatizer")
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
