"""Cached views of a Doc that the extractors read often: its text, token starts and sentences.

spaCy joins ``doc.text`` and walks ``doc.sents`` anew at each access; the extractors ask for them per
expression, so each is computed once per doc and kept in an extension.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

if not Doc.has_extension("veille_index"):
    Doc.set_extension("veille_index", default=None)
if not Doc.has_extension("veille_text"):
    Doc.set_extension("veille_text", default=None)
# where spaCy keeps a Doc's extension values (``doc._.name`` reads ``doc.user_data[key]``): read directly,
# without the ``doc._`` object each access makes; a spaCy that kept them elsewhere would only recompute
_INDEX_KEY = ("._.", "veille_index", None, None)
_TEXT_KEY = ("._.", "veille_text", None, None)
# the characters before a straight quotation mark that make it open ('a dit :"...')
QUOTE_OPENS_AFTER = ":([\u2014\u2013"


def doc_index(doc: Doc) -> tuple[list[int], list[int], list[Span]]:
    """Token starts, sentence starts (in tokens) and sentences of a doc, computed once per doc."""
    index = doc.user_data.get(_INDEX_KEY)
    if index is None:
        from spacy.attrs import IDX

        sentences = list(doc.sents)
        index = (doc.to_array([IDX]).reshape(-1).tolist(), [s.start for s in sentences], sentences)
        doc._.veille_index = index
    return index


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins anew at each access, joined once."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc._.veille_text = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Keep ``text`` as ``doc_text(doc)``: the text a Doc was tokenised from, which spaCy's tokenizer keeps
    whole (``doc.text`` joins its tokens back into it), so no join is needed."""
    doc._.veille_text = text


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text (``doc_text``) rather than joined from its tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def tagged(doc: Doc, pos: str) -> list[bool]:
    """Whether each token's part of speech is ``pos``, read from the doc's array without a Token made for
    each: a pass that reads only the words of one kind skips the others by it."""
    from spacy.attrs import POS

    wanted = doc.vocab.strings[pos]
    return [tag == wanted for tag in doc.to_array([POS]).tolist()]


def token_from(doc: Doc, char: int) -> Token | None:
    """The first token that starts at or after ``char``."""
    i = bisect_left(doc_index(doc)[0], char)
    return doc[i] if i < len(doc) else None


def token_covering(doc: Doc, char: int) -> Token | None:
    """The token that holds ``char`` (or the next one)."""
    i = bisect_right(doc_index(doc)[0], char) - 1
    return doc[max(i, 0)] if len(doc) else None


def marked_by(verb: Token, marks: set[str] | frozenset[str]) -> bool:
    """Whether a verb opens a clause marked by one of ``marks`` ("pour dénoncer", "afin de tuer")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def hyphen_in_word(token: Token) -> bool:
    """A hyphen the tokenizer cut out of a word ("état-major", which its exceptions do not hold): no
    punctuation of the phrase."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and \
        not token.whitespace_ and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha


def phrase_root(span: Span) -> Token:
    """A phrase's head: its root, but before a hyphen the tokenizer cut out of a word, where the parse
    breaks ("une source de l'état-major": "source", not "major")."""
    cut = next((t.i for t in span if hyphen_in_word(t)), None)
    return span.doc[span.start:cut].root if cut is not None and cut > span.start else span.root


def finite_verb(token: Token) -> bool:
    """Whether ``token`` is a verb of a clause of its own tense: finite, or with a finite auxiliary ("ont
    tué")."""
    return token.pos_ in ("VERB", "AUX") and ("Fin" in token.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in token.children))


def verb_group_start(verb: Token) -> int:
    """Where a verb's group starts: its first auxiliary before it ("a déclaré": "a"), else the verb."""
    return min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)])


def sentence_of(token: Token) -> Span:
    """``token.sent``, without walking the doc's sentences each time."""
    _, starts, sentences = doc_index(token.doc)
    return sentences[max(bisect_right(starts, token.i) - 1, 0)]


