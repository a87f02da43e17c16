"""Sentence starts the parser misses: a new paragraph, and a full stop whose space news copy lost
("lundi.Le").

Runs before the parser, which keeps the starts it is given; every later stage reads sentences.
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc

ENDS = {".", "!", "?", "…"}
QUOTES = {'"', "«", "“", "‘"}


def _capital(text: str) -> bool:
    return text[:1].isupper()


@Language.component("veille_glued_sentences")
def glued_sentences(doc: Doc) -> Doc:
    """Start a sentence after a glued full stop: "lundi.Reconnaissant", "Américains"."Emmanuel"; read
    from the tokens' attributes as one array."""
    from spacy.attrs import IS_ALPHA, IS_SPACE, LENGTH, ORTH, SPACY

    if len(doc) < 2:
        return doc
    array = doc.to_array([ORTH, IS_SPACE, IS_ALPHA, SPACY, LENGTH])
    orth, space, alpha, spaced, length = (array[:, k] for k in range(5))
    strings = doc.vocab.strings
    # a space token before a token that is not one: a paragraph, or the body after its headline, where it
    # holds a line end
    for i in (numpy.flatnonzero(space[:-1] & (space[1:] == 0)) + 1).tolist():
        if "\n" in strings[orth[i - 1]]:
            doc[i].is_sent_start = True
    # a stop with no space after it, after a word of two letters or more
    glued = (spaced[1:-1] == 0) & (alpha[:-2] != 0) & (length[:-2] > 1)
    for i in (numpy.flatnonzero(glued) + 2).tolist():
        if strings[orth[i - 1]] in ENDS:
            token = strings[orth[i]]
            opens_quote = token in QUOTES and i + 1 < len(doc) and _capital(strings[orth[i + 1]])
            if _capital(token) or opens_quote:
                doc[i].is_sent_start = True
    return doc
