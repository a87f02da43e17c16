"""The cached views of a Doc are computed once and read back without recomputing."""
from __future__ import annotations

import spacy

from veille.extractors.docs import doc_index, doc_text


def test_token_starts_and_sentences_are_computed_once_and_kept():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("Le chat dort. Il pleut à Paris !  Oui.")
    index = doc_index(doc)
    assert doc_index(doc) is index  # read back, not computed again
    assert index[0] == [token.idx for token in doc]
    assert index[1] == [sentence.start for sentence in doc.sents]
    assert doc._.veille_index is index
    text = doc_text(doc)
    assert text == doc.text and doc_text(doc) is text and doc._.veille_text is text


def test_an_empty_doc_has_empty_views():
    doc = spacy.blank("en")("")
    assert doc_index(doc)[:2] == ([], [])
    assert doc_text(doc) == ""



def test_a_phrase_cut_by_a_hyphen_in_a_word_has_its_head_before_the_cut():
    from spacy.tokens import Doc

    from veille.extractors.docs import hyphen_in_word, phrase_root

    # "une source de l'état-major des armées", parsed as a parse cut by the hyphen may read it: "major" the
    # root, "source" hung on it
    words = ["une", "source", "de", "l'", "état", "-", "major", "des", "armées"]
    spaces = [True, True, True, False, False, False, True, True, False]
    heads = [1, 6, 4, 4, 1, 6, 6, 8, 6]
    deps = ["det", "nmod", "case", "det", "nmod", "punct", "ROOT", "case", "nmod"]
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    phrase = doc[0:len(doc)]
    assert [t.i for t in phrase if hyphen_in_word(t)] == [5]
    assert phrase.root.text == "major"
    assert phrase_root(phrase).text == "source"
    assert phrase_root(doc[0:2]).text == "source"  # no hyphen: the parse's root
