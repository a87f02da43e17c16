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
