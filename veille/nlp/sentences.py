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
CLOSERS = {")", "]", '"', "»", "”", "’"}
DASHES = {"-", "–", "—"}
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
# a full stop glued to the next sentence's capitalised word after an acronym, a year or a bracket
# ("l'ONG.Le", "en 2019.De", "(CICR).Il"; after a small letter, the model's own rules cut it), or to the
# dash of a heading run into the text ("l'Etat.- Les enjeux -Le président")
GLUED_STOPS = [rf"(?:(?<=[{UPPER}][{UPPER}])|(?<=[0-9][0-9])|(?<=[\)\]]))\.(?=[{UPPER}][{LOWER}])",
               rf"(?<=\w)[\)\]](?=\.[{UPPER}][{LOWER}])",
               rf"(?:(?<=[{LOWER}\)\]])|(?<=[{UPPER}][{UPPER}]))\.(?=[-–—])"]
# the closing dash of such a heading, glued to the sentence after it ("-Le président", '-"Nous')
GLUED_DASH = rf"[-–—](?=[\"«“]?[{UPPER}][{LOWER}])"


def cut_glued_stops(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer to cut the full stops and dashes that glue sentences together where news
    copy lost the space or the line between them; ``glued_sentences`` then starts a sentence there."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + GLUED_STOPS).finditer
    tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [GLUED_DASH]).search


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
    # a stop with no space after it, after a word of two letters or more, a figure or a bracket
    glued = (spaced[1:-1] == 0) & (length[:-2] > 1)
    for i in (numpy.flatnonzero(glued) + 2).tolist():
        if strings[orth[i - 1]] in ENDS and (alpha[i - 2] or strings[orth[i - 2]].isdigit()):
            _glued_start(doc, i, strings[orth[i]])
    after_closer = (spaced[1:-1] == 0) & (spaced[:-2] == 0)
    for i in (numpy.flatnonzero(after_closer) + 2).tolist():
        if strings[orth[i - 1]] in ENDS and strings[orth[i - 2]] in CLOSERS and i > 2 and alpha[i - 3]:
            _glued_start(doc, i, strings[orth[i]])
    # a hyphen inside a word the tokenizer cut ("état-major", "colonel-major"): no sentence starts there
    inside = (spaced[:-2] == 0) & (spaced[1:-1] == 0) & (alpha[:-2] != 0) & (alpha[2:] != 0)
    for i in (numpy.flatnonzero(inside) + 1).tolist():
        if strings[orth[i]] in DASHES:
            doc[i].is_sent_start = False
            doc[i + 1].is_sent_start = False
    # a heading's closing dash, a space before it and none after, glued to a capitalised word or a quote
    for i in (numpy.flatnonzero(spaced[:-1] == 0) + 1).tolist():
        if strings[orth[i - 1]] in DASHES and i > 1 and spaced[i - 2] and (
                _capital(strings[orth[i]]) or strings[orth[i]] in QUOTES):
            doc[i].is_sent_start = True
            if strings[orth[i]] in QUOTES and i + 1 < len(doc):
                doc[i + 1].is_sent_start = False  # (the quote opens the sentence with its first word)
    return doc


def _glued_start(doc: Doc, i: int, token: str) -> None:
    """Start a sentence at ``doc[i]``, right after a glued stop, where it opens one: a capitalised word, a
    quotation mark before one, or a heading's dash."""
    opens_quote = token in QUOTES and i + 1 < len(doc) and _capital(doc[i + 1].text)
    if _capital(token) or opens_quote or token in DASHES:
        doc[i].is_sent_start = True
