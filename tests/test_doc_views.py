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
