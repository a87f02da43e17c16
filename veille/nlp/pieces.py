"""Long articles are parsed in pieces, so that memory stays bounded whatever their length.

spaCy's tagger, parser and recogniser hold working memory for the whole text they are given (about
1.5 GB at 480,000 characters). A text longer than ``PIECE_CHARS`` is cut at paragraph ends (else line
ends, else sentence ends, else spaces), each piece is parsed alone, and the pieces are joined into one
``Doc`` with the original text, on which veille's own components then run
(``veille.extractors.pipeline.analyse_in_pieces``). Shorter texts, which are nearly all news, are
parsed whole as before.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..settings import PIECE_CHARS

_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?»”]\s"), re.compile(r"\s"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """[start, end) bounds that cover ``text`` exactly, each at most ``size`` characters where a cut
    can be found, cut at the strongest boundary in the second half of the window."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2:start + size]
        cut = None
        for boundary in _CUTS:
            found = [m.end() for m in boundary.finditer(window)]
            if found:
                cut = start + size // 2 + found[-1]
                break
        if cut is None:  # no space in half a piece: cut where the piece ends
            cut = start + size
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def parse_in_pieces(nlp: Language, text: str, size: int = PIECE_CHARS) -> Doc:
    """``nlp`` run on ``text`` piece by piece, the pieces joined into one Doc of the whole text."""
    docs = [nlp(text[s:e]) for s, e in pieces(text, size)]  # one at a time: a batch would hold them all
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # an invariant of spaCy's tokens: say so loudly if it ever breaks
        raise RuntimeError("the parsed pieces do not join into the original text")
    return doc