class SpanIndex:
    """Character spans, kept in their given order, found by where they lie without a scan of all of them.

    Every answer is what a scan of all the spans in their given order would give: the index only narrows
    the scan to the spans whose start can qualify (a span is never longer than the longest one).
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.longest = max((e - s for s, e in spans), default=0)
        # the furthest end among the spans that start at or before each start, for ``covers``
        self.reach: list[int] = []
        for i in self.order:
            self.reach.append(max(self.reach[-1], spans[i][1]) if self.reach else spans[i][1])

    def _given_order(self, lo: int, hi: int) -> list[int]:
        return sorted(self.order[lo:hi])

    def starting_within(self, first: int, last: int) -> list[int]:
        """Indexes, in given order, of the spans that start at ``first`` to ``last`` (both included)."""
        return self._given_order(bisect_left(self.starts, first), bisect_right(self.starts, last))

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indexes, in given order, of the spans with ``s < end and start < e``."""
        candidates = self._given_order(bisect_right(self.starts, start - self.longest),
                                       bisect_left(self.starts, end))
        return [i for i in candidates if start < self.spans[i][1]]

    def covers(self, char: int) -> bool:
        """Whether some span has ``s <= char < e``."""
        k = bisect_right(self.starts, char)
        return k > 0 and self.reach[k - 1] > char


class TakenSpans:
    """Character spans already taken: whether a new one, which holds at least one character, overlaps one
    of them (``s < end and start < e``), without a scan of them all."""

    def __init__(self, length: int) -> None:
        self.chars = bytearray(length + 1)
        self.empty: list[tuple[int, int]] = []  # spans that hold no character, checked one by one

    def add(self, start: int, end: int) -> None:
        if start < end:
            self.chars[start:end] = b"\x01" * (end - start)
        else:
            self.empty.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return (start < end and self.chars.find(1, start, end) >= 0) or any(
            start < e and s < end for s, e in self.empty)


def set_beside(span: tuple[int, int] | list[int], others: list, gap: int = 2) -> bool:
    """Whether a span ends right before one of ``others`` or starts right after one, ``gap`` characters at
    most between them (a description beside a name: "le ministre allemand X", "X, ministre")."""
    return any(0 <= o[0] - span[1] <= gap or 0 <= span[0] - o[1] <= gap for o in others)


def quoted_spans(text: str, quotes: dict[str, str], longest: int) -> list[tuple[int, int]]:
    """The quotes of a text, marks included, in text order: guillemets and curly marks pair within a
    paragraph, straight marks (those of ``quotes`` that close as they open) by their sides."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"«[^»\n]*»|“[^”\n]*”", text)]
    for mark in (m for m, closing in quotes.items() if m == closing):
        inside = quotes_by_sides(text, mark, longest, QUOTE_OPENS_AFTER)
        spans += [(s - len(mark), e + len(mark)) for s, e in inside]
    return sorted(spans)


def quotes_by_sides(text: str, mark: str, longest: int, opens_after: str) -> list[tuple[int, int]]:
    """The spans inside a straight quotation mark ('"', which closes as it opens), paired by their sides: a
    mark after a space (or one of ``opens_after``) and before a word opens, one after a word and before a
    space or a punctuation mark closes; any other (glued to words on both sides where paragraphs run
    together: 'prix."Le') opens or closes as the pairing so far wants. A span runs from the opening mark's
    end to the closing mark's start, at most ``longest`` characters."""
    out = []
    opened = -1
    for m in re.finditer(re.escape(mark), text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[m.end()] if m.end() < len(text) else " "
        space_before = before.isspace() or before in opens_after
        if (space_before or before in "'\u2019") and (after.isalnum() or after in opens_after):
            side = "open"  # (after an elision too: 'l'"été indien"')
        elif not space_before and (after.isspace() or not after.isalnum()):
            side = "close"
        else:
            side = "close" if opened >= 0 else "open"
        if side == "open":
            opened = m.end()
        elif opened >= 0:
            if i - opened <= longest:
                out.append((opened, i))
            opened = -1
    return out
