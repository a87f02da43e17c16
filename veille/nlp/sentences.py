"""Sentence starts the parser misses: a new paragraph, and a full stop whose space news copy lost
("lundi.Le").

Runs before the parser, which keeps the starts it is given; every later stage reads sentences.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ENDS = {".", "!", "?", "…"}
QUOTES = {'"', "«", "“", "‘"}


def _capital(text: str) -> bool:
    return text[:1].isupper()


@Language.component("veille_glued_sentences")
def glued_sentences(doc: Doc) -> Doc:
    """Start a sentence after a glued full stop: "lundi.Reconnaissant", "Américains"."Emmanuel"."""
    for i in range(1, len(doc)):
        if "\n" in doc[i - 1].text and doc[i - 1].is_space and not doc[i].is_space:
            doc[i].is_sent_start = True  # a paragraph, or the body after its headline
    for i in range(2, len(doc)):
        stop, token = doc[i - 1], doc[i]
        if stop.text in ENDS and not stop.whitespace_ and doc[i - 2].is_alpha and len(doc[i - 2]) > 1:
            opens_quote = token.text in QUOTES and i + 1 < len(doc) and _capital(doc[i + 1].text)
            if _capital(token.text) or opens_quote:
                token.is_sent_start = True
    return doc
