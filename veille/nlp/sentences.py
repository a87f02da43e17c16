"""Sentence starts the parser misses: a new paragraph, a full stop whose space news copy lost
("lundi.Le"), and a heading whose line it lost ("… du budget municipalLes élus").

Runs before the parser, which keeps the starts it is given; every later stage reads sentences.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .lang import language_pack

ENDS = {".", "!", "?", "…"}
QUOTES = {'"', "«", "“", "‘"}
CLOSERS = {")", "]", '"', "»", "”", "’"}
DASHES = {"-", "–", "—"}
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
# an elided capital's apostrophe and the word it joins ("L'association")
ELIDED = rf"['’][{UPPER}{LOWER}]"
# a full stop glued to the next sentence's capitalised word after an acronym, a year or a bracket
# ("l'ONG.Le", "en 2019.De", "(CICR).Il", "(AFP).L'ex-ministre"; after a small letter, the model's own
# rules cut it), or to the dash of a heading run into the text ("l'Etat.- Les enjeux -Le président", "en
# 2019.- Le salon -L'édition"): before a capitalised word or an elided capital
CAPITALISED = rf"[{UPPER}](?:[{LOWER}]|{ELIDED})"
GLUED_STOPS = [rf"(?:(?<=[{UPPER}][{UPPER}])|(?<=[0-9][0-9])|(?<=[\)\]]))\.(?={CAPITALISED})",
               rf"(?<=\w)[\)\]](?=\.{CAPITALISED})",
               rf"(?:(?<=[{LOWER}0-9\)\]])|(?<=[{UPPER}][{UPPER}]))\.(?=[-–—])"]
# the closing dash of such a heading, glued to the sentence after it ("-Le président", "-L'édition", '-"Nous')
GLUED_DASH = rf"[-–—](?=[\"«“]?[{UPPER}][{LOWER}'’])"
# a heading glued to its paragraph: the end of a word of three small letters or more, or of a figure,
# before a capitalised word of the pack's that opens a sentence and ends the chunk ("municipalLes",
# "2016En"), an elided one ("questionL'accord"), or a given name ("coursFrançois"); not "McDonald",
# "iPhone", "YouTube", whose left part is no whole word or whose right part opens no sentence
GLUED_HEADING_END = rf"(?:(?<=[{LOWER}]{{3}})|(?<=[0-9]))"
# what follows the join, by word list of the pack ("{}": the list's words, capitalised): a word alone in
# its chunk, an elided word before the next, a given name (or the first part of a compound one)
GLUED_RIGHT = {"openers": "(?:{})$", "elided": "(?:{})['’][" + UPPER + LOWER + "]",
               "names": "(?:{})(?:-[" + UPPER + "][" + LOWER + "]+)?$"}
# any capitalised word glued to a chunk of small letters only, from its start ("boisCoauteur",
# "fondsL'opposition", "l'unissonÀ"): no word of the language is written so, where "iPhone", "eBay" have
# one small letter first and "McDonald", "WhatsApp", "SaintJean" a capital. Python looks behind a fixed
# width only: one look per length of the chunk
GLUED_WORD_LONGEST = 24
GLUED_WORD_START = "|".join(rf"(?<=^[{LOWER}]{{{n}}})|(?<=^[{LOWER}]['’][{LOWER}]{{{n}}})"
                            for n in range(3, GLUED_WORD_LONGEST + 1))
GLUED_WORD = rf"(?:{GLUED_WORD_START})(?=[{UPPER}](?:[{LOWER}]|['’][{UPPER}{LOWER}]))"
# the two sides of such a cut once tokenized: the chunk of small letters (with an elided word before it,
# "l'" "unisson") and the capitalised word
DOTTED_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
# the word shapes such a figure may have ("d.ddd", "ddd.ddd.ddd"), to find them in one look at the doc
DOTTED_SHAPES = ["d" * lead + ".ddd" * groups for lead in range(1, 4) for groups in range(1, 5)]
GLUED_CHUNK = re.compile(rf"(?:[{LOWER}]+['’])?[{LOWER}]{{3,}}")
GLUED_CAPITAL = re.compile(rf"[{UPPER}](?:[{LOWER}]|['’]|$)")


def dotted_shapes(vocab) -> numpy.ndarray:
    """The ids of ``DOTTED_SHAPES`` in ``vocab``'s strings."""
    return numpy.array([vocab.strings.add(shape) for shape in DOTTED_SHAPES], dtype="uint64")


