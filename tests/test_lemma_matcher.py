"""The matcher on lower-cased lemmas gives a spaCy Matcher's matches, through spaCy's own LEMMA."""
from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from veille.nlp.lemma_matcher import lower_lemma_matcher

LOWER = "veille_test_lemma_lower"
if not Token.has_extension(LOWER):
    Token.set_extension(LOWER, getter=lambda t: t.lemma_.lower())

RULES = [
    ("test.verb", [[{"POS": "VERB", "_": {LOWER: {"IN": ["attack", "say"]}}}]]),
    ("test.pair", [[{"_": {LOWER: "make"}}, {"_": {LOWER: "clear"}, "POS": "ADJ"}]]),
]


def doc(vocab: Vocab, words: list[tuple[str, str, str]]) -> Doc:
    return Doc(vocab, words=[w for w, _, _ in words], lemmas=[lemma for _, lemma, _ in words],
               pos=[pos for _, _, pos in words])


def exact(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for name, patterns in RULES:
        matcher.add(name, patterns)
    return matcher


def test_same_matches_as_the_extension_across_documents_with_capitalised_lemmas():
    vocab = Vocab()
    fast, slow = lower_lemma_matcher(vocab, RULES, LOWER), exact(vocab)
    docs = [doc(vocab, [("They", "they", "PRON"), ("said", "say", "VERB"), ("it", "it", "PRON")]),
            # a lemma with capitals that lowers to a pattern word: seen first here
            doc(vocab, [("Attack", "Attack", "VERB"), ("now", "now", "ADV"), ("Say", "SAY", "NOUN")]),
            doc(vocab, [("We", "we", "PRON"), ("Made", "Make", "VERB"),
                        ("clear", "clear", "ADJ"), ("Attack", "Attack", "VERB")]),
            doc(vocab, [("no", "no", "DET"), ("match", "match", "NOUN")])]
    for d in docs:
        assert fast(d) == slow(d)
    assert [len(fast(d)) for d in docs] == [1, 1, 2, 0]
    assert fast.fast is not None  # the LEMMA matcher ran, not the extension's
    assert fast.spelled == {"attack": {"Attack"}, "say": {"SAY"}, "make": {"Make"}}


def test_a_test_it_cannot_rewrite_keeps_the_extension_matcher():
    vocab = Vocab()
    rules = [("test.regex", [[{"_": {LOWER: {"REGEX": "^att"}}}]])]
    matcher = lower_lemma_matcher(vocab, rules, LOWER)
    d = doc(vocab, [("Attacks", "Attack", "VERB")])
    assert matcher.fast is None
    assert [m[1:] for m in matcher(d)] == [(0, 1)]
