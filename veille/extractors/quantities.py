"""Quantities: every number tied to what it counts, with its bounds, unit, links and changes.

Numbers are read from the text with each language's separators and number words
(``veille.extractors.numbers``); their bound words, units and categories come from the tables of
``veille.nlp.lang.<lang>.numbers`` and ``.quantities``; what they count comes from the dependency
parse. Dates, times, durations and ages are left to the time stage: a number inside one of its
expressions, or counting years of age, is not a quantity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Change, Counted, Quantity
from .docs import SpanIndex, doc_text, sentence_of, token_covering, token_from
from .numbers import (
    DIGITS,
    alternation,
    as_number,
    number_data,
    parse_digits,
    parse_words,
    read_number,
    within_reach,
    words_pattern,
)

if not Doc.has_extension("veille_quantities"):
    Doc.set_extension("veille_quantities", default=None)

# dependency labels that end what a counted noun phrase takes in on its right
PHRASE_ENDS = {"punct", "conj", "cc", "acl:relcl", "relcl", "advcl", "parataxis", "appos", "nsubj",
               "nsubj:pass", "dep", "mark", "ccomp", "xcomp"}
MAX_COUNTED_TOKENS = 10


@cache
def quantity_data(lang: str) -> ModuleType:
    return import_module(f"veille.nlp.lang.{lang}.quantities")


@dataclass
class Number:
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    value: float | None = None
    approx: str = "exact"
    unit: str | None = None
    counted: dict | None = None
    head: Token | None = field(default=None, repr=False)  # the counted noun
    id: str = ""
    links: dict = field(default_factory=dict)
    change_from: str | None = None


@cache
def number_pattern(lang: str) -> re.Pattern:
    """Digits with an optional currency, sign and scale words; number words; fractions; "une dizaine";
    "des centaines (de milliers)"."""
    data = number_data(lang)
    scales = alternation([*data.HUNDREDS, *(w for w, v in data.SCALES.items() if v >= 1000)])
    abbreviations = alternation(data.SCALE_ABBREVIATIONS)
    indefinite = alternation(data.INDEFINITES)
    of = alternation(data.OF)
    vague_det = alternation([d for d in data.VAGUE_DETERMINERS if d])
    currency = alternation(data.UNITS_BEFORE)
    parts = [
        rf"(?P<vague>(?:(?:{vague_det})\s+)?(?:{alternation(data.VAGUE_NOUNS)})"
        rf"(?:\s+(?:{of})\s*(?:{alternation(data.VAGUE_NOUNS)}))?)",
        rf"(?P<approx_noun>(?:{indefinite})\s+(?:{alternation(data.APPROXIMATE_NOUNS)}))",
    ]
    if data.DIGIT_FRACTIONS:
        parts.append(r"(?P<fraction>\d+\s?[/⁄]\s?\d+)")
    if data.FRACTION_WORDS:
        parts.append(rf"(?P<fraction_words>{alternation(data.FRACTION_WORDS)})")
    parts += [
        rf"(?P<digits>(?P<currency>(?:{currency})\s?)?(?P<sign>[-−](?=\d)|minus[\s-])?(?:{DIGITS})"
        rf"(?:(?:\s*(?:{scales}))+|(?:\s?(?P<abbreviation>{abbreviations}))(?![\w]))?)",
        rf"(?P<words>(?:(?:{indefinite})[\s-]+)?{words_pattern(lang)})",
    ]
    return re.compile(rf"(?<![\w.,/:$€£-])(?:{'|'.join(parts)})(?!\w|[.,]\d|-\w)", re.IGNORECASE)


@cache
def prefix_patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    """Per bound class, the words before a number that set it ("plus de", "jusqu'à"), as one pattern."""
    out = []
    for approx, phrases in number_data(lang).PREFIXES.items():
        elided = [p for p in phrases if p.endswith("'")]
        spaced = [p for p in phrases if not p.endswith("'")]
        parts = [f"(?:{alternation(spaced)})\\s+"] if spaced else []
        parts += [f"(?:{alternation(elided)})"] if elided else []
        out.append((approx, re.compile(rf"(?:^|\W)((?:{'|'.join(parts)}))$")))
    return out


@cache
def unit_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The unit right after a number ("%", "km", "euros"), and a currency after "de"/"of"."""
    data = number_data(lang)
    units = re.compile(rf"\s?({alternation(data.UNITS_AFTER)})(?!\w)")
    currencies = re.compile(rf"\s+(?:{alternation(data.OF)})\s*({alternation(data.CURRENCY_AFTER_OF)})\b")
    return units, currencies


