"""Cached views of a Doc that the extractors read often: its text, token starts and sentences.

spaCy joins ``doc.text`` and walks ``doc.sents`` anew at each access; the extractors ask for them per
expression, so each is computed once per doc and kept in an extension.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

if not Doc.has_extension("veille_index"):
    Doc.set_extension("veille_index", default=None)
if not Doc.has_extension("veille_text"):
    Doc.set_extension("veille_text", default=None)


def doc_index(doc: Doc) -> tuple[list[int], list[int], list[Span]]:
    """Token starts, sentence starts (in tokens) and sentences of a doc, computed once per doc."""
    index = doc._.veille_index
    if index is None:
        sentences = list(doc.sents)
        index = ([t.idx for t in doc], [s.start for s in sentences], sentences)
        doc._.veille_index = index
    return index


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins anew at each access, joined once."""
    text = doc._.veille_text
    if text is None:
        text = doc._.veille_text = doc.text
    return text


def token_from(doc: Doc, char: int) -> Token | None:
    """The first token that starts at or after ``char``."""
    i = bisect_left(doc_index(doc)[0], char)
    return doc[i] if i < len(doc) else None


def token_covering(doc: Doc, char: int) -> Token | None:
    """The token that holds ``char`` (or the next one)."""
    i = bisect_right(doc_index(doc)[0], char) - 1
    return doc[max(i, 0)] if len(doc) else None


def sentence_of(token: Token) -> Span:
    """``token.sent``, without walking the doc's sentences each time."""
    _, starts, sentences = doc_index(token.doc)
    return sentences[max(bisect_right(starts, token.i) - 1, 0)]
