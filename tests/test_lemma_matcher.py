"""The table matchers give a spaCy Matcher's matches, in its order, reading the document's arrays."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from veille.nlp.lemma_matcher import TableMatcher, lower_lemma_matcher

LOWER = "veille_test_lemma_lower"
if not Token.has_extension(LOWER):
    Token.set_extension(LOWER, getter=lambda t: t.lemma_.lower())
AS_WRITTEN = "veille_test_as_written"
if not Token.has_extension(AS_WRITTEN):
    Token.set_extension(AS_WRITTEN, getter=lambda t: t.lemma_.lower() == t.lower_)

RULES = [
    ("test.verb", [[{"POS": "VERB", "_": {LOWER: {"IN": ["attack", "say"]}}}]]),
    ("test.pair", [[{"_": {LOWER: "make"}}, {"_": {LOWER: "clear"}, "POS": "ADJ"}]]),
]
# single words, pairs with a word between, tags by regular expression, an extension against True: rules
# whose matches end on the same tokens, to check the order
MIXED = [
    ("test.said", [[{"LOWER": {"IN": ["said", "told"]}, "TAG": {"REGEX": "^VB"}}],
                   [{"_": {LOWER: "say"}}, {}, {"LOWER": "that"}]]),
    ("test.word", [[{"ORTH": "that"}], [{"TEXT": "-"}], [{"LEMMA": "tell"}, {"POS": "PRON"}]]),
    ("test.written", [[{"LOWER": {"IN": ["said", "it"]}, "_": {AS_WRITTEN: True}}]]),
    ("test.any", [[{}, {"LOWER": "that"}], [{"LOWER": "told"}, {}, {}]]),
]


def english() -> Vocab:
    """A vocabulary that knows each word's lower case."""
    return spacy.blank("en").vocab


def doc(vocab: Vocab, words: list[tuple[str, str, str]], tags: list[str] | None = None) -> Doc:
    return Doc(vocab, words=[w for w, _, _ in words], lemmas=[lemma for _, lemma, _ in words],
               pos=[pos for _, _, pos in words], tags=tags)


def exact(vocab: Vocab, rules: list) -> Matcher:
    matcher = Matcher(vocab)
    for name, patterns in rules:
        matcher.add(name, patterns)
    return matcher


def test_same_matches_as_the_extension_across_documents_with_capitalised_lemmas():
    vocab = english()
    fast, slow = lower_lemma_matcher(vocab, RULES, LOWER), exact(vocab, RULES)
    docs = [doc(vocab, [("They", "they", "PRON"), ("said", "say", "VERB"), ("it", "it", "PRON")]),
            # a lemma with capitals that lowers to a pattern word
            doc(vocab, [("Attack", "Attack", "VERB"), ("now", "now", "ADV"), ("Say", "SAY", "NOUN")]),
            doc(vocab, [("We", "we", "PRON"), ("Made", "Make", "VERB"),
                        ("clear", "clear", "ADJ"), ("Attack", "Attack", "VERB")]),
            doc(vocab, [("no", "no", "DET"), ("match", "match", "NOUN")])]
    for d in docs:
        assert fast(d) == slow(d)
    assert [len(fast(d)) for d in docs] == [1, 1, 2, 0]
    assert fast.patterns is not None  # the arrays were read, not spaCy's Matcher


def test_same_matches_in_the_same_order_as_spacy_for_overlapping_patterns():
    vocab = english()
    fast, slow = TableMatcher(vocab, MIXED, lower_lemma=LOWER), exact(vocab, MIXED)
    words = [("He", "he", "PRON"), ("said", "say", "VERB"), ("that", "that", "SCONJ"), ("-", "-", "PUNCT"),
             ("she", "she", "PRON"), ("told", "tell", "VERB"), ("him", "he", "PRON"),
             ("that", "that", "SCONJ"), ("Said", "Say", "PROPN"), ("it", "it", "PRON"),
             ("that", "that", "SCONJ")]
    tags = ["PRP", "VBD", "IN", ":", "PRP", "VBD", "PRP", "IN", "NNP", "PRP", "IN"]
    d = doc(vocab, words, tags)
    assert fast.patterns is not None
    assert fast(d) == slow(d)
    assert len(fast(d)) >= 10
    ends = [end for _key, _start, end in fast(d)]
    assert ends == sorted(ends)


def test_a_document_without_the_annotation_a_pattern_needs_is_refused_as_spacy_does():
    vocab = english()
    matcher = TableMatcher(vocab, [("test.noun", [[{"POS": "NOUN"}]])])
    bare = Doc(vocab, words=["a", "word"])
    with pytest.raises(ValueError):
        matcher(bare)
    assert matcher(Doc(vocab, words=[])) == []


def test_a_test_it_cannot_read_keeps_spacys_matcher():
    vocab = english()
    rules = [("test.regex", [[{"_": {LOWER: {"REGEX": "^att"}}}]]),
             ("test.op", [[{"LOWER": "a", "OP": "+"}]])]
    matcher = lower_lemma_matcher(vocab, rules, LOWER)
    d = doc(vocab, [("Attacks", "Attack", "VERB"), ("a", "a", "DET")])
    assert matcher.patterns is None
    assert matcher(d) == exact(vocab, rules)(d)
    assert [m[1:] for m in matcher(d)] == [(0, 1), (1, 2)]


def test_a_span_is_matched_by_spacys_matcher():
    vocab = english()
    fast = TableMatcher(vocab, MIXED, lower_lemma=LOWER)
    d = doc(vocab, [("He", "he", "PRON"), ("said", "say", "VERB"), ("that", "that", "SCONJ")],
            ["PRP", "VBD", "IN"])
    assert fast(d[1:]) == exact(vocab, MIXED)(d[1:])


def test_patterns_found_from_a_later_token_and_from_indexed_words_match_as_spacy():
    vocab = english()
    # a first token only a regular expression tests; more word tests than are read by scanning
    rules = [("test.aux", [[{"DEP": {"REGEX": "^aux"}}, {"_": {LOWER: {"IN": ["say", "tell"]}}}],
                           [{"DEP": {"REGEX": "^aux"}}, {"POS": "ADV"}, {"_": {LOWER: "say"}}]]),
             ("test.pairs", [[{"_": {LOWER: first}}, {"_": {LOWER: second}}]
                             for first, second in (("make", "clear"), ("let", "know"), ("point", "out"),
                                                   ("say", "so"), ("has", "say"))])]
    words = ["He", "has", "said", "so", "and", "has", "clearly", "said", "it", "; ", "let", "Know"]
    lemmas = ["he", "have", "say", "so", "and", "have", "clearly", "Say", "it", ";", "let", "KNOW"]
    pos = ["PRON", "AUX", "VERB", "ADV", "CCONJ", "AUX", "ADV", "VERB", "PRON", "PUNCT", "VERB", "VERB"]
    deps = ["nsubj", "aux:tense", "ROOT", "advmod", "cc", "aux:tense", "advmod", "conj", "obj", "punct",
            "conj", "obj"]
    heads = [2, 2, 2, 2, 7, 7, 7, 2, 7, 7, 2, 10]
    d = Doc(vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads)
    fast = TableMatcher(vocab, rules, lower_lemma=LOWER)
    assert fast.patterns is not None
    assert fast(d) == exact(vocab, rules)(d)
    assert [m[1:] for m in fast(d)] == [(1, 3), (2, 4), (5, 8), (10, 12)]