def read_digits(text: str, lang: str) -> float | None:
    """ "4 460", "1,5 million", "$-50.8bn", "4 hundred million" -> their value (currency left aside)."""
    data = number_data(lang)
    m = re.search(rf"([-−]|minus[\s-])?({DIGITS})\s*(.*)$", text, re.IGNORECASE)
    if not m:
        return None
    value = parse_digits(m.group(2), lang)
    if value is None:
        return None
    for scale in m.group(3).lower().split():
        value *= data.SCALES.get(scale) or data.HUNDREDS.get(scale) or data.SCALE_ABBREVIATIONS.get(scale) or 1
    return -value if m.group(1) else value


def read_words(text: str, lang: str) -> float | None:
    data = number_data(lang)
    words = re.split(r"[\s-]+", text.lower())
    if words[0] in data.INDEFINITES:
        if len(words) == 1 or not any(w in data.SCALES or w in data.HUNDREDS for w in words[1:]):
            return None  # the indefinite article: "un homme", "a man"
        words[0] = "one" if "one" in data.UNITS else words[0]
    return parse_words(" ".join(words), lang)


class QuantityReader:
    """Reads the quantities of one article."""

    def __init__(self, doc: Doc, lang: str) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.low_text = self.text.lower().replace("’", "'")
        self.lang = lang
        self.numbers = number_data(lang)
        self.lex = quantity_data(lang)
        self.times = SpanIndex([tuple(t.span) for t in doc._.veille_times or [] if t.span])
        self.category_words = set().union(*self.lex.CATEGORIES.values())

    # -- finding numbers ---------------------------------------------------------------------------
    def candidates(self) -> list[Number]:
        out = []
        for m in number_pattern(self.lang).finditer(self.text):
            n = self.read(m)
            if n is not None and not self.excluded(n):
                out.append(n)
        return out

    def read(self, m: re.Match) -> Number | None:
        n = Number(m.start(), m.end())
        surface = m.group()
        if m.group("vague"):
            words = re.split(r"\s+", surface.lower())
            bases = [self.numbers.VAGUE_NOUNS[w] for w in words if w in self.numbers.VAGUE_NOUNS]
            base = 1
            for b in bases:
                base *= b
            n.low, n.high, n.approx = 2 * base, 10 * base - 1, "vague"
            if bases and bases[0] == 12:  # "dozens": two dozen and up
                n.low, n.high = 24, 99
            return n
        if m.group("approx_noun"):
            noun = surface.lower().split()[-1]
            n.value, n.approx = self.numbers.APPROXIMATE_NOUNS[noun], "about"
            return n
        if m.groupdict().get("fraction"):
            top, bottom = re.split(r"\s?[/⁄]\s?", surface)
            n.value = int(top) / int(bottom) if int(bottom) else None
            return n if n.value is not None else None
        if m.groupdict().get("fraction_words"):
            if re.search(r"\b(?:first|second|this|last|the)\s+$", self.low_text[max(0, n.start - 8):n.start]):
                return None  # "the second half" of a game or a year
            n.value = self.numbers.FRACTION_WORDS[surface.lower()]
            return n
        if m.group("digits"):
            abbreviation = (m.group("abbreviation") or "").lower()
            glued_before_word = re.match(r"\s[a-z]{3,}", self.low_text[m.end():m.end() + 5]) and \
                not self.text[m.start("abbreviation") - 1].isspace() if abbreviation else False
            if abbreviation in self.numbers.CURRENCY_ONLY_SCALES and not m.group("currency") \
                    and not glued_before_word:  # "1.2m tons" is a million, "1.5m" alone is metres
                n.end -= len(m.group("abbreviation"))  # "80 m" is metres, "$10m" ten million
                surface = self.text[n.start:n.end].rstrip()
                n.end = n.start + len(surface)
            if m.group("currency"):
                n.unit = self.numbers.UNITS_BEFORE[m.group("currency").strip().lower()]
            value = read_digits(surface, self.lang)
        else:
            words = surface.lower().split()
            if len(words) == 1 and (words[0] in self.numbers.HUNDREDS or self.numbers.SCALES.get(words[0], 0) >= 1e6):
                return None  # "million" or "hundred" with no number before it
            token = token_covering(self.doc, n.start)
            if token is not None and words == [token.lower_] and token.pos_ in ("PRON", "NOUN"):
                return None  # "the same one", "get one"
            value = read_words(surface, self.lang)
        if value is None or not within_reach(value):
            return None
        n.value = value
        return n

    def excluded(self, n: Number) -> bool:
        """Inside a time expression, an identifier, a rank, an age, a reference: not a quantity."""
        if self.times.overlapping(n.start, n.end):
            return True
        before = self.low_text[max(0, n.start - 20):n.start]
        after = self.low_text[n.end:n.end + 16]
        last_word = [w.split("'")[-1] for w in re.findall(r"[\w°º.'-]+", before)[-1:]]
        if before.endswith(("n°", "nº", "#")) or (last_word and last_word[0] in self.numbers.NOT_BEFORE
                                                   and before.endswith(" ")):
            return True
        if re.match(rf"\s+(?:{alternation(self.numbers.NOT_COUNTS)})\b", after):
            return True  # "les deux tiers", "deux fois"
        if re.match(rf"(?:{alternation(self.numbers.NOT_AFTER)})\b", after):
            return True  # "1er", "3e", "21st"
        if re.match(r"[a-zé]", after) and not re.match(rf"(?:{alternation(self.numbers.GLUED_UNITS)})\b", after):
            return True  # an identifier or a code: "4x4", "5G"
        if re.match(r"\s*,", after) and re.search(r"[A-Z]\w+,\s*$", self.text[max(0, n.start - 30):n.start]):
            return True  # "Jamie Armstrong, 25, said": an age
        if (n.value is not None and 1800 <= n.value <= 2100 and float(n.value).is_integer()
                and re.fullmatch(r"\d{4}", self.text[n.start:n.end])):
            following = token_from(self.doc, n.end)
            if following is None or following.pos_ != "NOUN" or "Sing" in following.morph.get("Number"):
                return True  # a year the time stage left: "the 2019 review", "by 2120"
        if re.match(r"\s*(?:(?:et|à|ou|and|to|or)\s+\S+\s+)?(?:ans?|years?|-year|-years)\b", after) or \
                re.match(r"[-\s]year[-\s]old", after):
            return True  # ages ("enfants de 4 et 3 ans"), and durations the time stage already holds
        previous, following = token_covering(self.doc, n.start - 1) if n.start else None, token_from(self.doc, n.end)
        if previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() and \
                previous.idx + len(previous) < n.start and (following is None or following.pos_ != "NOUN"):
            return True  # a name's number: "France 2", "Europe 1", "Apollo 11"
        if re.match(r"[-–/:]\d", after) and self.lang == "fr" or re.search(r"\d[-–/:]$", before):
            return True  # scores, phone numbers, codes ("1-1", "3/4", "01 23")
        return False

    # -- bounds, ranges, units -----------------------------------------------------------------------
    def bounds(self, numbers: list[Number]) -> list[Number]:
        """Ranges first ("entre 3000 et 4000"), then the bound words before and after each number."""
        merged: list[Number] = []
        i = 0
        while i < len(numbers):
            n = numbers[i]
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            if nxt is not None and n.value is not None and nxt.value is not None and self.is_range(n, nxt):
                opener = self.opener(n.start)
                merged.append(Number(opener if opener is not None else n.start, nxt.end,
                                     low=self.scaled_like(n, nxt), high=nxt.value, approx="range",
                                     unit=nxt.unit or n.unit))
                i += 2
                continue
            merged.append(n)
            i += 1
        for n in merged:
            if n.approx == "exact":
                self.bound_words(n)
        return merged

    def scaled_like(self, a: Number, b: Number) -> float:
        """ "3 à 4 millions": the first number takes the scale word of the second."""
        first_word = re.sub(r"^\D+(?=\d)", "", self.text[b.start:b.end].split()[0])
        base = read_number(first_word, self.lang) or 1.0
        scale = b.value / base if base else 1.0
        a_words = self.text[a.start:a.end].lower().split()
        has_scale = any(w in self.numbers.SCALES or w in self.numbers.HUNDREDS for w in a_words)
        if scale > 1 and not has_scale and a.value * scale <= b.value:
            return a.value * scale
        return a.value

    def opener(self, start: int) -> int | None:
        before = self.low_text[:start]
        for word in self.numbers.RANGE_OPENERS:
            m = re.search(rf"(?:^|\W)({re.escape(word)})\s*$", before)
            if m:
                return m.start(1)
        return None

    def is_range(self, a: Number, b: Number) -> bool:
        between = self.low_text[a.end:b.start].strip()
        for symbol in sorted(self.numbers.UNITS_BEFORE, key=len, reverse=True):
            if between.endswith(symbol) and between[:-len(symbol)].strip() in self.numbers.RANGE_JOINERS:
                between = between[:-len(symbol)].strip()
        if between not in self.numbers.RANGE_JOINERS or self.scaled_like(a, b) >= b.value:
            return False
        opener = self.opener(a.start)
        opener_word = self.low_text[opener:a.start].strip() if opener is not None else ""
        if opener_word in ("entre", "between"):
            return between in ("et", "and")
        if between in ("et", "and"):
            return False
        # "de 4000 à 4460" after a verb of change is a change, not a range
        return not (opener is not None and self.change_verb_before(opener))

    def change_verb_before(self, char: int) -> bool:
        token = token_covering(self.doc, char)
        if token is None:
            return False
        for t in self.doc[max(0, token.i - 4):token.i]:
            if t.lemma_.lower() in self.lex.CHANGE_VERBS:
                return True
        return False

    def bound_words(self, n: Number) -> None:
        before = self.low_text[max(0, n.start - 30):n.start]
        best = None
        for approx, pattern in prefix_patterns(self.lang):
            m = pattern.search(before)
            if m and (best is None or len(m.group(1)) > len(best[1])):
                best = (approx, m.group(1), len(before) - m.start(1))
        if best is None:
            for approx, phrases in self.numbers.SUFFIXES.items():
                for p in phrases:
                    m = re.match(rf"\s+{re.escape(p)}\b", self.low_text[n.end:n.end + 20])
                    if m:
                        self.set_bound(n, approx)
                        n.end += m.end()
                        return
            return
        approx, _, width = best
        self.set_bound(n, approx)
        n.start -= width

    @staticmethod
    def set_bound(n: Number, approx: str) -> None:
        value, n.approx = n.value, approx
        if approx in ("more_than", "at_least"):
            n.value, n.low = None, value
        elif approx in ("less_than", "at_most", "up_to"):
            n.value, n.high = None, value

    def unit(self, n: Number) -> None:
        if n.unit is not None:
            return
        after = self.low_text[n.end:n.end + 30]
        before = self.low_text[max(0, n.start - 6):n.start]
        units, currencies = unit_patterns(self.lang)
        m = units.match(after) or currencies.match(after)
        if m:  # "voix" matches and is no unit: the count stays unit-less
            n.unit = self.numbers.UNITS_AFTER.get(m.group(1)) if m.re is units else \
                self.numbers.CURRENCY_AFTER_OF[m.group(1)]
            return
        for word in sorted(self.numbers.UNITS_BEFORE, key=len, reverse=True):
            if before.rstrip().endswith(word) and (len(before) - len(before.rstrip()) <= 1):
                n.unit = self.numbers.UNITS_BEFORE[word]
                return

    # -- what is counted ---------------------------------------------------------------------------
    def counted(self, n: Number) -> None:
        if n.unit in ("%", "pp") or self.is_money(n):
            head = self.measured_noun(n)  # what the share or the sum is of: "une enveloppe de 300 M€"
        elif n.unit is not None:
            return  # "40 km": a measure, not a count of things
        else:
            head = self.counted_head(n)
        if head is None:
            return
        n.head = head
        span = self.phrase(head, n)
        n.counted = {"span": [span.start_char, span.end_char], "text": span.text,
                     "category": self.category(head, span, n)}

    def is_money(self, n: Number) -> bool:
        return n.unit is not None and (n.unit in self.numbers.CURRENCY_AFTER_OF.values()
                                       or n.unit in self.numbers.UNITS_BEFORE.values())

    def measured_noun(self, n: Number) -> Token | None:
        """What a percentage measures: "26% des électeurs", "un taux de chômage à près de 10%"."""
        doc = self.doc
        nxt = token_from(doc, n.end)
        while nxt is not None and nxt.is_punct is False and nxt.lower_ in ("%",):
            nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_.replace("’", "'") in (*self.numbers.OF, "des", "du") and nxt.i + 1 < len(doc):
            after = doc[nxt.i + 1]
            after = doc[after.i + 1] if after.pos_ == "DET" and after.i + 1 < len(doc) else after
            if after.pos_ == "NOUN" and after.lower_ not in self.numbers.CURRENCY_AFTER_OF:
                return after
        first = token_covering(doc, n.start)
        if first is None:
            return None
        for t in reversed(doc[max(sentence_of(first).start, first.i - 8):first.i]):
            if t.pos_ in ("VERB", "AUX"):
                return None
            if t.pos_ == "NOUN":
                while t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.i < t.i:
                    t = t.head
                return t
        return None

    def counted_head(self, n: Number) -> Token | None:
        doc = self.doc
        last = token_covering(doc, n.end - 1)
        nxt = token_from(doc, n.end)
        if nxt is not None and nxt.lower_.replace("’", "'") in self.numbers.OF:
            nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "DET" and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # "de l'", "des"
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") or (
                nxt is not None and nxt.pos_ in ("ADJ", "VERB") and nxt.lemma_.lower() in self.category_words):
            return nxt
        if last is not None and last.dep_ in ("nummod", "det") and last.head.pos_ in ("NOUN", "PROPN") \
                and last.head.i > last.i:
            return last.head
        return None

    def phrase(self, head: Token, n: Number) -> Span:
        """The counted noun with its modifiers on the right: "soldats américains stationnés en Irak"."""
        doc = self.doc
        start, end = head.i, head.i + 1
        for child in head.rights:
            if child.dep_ == "conj" and child.pos_ == "NOUN" and child.i - end <= 1 and \
                    not any(c.dep_ == "det" for c in child.children):
                end = child.i + 1  # "femmes et enfants"
                continue
            if child.dep_ in PHRASE_ENDS or child.is_punct or child.left_edge.i != end:
                break
            if child.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("aux") for c in child.children):
                break  # a finite verb: the clause, not the noun phrase
            edge = child.right_edge.i + 1
            if edge - start > MAX_COUNTED_TOKENS or any(t.is_punct or t.dep_ in ("acl:relcl", "relcl")
                                                        for t in doc[child.i:edge]):
                break
            end = edge
        # words joined by hyphens stay whole: "stations-service", "ronds-points"
        while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text.startswith("-")
                                                                  or doc[end - 1].text.endswith("-")):
            end += 1
        # trailing function words ("de", "en") never end a phrase
        while end - 1 > start and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PRON"):
            end -= 1
        return doc[start:end]

    def category(self, head: Token, span: Span, n: Number) -> str:
        if self.is_money(n):
            return "money"
        lemma = head.lemma_.lower()
        text = " ".join(t.lemma_.lower() for t in span)  # "hommes armés" -> "homme armé"
        # what happened to people decides: "3000 soldats ont été arrêtés" are detained
        if lemma in self.lex.PEOPLE or lemma in self.category_words:
            outcome = self.outcome(head, span)
            if outcome:
                return outcome
        for category, lemmas in self.lex.CATEGORIES.items():
            if lemma in lemmas or head.lower_ in lemmas:
                return category
        for category, lemmas in self.lex.CATEGORIES.items():
            if any(" " in w and w in text for w in lemmas):
                return category
        return "other"

    def outcome(self, head: Token, span: Span) -> str | None:
        candidates = [t for t in span if t.i != head.i and t.pos_ in ("VERB", "ADJ")]
        if head.dep_ in ("nsubj", "nsubj:pass", "obj", "nsubjpass", "dobj"):
            candidates.append(head.head)
        for t in candidates:
            for category, verbs in self.lex.OUTCOME_VERBS.items():
                if t.lemma_.lower() in verbs or t.lower_ in verbs:
                    return category
        return None

    # -- links ---------------------------------------------------------------------------------------
    def link(self, numbers: list[Number]) -> None:
        doc = self.doc
        entities = [(m, e.id, e.type) for e in doc._.veille_entities or [] for m in e.mentions]
        places = [(m, p.id) for p in doc._.veille_places or [] for m in p.mentions]
        times = [(t.span, t.id) for t in doc._.veille_times or [] if t.span]
        # by where they start: a span within (a, b) starts there
        entity_starts, place_starts, time_starts = (SpanIndex([(m[0][0], m[0][0]) for m in spans])
                                                    for spans in (entities, places, times))

        def within(spans: list, starts: SpanIndex, a: int, b: int) -> list:
            return [spans[i] for i in starts.starting_within(a, b)]

        for n in numbers:
            token = token_covering(doc, n.start)
            sent = sentence_of(token) if token is not None else doc[:]
            s0, s1 = sent.start_char, sent.end_char
            c0, c1 = n.counted["span"] if n.counted else (n.start, n.end)
            # whose: an organisation or group in the counted phrase, or a country after "de"/"of"
            counted_entities = within(entities, entity_starts, c0, c1)
            n.links["entity"] = next((i for (a, b), i, t in counted_entities if b <= c1 and (
                t not in ("GPE", "LOC") or self.low_text[max(0, a - 5):a].rstrip().endswith(
                    ("de", "d'", "du", "of", "de la")))), None)
            n.links["place"] = next((i for (a, b), i in within(places, place_starts, c0, c1) if b <= c1),
                                    None) or next((i for (a, b), i in within(places, place_starts, s0, s1)
                                                   if b <= s1), None)
            in_sentence = [((a, b), i) for (a, b), i in within(times, time_starts, s0, s1) if b <= s1]
            n.links["time"] = min(in_sentence, key=lambda x: abs(x[0][0] - n.start))[1] if in_sentence else None

    def changes(self, numbers: list[Number]) -> None:
        """ "est passé d'environ 4000 ... à 4460": the 4460 changes from the 4000 and counts the same."""
        doc = self.doc
        for a, b in zip(numbers, numbers[1:]):
            ta, tb = token_covering(doc, a.start), token_covering(doc, b.start)
            if ta is None or tb is None or sentence_of(ta) != sentence_of(tb):
                continue
            before_a = self.low_text[max(0, a.start - 4):a.start].strip()
            before_b = self.low_text[max(0, b.start - 4):b.start].strip()
            if not (before_a.endswith(tuple(self.lex.CHANGE_FROM)) and before_b.endswith(tuple(self.lex.CHANGE_TO))):
                continue
            if not any(t.lemma_.lower() in self.lex.CHANGE_VERBS for t in doc[max(sentence_of(ta).start, ta.i - 4):ta.i]):
                continue
            b.change_from = a.id
            if a.counted is None and b.counted is None:
                self.counted_by_subject(ta, a)
            if b.counted is None and a.counted is not None:
                b.counted = dict(a.counted)
            if a.counted is None and b.counted is not None:
                a.counted = dict(b.counted)

    def counted_by_subject(self, token: Token, n: Number) -> None:
        """ "le nombre de soldats ... est passé de 4000": what the subject's count head counts."""
        heads = [t for t in sentence_of(token) if t.i < token.i and t.lemma_.lower() in self.lex.COUNT_HEADS]
        for head in reversed(heads):
            for c in head.rights:
                if c.pos_ == "NOUN":
                    span = self.phrase(c, n)
                    n.counted = {"span": [span.start_char, span.end_char], "text": span.text,
                                 "category": self.category(c, span, n)}
                    return

    # -- all -------------------------------------------------------------------------------------------
    def read_all(self) -> list[dict]:
        numbers = self.bounds(self.candidates())
        for n in numbers:
            self.unit(n)
            self.counted(n)
        for i, n in enumerate(numbers):
            n.id = f"q{i + 1}"
        self.changes(numbers)
        self.link(numbers)
        return [
            Quantity(id=n.id, span=[n.start, n.end], text=self.text[n.start:n.end],
                     value=as_number(n.value), low=as_number(n.low), high=as_number(n.high), approx=n.approx,
                     unit=n.unit, counted=Counted(**n.counted) if n.counted else None,
                     entity=n.links.get("entity"), place=n.links.get("place"), time=n.links.get("time"),
                     statement=None, change=Change(from_=n.change_from) if n.change_from else None)
            for n in numbers
        ]


class QuantityRecognizer:
    """Pipeline component: ``doc._.veille_quantities``, the article's quantities in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_quantities = QuantityReader(doc, self.lang).read_all()
        return doc


@Language.factory("veille_quantities", assigns=["doc._.veille_quantities"],
                  requires=["doc._.veille_times", "doc._.veille_entities", "doc._.veille_places"])
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name)