def cut_glued_stops(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer to cut the full stops and dashes that glue sentences together where news
    copy lost the space or the line between them, and a heading from the paragraph it runs into;
    ``glued_sentences`` then starts a sentence there."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tokenizer = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes) + GLUED_STOPS + [glued_heading_infix(nlp.lang)]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [GLUED_DASH]).search


def cut_inverted_pronouns(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer to cut off their verb the inverted pronouns its suffixes lack (the pack's
    ``INVERTED_PRONOUNS``: "ont-elles" is "ont", "-elles", as "ont-ils" is "ont", "-ils")."""
    from spacy.util import compile_suffix_regex

    pronouns = language_pack(nlp.lang).sentences.INVERTED_PRONOUNS
    if pronouns:
        alternation = "|".join(sorted({form for p in pronouns for form in (p, p.upper())}))
        suffix = rf"(?<=[{UPPER}{LOWER}])[-–—‐‑](?:{alternation})"
        nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + [suffix]).search


def glued_heading_infix(lang: str) -> str:
    """The tokenizer's cut of a heading glued to its paragraph, with ``lang``'s words that open a
    sentence, capitalised (with and without the accent of their first letter: "Également", "Egalement")."""
    words = language_pack(lang).sentences
    single = [w for w in words.SENTENCE_OPENERS if len(w) == 1]  # "A", "À": after letters only

    def alternation(forms) -> str:
        return "|".join(re.escape(form) for form in sorted({c for w in forms for c in _capitals(w)},
                                                            key=lambda f: (-len(f), f)))

    lists = {"openers": [w for w in words.SENTENCE_OPENERS if w not in single],
             "elided": words.ELIDED_OPENERS, "names": words.GIVEN_NAMES}
    right = "|".join(GLUED_RIGHT[kind].format(alternation(lists[kind]))
                     for kind in GLUED_RIGHT if lists[kind])  # (a pack may have no elision)
    infix = rf"{GLUED_HEADING_END}(?={right})"
    if single:
        infix += rf"|(?<=[{LOWER}]{{3}})(?=(?:{alternation(single)})$)"
    infix += rf"|{GLUED_WORD}"
    return rf"(?=[{UPPER}])(?:{infix})"  # (a capital first: most places fail there at once)


def _capitals(word: str) -> set[str]:
    capital = word[:1].upper() + word[1:]
    plain = unicodedata.normalize("NFD", capital[:1])[:1] + capital[1:]
    return {capital, plain}


@cache
def heading_openers(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised forms of ``lang``'s words that open a sentence (elided ones with their apostrophe),
    and of its given names."""
    words = language_pack(lang).sentences
    openers = {c for w in words.SENTENCE_OPENERS for c in _capitals(w)}
    openers |= {c + mark for w in words.ELIDED_OPENERS for c in _capitals(w) for mark in "'’"}
    return frozenset(openers), frozenset(c for w in words.GIVEN_NAMES for c in _capitals(w))


def _ends_glued_heading(text: str, opener_length: int) -> bool:
    """Whether ``text`` can end a heading glued to the word after it: a word ending in three small letters,
    or a figure (not before a one-letter word: "4A")."""
    if text[-1:].isdigit():
        return opener_length > 1
    return len(text) >= 3 and all(c.islower() for c in text[-3:])


def _capital(text: str) -> bool:
    return text[:1].isupper()


@Language.factory("veille_glued_words")
def glued_words(nlp: Language, name: str) -> GluedWords:
    return GluedWords(nlp)


class GluedWords:
    """Pipeline component, first: a hyphenated word that the tokenizer's cut of a glued full stop split
    ("lundi.Jean-Luc", "Pen.L'ex-députée": "Jean", "-", "Luc") is one word again, where alone it is one
    to the tokenizer (not "a-t-il")."""

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import IS_ALPHA, ORTH, SPACY

        if len(doc) < 3:
            return doc
        array = doc.to_array([ORTH, SPACY, IS_ALPHA])  # (read as one array: no Token made for each word)
        orth, spaced, alpha = (array[:, k] for k in range(3))
        dashes = numpy.isin(orth[1:-1], [doc.vocab.strings.add(d) for d in DASHES])
        inside = dashes & (spaced[1:-1] == 0) & (spaced[:-2] == 0) & (alpha[:-2] != 0) & (alpha[2:] != 0)
        words: list[list[int]] = []
        for i in (numpy.flatnonzero(inside) + 1).tolist():
            if words and words[-1][1] == i - 1:
                words[-1][1] = i + 1  # ("Jean-Marie-Luc": one word of three)
            else:
                words.append([i - 1, i + 1])
        joined = [doc[first:last + 1] for first, last in words]
        joined = [span for span in joined if len(self.tokenizer(span.text)) == 1]
        if joined:
            with doc.retokenize() as retokenizer:
                for span in joined:
                    retokenizer.merge(span)
        return doc


@Language.component("veille_glued_sentences")
def glued_sentences(doc: Doc) -> Doc:
    """Start a sentence after a glued full stop ("lundi.Reconnaissant", "Américains"."Emmanuel") and at
    the paragraph a heading runs into ("municipalLes élus"); read from the tokens' attributes as one
    array."""
    from spacy.attrs import IS_ALPHA, IS_SPACE, LENGTH, ORTH, SENT_START, SHAPE, SPACY

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
            if strings[orth[i]] in QUOTES and i + 1 < len(doc) and not space[i + 1]:
                doc[i + 1].is_sent_start = False  # (a quote opening the paragraph: its sentence with it)
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
    # a figure whose thousands a dot sets apart ("5.996", "1.349 morts"), a shape the model hardly saw: no
    # sentence starts at the word it counts, nor at the figure unless a stop or a paragraph is before it
    # (both this and the next step change the sentence starts read here, written back once)
    starts = doc.to_array([SENT_START]).astype("int64")
    shapes = doc.to_array([SHAPE])
    figures = [i for i in numpy.flatnonzero(numpy.isin(shapes, dotted_shapes(doc.vocab))).tolist()
               if i + 1 < len(doc) and DOTTED_THOUSANDS.fullmatch(strings[orth[i]])]
    for i in figures:
        before = strings[orth[i - 1]] if i else ""
        if i and starts[i] != 1 and before not in ENDS and "\n" not in before:
            starts[i] = -1
        starts[i + 1] = -1
    changed = bool(figures)
    openers, names = heading_openers(doc.lang_)
    # a word after a word and a space: no sentence starts at a small letter ("Israël" "poursuivra"), nor at a
    # capitalised name ("le ministre de la Défense Naftali Bennett", "rapporte Paris Match"), where the
    # parser may start one; a word that opens one ("… Réaction immédiate Le chroniqueur", a heading run into
    # its paragraph) may still, and so may any after a heading in capitals ("… SUR MOSSOUL Plus de 400
    # militaires") or inside one
    after_word = (spaced[:-1] != 0) & (alpha[:-1] != 0) & (alpha[1:] != 0)
    for i in (numpy.flatnonzero(after_word) + 1).tolist():
        token, before = strings[orth[i]], strings[orth[i - 1]]
        in_capitals = before.isupper() and (token.isupper() or i > 1 and strings[orth[i - 2]].isupper())
        if starts[i] != 1 and (token[:1].islower() or token[:1].isupper() and token not in openers and
                               not in_capitals):
            starts[i] = -1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.astype("uint64"))
    unspaced = (numpy.flatnonzero(spaced[:-1] == 0) + 1).tolist()  # tokens glued to the one before
    # an elided word ("L'", "qu'") is one with the word glued to it: no sentence starts after it
    for i in unspaced:
        if strings[orth[i - 1]][-1:] in ("'", "’") and strings[orth[i - 1]][:-1].isalpha() and alpha[i]:
            doc[i].is_sent_start = False
    # a heading glued to the paragraph after it, cut by the tokenizer ("municipalLes", "coursFrançois",
    # "boisCoauteur")
    for i in unspaced:
        token = strings[orth[i]]
        if _glued_word(doc, i):
            doc[i].is_sent_start = True
            _runs_to_its_stop(doc, i)
        elif (token in openers or token in names) and _ends_glued_heading(strings[orth[i - 1]], len(token)):
            if token in openers or (i + 1 < len(doc) and (
                    _capital(strings[orth[i + 1]]) or strings[orth[i + 1]] in DASHES)):
                doc[i].is_sent_start = True
                if i + 1 < len(doc):
                    doc[i + 1].is_sent_start = False  # (the paragraph's first word opens its sentence)
    # a heading's closing dash, a space before it and none after, glued to a capitalised word or a quote
    for i in unspaced:
        if strings[orth[i - 1]] in DASHES and i > 1 and spaced[i - 2] and (
                _capital(strings[orth[i]]) or strings[orth[i]] in QUOTES):
            doc[i].is_sent_start = True
            if strings[orth[i]] in QUOTES and i + 1 < len(doc):
                doc[i + 1].is_sent_start = False  # (the quote opens the sentence with its first word)
    return doc


def _runs_to_its_stop(doc: Doc, start: int) -> None:
    """The parser, given a sentence start after a heading with no final stop, starts another within a few
    words ("Le bilan de la nuit" "Vianney" ", le maire, a salué ..."): the sentence that starts at ``start``
    runs on to its first stop, or to the next line."""
    for token in doc[start + 1:]:
        if "\n" in token.text:
            break
        token.is_sent_start = False
        if token.text in ENDS:
            break  # (the stop ends this sentence; the parser reads on from the next word)


def _glued_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]``, a capitalised word, is glued to a chunk of small letters only, as ``GLUED_WORD``
    cuts them ("bois" "Coauteur", "l'unisson" "À")."""
    if GLUED_CAPITAL.match(doc[i].text) is None:
        return False
    start = i - 1
    if start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text[-1:] in ("'", "’"):
        start -= 1  # ("l'" "unisson": one chunk, cut at its apostrophe)
    chunk = doc[start:i].text
    # (the chunk starts the word: after a space, the text's start or punctuation, not a letter or figure)
    return GLUED_CHUNK.fullmatch(chunk) is not None and (
        start == 0 or doc[start - 1].whitespace_ != "" or not doc[start - 1].text[-1:].isalnum())


def _glued_start(doc: Doc, i: int, token: str) -> None:
    """Start a sentence at ``doc[i]``, right after a glued stop, where it opens one: a capitalised word, a
    quotation mark before one, or a heading's dash."""
    opens_quote = token in QUOTES and i + 1 < len(doc) and _capital(doc[i + 1].text)
    if _capital(token) or opens_quote or token in DASHES:
        doc[i].is_sent_start = True
