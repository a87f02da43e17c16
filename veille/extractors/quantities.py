"""Quantities: every number tied to what it counts, with its bounds, unit, links and changes.

Numbers are read from the text with each language's separators and number words
(``veille.extractors.numbers``); their bound words, units, categories and cues come from the language
pack (``language_pack(lang).numbers`` and ``.quantities``); what they count comes from the dependency
parse. Dates, times, durations and ages are left to the time stage: a number inside one of its
expressions, or counting years of age, is not a quantity.

Each mechanism is a named rule (``veille rules``): it can be switched off, and a quantity's ``rules``
trace names the rule that produced its value, its bounds (``approx``), its unit, what it counts
(``counted`` and ``counted.category``) and its change. The cues are read in the characters of the text,
not in its tokens: a number may begin inside a token ("$10m"), bound words are elided ("près d'"), and
the windows count characters; so the rules stay regular expressions over the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..nlp.first_characters import FirstCharacterSearch
from ..nlp.lang import language_pack, words_in_every_pack
from ..records import Change, Counted, Quantity
from .docs import SpanIndex, doc_text, sentence_of, token_covering, token_from
from .numbers import (
    DIGITS,
    alternation,
    as_number,
    lower_for_search,
    parse_digits,
    parse_words,
    read_number,
    within_reach,
    words_pattern,
)
from .rules import RULES

if not Doc.has_extension("veille_quantities"):
    Doc.set_extension("veille_quantities", default=None)

# dependency labels that end what a counted noun phrase takes in on its right
# the punctuation that opens a phrase inserted after a noun, and the one that closes it
INSERT_CLOSERS = {",": ",", "(": ")", "–": "–", "—": "—"}
PHRASE_ENDS = {"punct", "conj", "cc", "acl:relcl", "relcl", "advcl", "parataxis", "appos", "nsubj",
               "nsubj:pass", "dep", "mark", "ccomp", "xcomp"}


@dataclass(frozen=True)
class QuantityWeights:
    """The numbers that bound the quantity stage's decisions. All were set by hand when the stage was
    written (d04f6cf), against the table of CONTRACT.md's number conventions (tests/test_quantities.py);
    no dev set has tuned them since."""

    vague_low_times: int = 2  # "des centaines" is at least two of its base (200), CONTRACT table
    vague_high_times: int = 10  # ... and less than ten of it (999), CONTRACT table
    dozen: int = 12  # the base of a vague plural read apart, "dozens": from 24 to 99
    dozens_low: int = 24  # "dozens" is at least two dozen
    dozens_high: int = 99  # ... and less than a hundred
    lone_scale_from: float = 1e6  # a scale word alone from this one on is no number: "million", not "mille"
    part_cue_chars: int = 8  # characters before a fraction word searched for "the" ("the second half")
    scale_word_chars: int = 5  # characters after "1.2m" searched for a word ("1.2m tons" is a million)
    scale_word_letters: int = 3  # letters that make that word one ("1.2m tons"), not a unit
    reference_before_chars: int = 20  # characters before a number searched for "n°", "article"
    reference_after_chars: int = 16  # characters after it searched for a rank, a share, a code or an age
    age_name_chars: int = 30  # characters before "25," searched for the name it is the age of
    first_year: int = 1800  # a bare four-digit number from this year...
    last_year: int = 2100  # ... to this one is a year, not a count, unless a plural noun follows
    bound_before_chars: int = 30  # characters before a number searched for its bound words ("plus de")
    bound_after_chars: int = 20  # characters after it searched for its bound words ("or more")
    unit_after_chars: int = 30  # characters after a number searched for its unit ("points de pourcentage")
    currency_before_chars: int = 6  # characters before it searched for a currency ("US$ 5")
    currency_gap_chars: int = 1  # spaces at most between that currency and the number
    measured_noun_tokens: int = 8  # tokens before a share searched for what it measures ("un taux de")
    change_verb_tokens: int = 4  # tokens before "de 4000" searched for a verb of change ("est passé")
    change_cue_chars: int = 4  # characters before each figure of a change searched for "de", "à"
    owner_of_chars: int = 5  # characters before a country searched for "de"/"of": whose figure it is
    counted_max_tokens: int = 10  # the longest phrase a number counts, in tokens
    counted_joined_gap: int = 1  # tokens at most between two nouns counted together ("femmes et enfants")
    insert_max_tokens: int = 16  # the longest phrase inserted between counted people and their verb


WEIGHTS = QuantityWeights()

# -- the rules -----------------------------------------------------------------------------------------
# reading a number (the trace's "value", and "approx" for the vague readings)
READ_DIGITS = RULES.define("quantities.digits", "digits, with a sign and scale words: '4 460', '1,5 million'")
READ_WORDS = RULES.define("quantities.number_words", "a number in words: 'quatre-vingt-dix', 'two hundred'")
FRACTION = RULES.define("quantities.fraction", "a fraction: '3/4', 'two-thirds', not 'the second half'")
APPROXIMATE_NOUN = RULES.define("quantities.approximate_noun",
                                "a noun of about so many: 'une dizaine', 'a dozen' (approx about)")
VAGUE_PLURAL = RULES.define("quantities.vague_plural",
                            "a vague plural: 'des centaines (de milliers)', 'hundreds' (approx vague)")
PARTITIVE = RULES.define("quantities.partitive",
                         "a number word the parse takes for a pronoun, with what it counts after it: 'six de "
                         "nos compatriotes', not 'le même un'")
# what is not a quantity
NOT_IN_TIME = RULES.define("quantities.not_in_time",
                           "a number inside a time expression, or a bare year: 'the 2019 review'")
NOT_REFERENCE = RULES.define("quantities.not_reference",
                             "an identifier, rank, share, code or name's number: 'n° 3', '3e', "
                             "'deux tiers', '4x4', 'France 2', '1-1'")
NOT_AGE = RULES.define("quantities.not_age",
                       "an age or a duration: '35 ans', '35-year-old', 'Jamie Armstrong, 25, said'")
# bounds (the trace's "approx")
BOUND_BEFORE = RULES.define("quantities.bound_before",
                            "bound words before a number: 'plus de 400', 'about 300', 'jusqu'à'")
BOUND_AFTER = RULES.define("quantities.bound_after", "bound words after a number: '300 or more'")
RANGE = RULES.define("quantities.range", "two numbers as a range: 'entre 3000 et 4000', '3 to 4 million'")
# units (the trace's "unit")
UNIT_AFTER = RULES.define("quantities.unit_after", "a unit after a number: '10 %', '40 km', "
                                                   "'1,5 million d'euros'")
CURRENCY_BEFORE = RULES.define("quantities.currency_before", "a currency before a number: '$10m', 'US$ 5'")
# what is counted (the trace's "counted" and "counted.category")
COUNTED_NOUN = RULES.define("quantities.counted_noun",
                            "the noun a number counts: '400 militaires', 'des milliers de manifestants'")
MEASURED_NOUN = RULES.define("quantities.measured_noun",
                             "what a share or a sum measures: '26 % des électeurs', 'un budget de 300 M€'")
COUNT_SUBJECT = RULES.define("quantities.count_subject",
                             "what a changing count counts: 'le nombre de soldats est passé de 4000'")
OUTCOME = RULES.define("quantities.outcome",
                       "counted people's category from what befell them: 'trois personnes ont été tuées'")
OUTCOME_PAST_INSERT = RULES.define(
    "quantities.outcome_past_insert", "what befell counted people told past an inserted phrase: '22 "
    "personnes, pour la plupart des civils, ont été tuées', 'trois soldats (dont un officier) sont morts'")
CATEGORY_WORDS = RULES.define("quantities.category_words",
                              "a counted noun's category in the pack's words: 'soldats' (military_personnel)")
# changes (the trace's "change", and "counted" when a figure counts what the other does)
CHANGE = RULES.define("quantities.change", "a figure changing from another: 'est passé de 4000 à 4460'")
QUANTITY_RULES = (READ_DIGITS, READ_WORDS, PARTITIVE, FRACTION, APPROXIMATE_NOUN, VAGUE_PLURAL, NOT_IN_TIME,
                  NOT_REFERENCE, NOT_AGE, BOUND_BEFORE, BOUND_AFTER, RANGE, UNIT_AFTER, CURRENCY_BEFORE,
                  COUNTED_NOUN, MEASURED_NOUN, COUNT_SUBJECT, OUTCOME, OUTCOME_PAST_INSERT, CATEGORY_WORDS,
                  CHANGE)


@dataclass
class QuantityCandidate:
    """A number found in the text, on its way to a Quantity record."""

    start: int
    end: int
    low: float | None = None
    high: float | None = None
    value: float | None = None
    approx: str = "exact"
    unit: str | None = None
    counted: Counted | None = None
    id: str = ""
    entity: str | None = None
    place: str | None = None
    time: str | None = None
    change_from: str | None = None
    rules: dict[str, str] = field(default_factory=dict)  # the record's trace: field -> rule

    def record(self, text: str) -> Quantity:
        return Quantity(id=self.id, span=[self.start, self.end], text=text[self.start:self.end],
                        value=as_number(self.value), low=as_number(self.low), high=as_number(self.high),
                        approx=self.approx, unit=self.unit, counted=self.counted, entity=self.entity,
                        place=self.place, time=self.time, statement=None,
                        change=Change(from_=self.change_from) if self.change_from else None, rules=self.rules)


@cache
@cache
def number_pattern(lang: str) -> re.Pattern:
    """Digits with an optional currency, sign and scale words; number words; fractions; "une dizaine";
    "des centaines (de milliers)"."""
    data = language_pack(lang).numbers
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
        rf"(?P<digits>(?P<currency>(?:{currency})\s?)?(?P<sign>[-−](?=\d)|{negative_words()})?(?:{DIGITS})"
        rf"(?:(?:\s*(?:{scales}))+|(?:\s?(?P<abbreviation>{abbreviations}))(?![\w]))?)",
        rf"(?P<words>(?:(?:{indefinite})[\s-]+)?{words_pattern(lang)})",
    ]
    # a point or comma glued before it ends a sentence ("incontrôlée".Deux) unless a figure follows ("1.5")
    return re.compile(rf"(?<![\w/:$€£-])(?:(?<![.,])|(?!\d))(?:{'|'.join(parts)})(?!\w|[.,]\d|-\w)",
                      re.IGNORECASE)


@cache
def number_search(lang: str, lower_case: bool = True) -> FirstCharacterSearch:
    """``number_pattern``, searched only where a number's first character stands
    (``veille.nlp.first_characters``); with ``lower_case``, a pattern written in lower case no longer
    ignores case, for the text in lower case (``lower_for_search``)."""
    pattern = number_pattern(lang)
    if lower_case and written_in_lower_case(pattern.pattern):
        pattern = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return FirstCharacterSearch(pattern)


def written_in_lower_case(source: str) -> bool:
    """Whether a pattern holds no capital letter, its escapes (``\\W``, ``\\S``) and named groups'
    syntax (``(?P<name>``) left aside."""
    plain = re.sub(r"\\.|\(\?P[<=]", "", source)
    return plain == plain.lower()


class AsWritten:
    """A match found in the text in lower case, its groups read from the text as written."""

    __slots__ = ("match", "text")

    def __init__(self, match: re.Match, text: str) -> None:
        self.match, self.text = match, text

    def start(self, group: int | str = 0) -> int:
        return self.match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self.match.end(group)

    def group(self, group: int | str = 0) -> str | None:
        start, end = self.match.span(group)
        return None if start < 0 else self.text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self.match.re.groupindex}


def negative_words() -> str:
    """The words of a negative number, "minus 5", with what follows them (a space or a hyphen)."""
    words = words_in_every_pack("quantities", "NEGATIVE_WORDS")
    return rf"(?:{alternation(words)})[\s-]" if words else "(?!)"


@cache
def prefix_patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    """Per bound class, the words before a number that set it ("plus de", "jusqu'à"), as one pattern."""
    out = []
    for approx, phrases in language_pack(lang).numbers.PREFIXES.items():
        elided = [p for p in phrases if p.endswith("'")]
        spaced = [p for p in phrases if not p.endswith("'")]
        parts = [f"(?:{alternation(spaced)})\\s+"] if spaced else []
        parts += [f"(?:{alternation(elided)})"] if elided else []
        out.append((approx, re.compile(rf"(?:^|\W)((?:{'|'.join(parts)}))$")))
    return out


@cache
def unit_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The unit right after a number ("%", "km", "euros"), and a currency after "de"/"of"."""
    data = language_pack(lang).numbers
    units = re.compile(rf"\s?({alternation(data.UNITS_AFTER)})(?!\w)")
    currencies = re.compile(rf"\s+(?:{alternation(data.OF)})\s*({alternation(data.CURRENCY_AFTER_OF)})\b")
    return units, currencies


@cache
def reference_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """After a number: a share or a repetition ("deux tiers", "deux fois"), a rank ("3e", "21st"), a unit
    glued to it ("50km": a quantity, where other letters make a code, "4x4")."""
    data = language_pack(lang).numbers
    return (re.compile(rf"\s+(?:{alternation(data.NOT_COUNTS)})\b"),
            re.compile(rf"(?:{alternation(data.NOT_AFTER)})\b"),
            re.compile(rf"(?:{alternation(data.GLUED_UNITS)})\b"))


@cache
def age_patterns() -> tuple[re.Pattern, re.Pattern | None]:
    """After a number: an age or a duration ("4 et 3 ans", "5 years"), and one-word ages ("35-year-old"),
    in the words of every pack."""
    joiners = alternation(words_in_every_pack("quantities", "AGE_JOINERS"))
    units = alternation(words_in_every_pack("quantities", "AGE_UNITS"))
    after = re.compile(rf"\s*(?:(?:{joiners})\s+\S+\s+)?(?:{units})\b")
    compounds = [r"[-\s]" + r"[-\s]".join(map(re.escape, word.split("-")))
                 for word in sorted(words_in_every_pack("quantities", "AGE_COMPOUNDS"))]
    return after, re.compile("|".join(compounds)) if compounds else None


def read_digits(text: str, lang: str) -> float | None:
    """ "4 460", "1,5 million", "$-50.8bn", "4 hundred million" -> their value (currency left aside)."""
    data = language_pack(lang).numbers
    m = re.search(rf"([-−]|{negative_words()})?({DIGITS})\s*(.*)$", text, re.IGNORECASE)
    if not m:
        return None
    value = parse_digits(m.group(2), lang)
    if value is None:
        return None
    for word in m.group(3).lower().split():
        value *= data.SCALES.get(word) or data.HUNDREDS.get(word) or data.SCALE_ABBREVIATIONS.get(word) or 1
    return -value if m.group(1) else value


def read_words(text: str, lang: str) -> float | None:
    """ "deux millions", "a hundred" -> their value; None for an indefinite article alone ("un homme")."""
    data = language_pack(lang).numbers
    words = re.split(r"[\s-]+", text.lower())
    if words[0] in data.INDEFINITES:
        if len(words) == 1 or not any(w in data.SCALES or w in data.HUNDREDS for w in words[1:]):
            return None  # the indefinite article: "un homme", "a man"
        if words[0] not in data.UNITS:  # "a hundred" reads as "one hundred"
            words[0] = next(word for word, value in data.UNITS.items() if value == 1)
    return parse_words(" ".join(words), lang)


class QuantityReader:
    """Reads the quantities of one article."""

    def __init__(self, doc: Doc, lang: str, weights: QuantityWeights = WEIGHTS) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.low_text = self.text.lower().replace("’", "'")
        self.lang = lang
        self.weights = weights
        pack = language_pack(lang)
        self.numbers = pack.numbers
        self.lex = pack.quantities
        self.on = frozenset(name for name in QUANTITY_RULES if RULES.on(name))
        self.times = SpanIndex([tuple(t.span) for t in doc._.veille_times or [] if t.span])
        self.category_words = set().union(*self.lex.CATEGORIES.values())

    # -- finding numbers ---------------------------------------------------------------------------
    def candidates(self) -> list[QuantityCandidate]:
        out = []
        search, low = number_search(self.lang), lower_for_search(self.text)
        if search.pattern.flags & re.IGNORECASE or low is None:
            found = number_search(self.lang, lower_case=False).finditer(self.text)
        else:
            found = (AsWritten(m, self.text) for m in search.finditer(low))
        for m in found:
            n = self.read(m)
            if n is not None and not self.excluded(n):
                out.append(n)
        return out

    def read(self, m: re.Match | AsWritten) -> QuantityCandidate | None:
        """The number a match of ``number_pattern`` reads, by the rule of its group; None when it reads
        none, or when that rule is off."""
        n = QuantityCandidate(m.start(), m.end())
        w = self.weights
        surface = m.group()
        if m.group("vague"):
            if VAGUE_PLURAL not in self.on:
                return None
            words = re.split(r"\s+", surface.lower())
            bases = [self.numbers.VAGUE_NOUNS[word] for word in words if word in self.numbers.VAGUE_NOUNS]
            base = 1
            for b in bases:
                base *= b
            n.low, n.high, n.approx = w.vague_low_times * base, w.vague_high_times * base - 1, "vague"
            if bases and bases[0] == w.dozen:
                n.low, n.high = w.dozens_low, w.dozens_high
            n.rules["approx"] = VAGUE_PLURAL
            return n
        if m.group("approx_noun"):
            if APPROXIMATE_NOUN not in self.on:
                return None
            noun = surface.lower().split()[-1]
            n.value, n.approx = self.numbers.APPROXIMATE_NOUNS[noun], "about"
            n.rules.update(value=APPROXIMATE_NOUN, approx=APPROXIMATE_NOUN)
            return n
        if m.groupdict().get("fraction"):
            top, bottom = re.split(r"\s?[/⁄]\s?", surface)
            if FRACTION not in self.on or not int(bottom):
                return None
            n.value = int(top) / int(bottom)
            n.rules["value"] = FRACTION
            return n
        if m.groupdict().get("fraction_words"):
            if FRACTION not in self.on or self.part_of_a_whole(n):
                return None
            n.value = self.numbers.FRACTION_WORDS[surface.lower()]
            n.rules["value"] = FRACTION
            return n
        if m.group("digits"):
            if READ_DIGITS not in self.on:
                return None
            abbreviation = (m.group("abbreviation") or "").lower()
            glued_before_word = re.match(rf"\s[a-z]{{{w.scale_word_letters},}}",
                                         self.low_text[m.end():m.end() + w.scale_word_chars]) and \
                not self.text[m.start("abbreviation") - 1].isspace() if abbreviation else False
            if abbreviation in self.numbers.CURRENCY_ONLY_SCALES and not m.group("currency") \
                    and not glued_before_word:  # "1.2m tons" is a million, "1.5m" alone is metres
                n.end -= len(m.group("abbreviation"))  # "80 m" is metres, "$10m" ten million
                surface = self.text[n.start:n.end].rstrip()
                n.end = n.start + len(surface)
            if m.group("currency") and CURRENCY_BEFORE in self.on:
                n.unit = self.numbers.UNITS_BEFORE[m.group("currency").strip().lower()]
                n.rules["unit"] = CURRENCY_BEFORE
            value = read_digits(surface, self.lang)
            n.rules["value"] = READ_DIGITS
        else:
            if READ_WORDS not in self.on:
                return None
            words = surface.lower().split()
            if len(words) == 1 and (words[0] in self.numbers.HUNDREDS
                                    or self.numbers.SCALES.get(words[0], 0) >= w.lone_scale_from):
                return None  # "million" or "hundred" with no number before it
            token = token_covering(self.doc, n.start)
            if token is not None and words == [token.lower_] and token.pos_ in ("PRON", "NOUN") \
                    and not self.partitive(token):
                return None  # "the same one", "get one"; not "six de nos soldats"
            value = read_words(surface, self.lang)
            n.rules["value"] = READ_WORDS
        if value is None or not within_reach(value):
            return None
        n.value = value
        return n

    def partitive(self, token: Token) -> bool:
        """Whether a number word the parse takes for a pronoun counts the noun of its partitive phrase: "six
        de nos compatriotes", "three of their soldiers"."""
        if PARTITIVE not in self.on or token.i + 2 >= len(self.doc):
            return False
        of, after = self.doc[token.i + 1], self.doc[token.i + 2]
        return of.lower_.replace("’", "'") in self.numbers.OF and after.pos_ == "DET" \
            and any(c.i > token.i and c.pos_ == "NOUN" for c in token.children)

    def part_of_a_whole(self, n: QuantityCandidate) -> bool:
        """ "the second half" of a game or a year: a part, not a figure."""
        determiners = self.lex.PART_DETERMINERS
        before = self.low_text[max(0, n.start - self.weights.part_cue_chars):n.start]
        return bool(determiners) and re.search(rf"\b(?:{alternation(determiners)})\s+$", before) is not None

    def excluded(self, n: QuantityCandidate) -> bool:
        """Inside a time expression, an identifier, a rank, an age, a reference: not a quantity."""
        return (NOT_IN_TIME in self.on and self.in_time(n) or NOT_REFERENCE in self.on and self.reference(n)
                or NOT_AGE in self.on and self.age(n))

    def in_time(self, n: QuantityCandidate) -> bool:
        """Inside a time expression, or a year the time stage left: "the 2019 review", "by 2120"."""
        if self.times.overlapping(n.start, n.end):
            return True
        w = self.weights
        if (n.value is not None and w.first_year <= n.value <= w.last_year and float(n.value).is_integer()
                and re.fullmatch(r"\d{4}", self.text[n.start:n.end])):
            following = token_from(self.doc, n.end)
            return following is None or following.pos_ != "NOUN" or "Sing" in following.morph.get("Number")
        return False

    def reference(self, n: QuantityCandidate) -> bool:
        """An identifier, a rank, a share, a code, a score or a name's number: "article 49", "3e", "deux
        tiers", "4x4", "France 2", "1-1"."""
        before = self.low_text[max(0, n.start - self.weights.reference_before_chars):n.start]
        after = self.low_text[n.end:n.end + self.weights.reference_after_chars]
        last_word = [w.split("'")[-1] for w in re.findall(r"[\w°º.'-]+", before)[-1:]]
        if before.endswith(words_in_every_pack("quantities", "NUMBER_SIGNS")) or (
                last_word and last_word[0] in self.numbers.NOT_BEFORE and before.endswith(" ")):
            return True
        shares, ranks, glued_units = reference_patterns(self.lang)
        if shares.match(after) or ranks.match(after):
            return True  # "les deux tiers", "deux fois"; "1er", "3e", "21st"
        if re.match(r"[a-zé]", after) and not glued_units.match(after):
            return True  # an identifier or a code: "4x4", "5G"
        previous = token_covering(self.doc, n.start - 1) if n.start else None
        following = token_from(self.doc, n.end)
        if previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() and \
                previous.idx + len(previous) < n.start and (following is None or following.pos_ != "NOUN"):
            return True  # a name's number: "France 2", "Europe 1", "Apollo 11"
        # scores, phone numbers, codes ("1-1", "3/4", "01 23")
        return bool(re.match(r"[-–/:]\d", after) and self.lex.JOINED_DIGITS_ARE_CODES
                    or re.search(r"\d[-–/:]$", before))

    def age(self, n: QuantityCandidate) -> bool:
        """An age or a duration the time stage already holds: "enfants de 4 et 3 ans", "35-year-old",
        "Jamie Armstrong, 25, said"."""
        after = self.low_text[n.end:n.end + self.weights.reference_after_chars]
        if re.match(r"\s*,", after) and re.search(
                r"[A-Z]\w+,\s*$", self.text[max(0, n.start - self.weights.age_name_chars):n.start]):
            return True
        ages, compounds = age_patterns()
        return bool(ages.match(after) or compounds is not None and compounds.match(after))

    # -- bounds, ranges, units -----------------------------------------------------------------------
    def bounds(self, numbers: list[QuantityCandidate]) -> list[QuantityCandidate]:
        """Ranges first ("entre 3000 et 4000"), then the bound words before and after each number."""
        merged: list[QuantityCandidate] = []
        i = 0
        while i < len(numbers):
            n = numbers[i]
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            if RANGE in self.on and nxt is not None and n.value is not None and nxt.value is not None \
                    and self.is_range(n, nxt):
                opener = self.opener(n.start)
                merged.append(QuantityCandidate(opener if opener is not None else n.start, nxt.end,
                                                low=self.scaled_like(n, nxt), high=nxt.value, approx="range",
                                                unit=nxt.unit or n.unit,
                                                rules={**n.rules, **nxt.rules, "approx": RANGE}))
                i += 2
                continue
            merged.append(n)
            i += 1
        for n in merged:
            if n.approx == "exact":
                self.bound_words(n)
        return merged

    def scaled_like(self, a: QuantityCandidate, b: QuantityCandidate) -> float:
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

    def is_range(self, a: QuantityCandidate, b: QuantityCandidate) -> bool:
        between = self.low_text[a.end:b.start].strip()
        for symbol in sorted(self.numbers.UNITS_BEFORE, key=len, reverse=True):
            if between.endswith(symbol) and between[:-len(symbol)].strip() in self.numbers.RANGE_JOINERS:
                between = between[:-len(symbol)].strip()
        if between not in self.numbers.RANGE_JOINERS or self.scaled_like(a, b) >= b.value:
            return False
        opener = self.opener(a.start)
        opener_word = self.low_text[opener:a.start].strip() if opener is not None else ""
        pairs = self.lex.BETWEEN_AND
        if opener_word in pairs:
            return between == pairs[opener_word]
        if between in pairs.values():
            return False
        # "de 4000 à 4460" after a verb of change is a change, not a range
        return not (opener is not None and self.change_verb_before(opener))

    def change_verb_before(self, char: int) -> bool:
        token = token_covering(self.doc, char)
        if token is None:
            return False
        for t in self.doc[max(0, token.i - self.weights.change_verb_tokens):token.i]:
            if t.lemma_.lower() in self.lex.CHANGE_VERBS:
                return True
        return False

    def bound_words(self, n: QuantityCandidate) -> None:
        before = self.low_text[max(0, n.start - self.weights.bound_before_chars):n.start]
        best = None
        if BOUND_BEFORE in self.on:
            for approx, pattern in prefix_patterns(self.lang):
                m = pattern.search(before)
                if m and (best is None or len(m.group(1)) > len(best[1])):
                    best = (approx, m.group(1), len(before) - m.start(1))
        if best is None:
            if BOUND_AFTER not in self.on:
                return
            after = self.low_text[n.end:n.end + self.weights.bound_after_chars]
            for approx, phrases in self.numbers.SUFFIXES.items():
                for p in phrases:
                    m = re.match(rf"\s+{re.escape(p)}\b", after)
                    if m:
                        self.set_bound(n, approx, BOUND_AFTER)
                        n.end += m.end()
                        return
            return
        approx, _, width = best
        self.set_bound(n, approx, BOUND_BEFORE)
        n.start -= width

    @staticmethod
    def set_bound(n: QuantityCandidate, approx: str, rule: str) -> None:
        value, n.approx = n.value, approx
        n.rules["approx"] = rule
        if approx in ("more_than", "at_least"):
            n.value, n.low = None, value
        elif approx in ("less_than", "at_most", "up_to"):
            n.value, n.high = None, value

    def unit(self, n: QuantityCandidate) -> None:
        if n.unit is not None:
            return
        w = self.weights
        if UNIT_AFTER in self.on:
            units, currencies = unit_patterns(self.lang)
            after = self.low_text[n.end:n.end + w.unit_after_chars]
            m = units.match(after) or currencies.match(after)
            if m:  # "voix" matches and is no unit: the count stays unit-less
                n.unit = self.numbers.UNITS_AFTER.get(m.group(1)) if m.re is units else \
                    self.numbers.CURRENCY_AFTER_OF[m.group(1)]
                if n.unit is not None:
                    n.rules["unit"] = UNIT_AFTER
                return
        if CURRENCY_BEFORE not in self.on:
            return
        before = self.low_text[max(0, n.start - w.currency_before_chars):n.start]
        for word in sorted(self.numbers.UNITS_BEFORE, key=len, reverse=True):
            if before.rstrip().endswith(word) and len(before) - len(before.rstrip()) <= w.currency_gap_chars:
                n.unit = self.numbers.UNITS_BEFORE[word]
                n.rules["unit"] = CURRENCY_BEFORE
                return

    # -- what is counted ---------------------------------------------------------------------------
    def counted(self, n: QuantityCandidate) -> None:
        if n.unit in ("%", "pp") or self.is_money(n):
            rule = MEASURED_NOUN  # what the share or the sum is of: "une enveloppe de 300 M€"
        elif n.unit is not None:
            return  # "40 km": a measure, not a count of things
        else:
            rule = COUNTED_NOUN
        if rule not in self.on:
            return
        head = self.measured_noun(n) if rule == MEASURED_NOUN else self.counted_head(n)
        if head is not None:
            self.count(n, head, rule)

    def count(self, n: QuantityCandidate, head: Token, rule: str) -> None:
        """``n`` counts the phrase of ``head``, found by ``rule``."""
        span = self.phrase(head)
        category, category_rule = self.category(head, span, n)
        n.counted = Counted(span=[span.start_char, span.end_char], text=span.text, category=category)
        n.rules["counted"] = rule
        if category_rule is not None:
            n.rules["counted.category"] = category_rule

    def is_money(self, n: QuantityCandidate) -> bool:
        return n.unit is not None and (n.unit in self.numbers.CURRENCY_AFTER_OF.values()
                                       or n.unit in self.numbers.UNITS_BEFORE.values())

    def measured_noun(self, n: QuantityCandidate) -> Token | None:
        """What a percentage measures: "26% des électeurs", "un taux de chômage à près de 10%"."""
        doc = self.doc
        nxt = token_from(doc, n.end)
        while nxt is not None and nxt.is_punct is False and nxt.lower_ in ("%",):
            nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        of_words = (*self.numbers.OF, *words_in_every_pack("quantities", "OF_ARTICLES"))
        if nxt is not None and nxt.lower_.replace("’", "'") in of_words and nxt.i + 1 < len(doc):
            after = doc[nxt.i + 1]
            after = doc[after.i + 1] if after.pos_ == "DET" and after.i + 1 < len(doc) else after
            if after.pos_ == "NOUN" and after.lower_ not in self.numbers.CURRENCY_AFTER_OF:
                return after
        first = token_covering(doc, n.start)
        if first is None:
            return None
        reach = self.weights.measured_noun_tokens
        for t in reversed(doc[max(sentence_of(first).start, first.i - reach):first.i]):
            if t.pos_ in ("VERB", "AUX"):
                return None
            if t.pos_ == "NOUN":
                while t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.i < t.i:
                    t = t.head
                return t
        return None

    def counted_head(self, n: QuantityCandidate) -> Token | None:
        doc = self.doc
        last = token_covering(doc, n.end - 1)
        nxt = token_from(doc, n.end)
        if nxt is not None and nxt.lower_.replace("’", "'") in self.numbers.OF:
            nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "DET" and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # "de l'", "des"
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.pos_ in ("ADJ", "VERB")
                                and nxt.lemma_.lower() in self.category_words):
            return nxt
        if last is not None and last.dep_ in ("nummod", "det") and last.head.pos_ in ("NOUN", "PROPN") \
                and last.head.i > last.i:
            return last.head
        return None

    def phrase(self, head: Token) -> Span:
        """The counted noun with its modifiers on the right: "soldats américains stationnés en Irak"."""
        doc = self.doc
        w = self.weights
        start, end = head.i, head.i + 1
        for child in head.rights:
            if child.dep_ == "conj" and child.pos_ == "NOUN" and child.i - end <= w.counted_joined_gap and \
                    not any(c.dep_ == "det" for c in child.children):
                end = child.i + 1  # "femmes et enfants"
                continue
            if child.dep_ in PHRASE_ENDS or child.is_punct or child.left_edge.i != end:
                break
            if child.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("aux") for c in child.children):
                break  # a finite verb: the clause, not the noun phrase
            edge = child.right_edge.i + 1
            if edge - start > w.counted_max_tokens or any(t.is_punct or t.dep_ in ("acl:relcl", "relcl")
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

    def category(self, head: Token, span: Span, n: QuantityCandidate) -> tuple[str, str | None]:
        """The category of what ``n`` counts, with the rule that set it (None for "other")."""
        if self.is_money(n):
            return "money", n.rules.get("unit")  # the currency that made it a sum
        lemma = head.lemma_.lower()
        # what happened to people decides: "3000 soldats ont été arrêtés" are detained
        if OUTCOME in self.on and (lemma in self.lex.PEOPLE or lemma in self.category_words):
            outcome = self.outcome(head, span)
            if outcome:
                return outcome
        if CATEGORY_WORDS in self.on:
            for category, lemmas in self.lex.CATEGORIES.items():
                if lemma in lemmas or head.lower_ in lemmas:
                    return category, CATEGORY_WORDS
            text = " ".join(t.lemma_.lower() for t in span)  # "hommes armés" -> "homme armé"
            for category, lemmas in self.lex.CATEGORIES.items():
                if any(" " in w and w in text for w in lemmas):
                    return category, CATEGORY_WORDS
        return "other", None

    def outcome(self, head: Token, span: Span) -> tuple[str, str] | None:
        """The category of counted people from what befell them, with the rule that read it."""
        candidates = [(t, OUTCOME) for t in span if t.i != head.i and t.pos_ in ("VERB", "ADJ")]
        if head.dep_ in ("nsubj:pass", "obj", "nsubjpass", "dobj") or head.dep_ == "nsubj" \
                and not self.has_object(head.head):  # "trois hommes ont tué deux policiers": the doers
            candidates.append((head.head, OUTCOME))
        if OUTCOME_PAST_INSERT in self.on:
            predicate = self.predicate_past_insert(head, span)
            if predicate is not None and not self.has_object(predicate):
                candidates.append((predicate, OUTCOME_PAST_INSERT))
        for t, rule in candidates:
            for category, verbs in self.lex.OUTCOME_VERBS.items():
                if t.lemma_.lower() in verbs or t.lower_ in verbs:
                    return category, rule
        return None

    @staticmethod
    def has_object(verb: Token) -> bool:
        return any(c.dep_ in ("obj", "dobj") for c in verb.children)

    def predicate_past_insert(self, head: Token, span: Span) -> Token | None:
        """The predicate of counted people told past a phrase inserted after them, which the parse may
        not tie to them: "22 personnes, pour la plupart des civils, ont été tuées", "trois soldats (dont un
        officier) sont morts", "twenty people, most of them civilians, were killed". The people are
        neither an object nor governed by a preposition, and the verb has no subject of its own."""
        doc = self.doc
        sent_end = sentence_of(head).end
        if span.end >= sent_end - 1 or doc[span.end].text not in INSERT_CLOSERS \
                or head.dep_ in ("obj", "dobj", "iobj") or any(c.dep_ == "case" for c in head.children):
            return None
        opener = doc[span.end]
        reach = min(sent_end, opener.i + 2 + self.weights.insert_max_tokens)
        closer = next((t for t in doc[opener.i + 2:reach] if t.text == INSERT_CLOSERS[opener.text]), None)
        if closer is None:
            return None
        predicate = next((t for t in doc[closer.i + 1:sent_end] if t.pos_ not in ("AUX", "ADV")), None)
        if predicate is None or predicate.pos_ not in ("VERB", "ADJ", "NOUN") or any(
                c.dep_.startswith("nsubj") and not head.i <= c.i < closer.i for c in predicate.children):
            return None
        return predicate

    # -- links ---------------------------------------------------------------------------------------
    def link(self, numbers: list[QuantityCandidate]) -> None:
        doc = self.doc
        entities = [(m, e.id, e.type) for e in doc._.veille_entities or [] for m in e.mentions]
        places = [(m, p.id) for p in doc._.veille_places or [] for m in p.mentions]
        times = [(t.span, t.id) for t in doc._.veille_times or [] if t.span]
        # by where they start: a span within (a, b) starts there
        entity_starts, place_starts, time_starts = (SpanIndex([(m[0][0], m[0][0]) for m in spans])
                                                    for spans in (entities, places, times))
        owner_of = words_in_every_pack("quantities", "OWNER_OF")
        owner_chars = self.weights.owner_of_chars

        def within(spans: list, starts: SpanIndex, a: int, b: int) -> list:
            return [spans[i] for i in starts.starting_within(a, b)]

        for n in numbers:
            token = token_covering(doc, n.start)
            sent = sentence_of(token) if token is not None else doc[:]
            s0, s1 = sent.start_char, sent.end_char
            c0, c1 = n.counted.span if n.counted else (n.start, n.end)
            # whose: an organisation or group in the counted phrase, or a country after "de"/"of"
            counted_entities = within(entities, entity_starts, c0, c1)
            n.entity = next((i for (a, b), i, t in counted_entities if b <= c1 and (
                t not in ("GPE", "LOC")
                or self.low_text[max(0, a - owner_chars):a].rstrip().endswith(owner_of))), None)
            n.place = next((i for (a, b), i in within(places, place_starts, c0, c1) if b <= c1),
                           None) or next((i for (a, b), i in within(places, place_starts, s0, s1)
                                          if b <= s1), None)
            in_sentence = [((a, b), i) for (a, b), i in within(times, time_starts, s0, s1) if b <= s1]
            n.time = min(in_sentence, key=lambda x: abs(x[0][0] - n.start))[1] if in_sentence else None

    def changes(self, numbers: list[QuantityCandidate]) -> None:
        """ "est passé d'environ 4000 ... à 4460": the 4460 changes from the 4000 and counts the same."""
        if CHANGE not in self.on:
            return
        doc = self.doc
        w = self.weights
        for a, b in zip(numbers, numbers[1:]):
            ta, tb = token_covering(doc, a.start), token_covering(doc, b.start)
            if ta is None or tb is None or sentence_of(ta) != sentence_of(tb):
                continue
            before_a = self.low_text[max(0, a.start - w.change_cue_chars):a.start].strip()
            before_b = self.low_text[max(0, b.start - w.change_cue_chars):b.start].strip()
            if not (before_a.endswith(tuple(self.lex.CHANGE_FROM))
                    and before_b.endswith(tuple(self.lex.CHANGE_TO))):
                continue
            verbs = doc[max(sentence_of(ta).start, ta.i - w.change_verb_tokens):ta.i]
            if not any(t.lemma_.lower() in self.lex.CHANGE_VERBS for t in verbs):
                continue
            b.change_from = a.id
            b.rules["change"] = CHANGE
            if a.counted is None and b.counted is None and COUNT_SUBJECT in self.on:
                self.counted_by_subject(ta, a)
            if b.counted is None and a.counted is not None:
                self.count_as(b, a)
            if a.counted is None and b.counted is not None:
                self.count_as(a, b)

    @staticmethod
    def count_as(n: QuantityCandidate, other: QuantityCandidate) -> None:
        """Two figures of a change count the same thing: ``n`` counts what ``other`` does."""
        n.counted = replace(other.counted)
        n.rules["counted"] = CHANGE
        if "counted.category" in other.rules:
            n.rules["counted.category"] = other.rules["counted.category"]

    def counted_by_subject(self, token: Token, n: QuantityCandidate) -> None:
        """ "le nombre de soldats ... est passé de 4000": what the subject's count head counts."""
        heads = [t for t in sentence_of(token) if t.i < token.i and t.lemma_.lower() in self.lex.COUNT_HEADS]
        for head in reversed(heads):
            for c in head.rights:
                if c.pos_ == "NOUN":
                    self.count(n, c, COUNT_SUBJECT)
                    return

    # -- all -------------------------------------------------------------------------------------------
    def read_all(self) -> list[Quantity]:
        numbers = self.bounds(self.candidates())
        for n in numbers:
            self.unit(n)
            self.counted(n)
        for i, n in enumerate(numbers):
            n.id = f"q{i + 1}"
        self.changes(numbers)
        self.link(numbers)
        return [n.record(self.text) for n in numbers]


class QuantityRecognizer:
    """Pipeline component: ``doc._.veille_quantities``, the article's quantities in text order."""

    def __init__(self, nlp: Language, name: str, weights: QuantityWeights = WEIGHTS) -> None:
        self.lang = nlp.lang
        self.weights = weights

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_quantities = QuantityReader(doc, self.lang, self.weights).read_all()
        return doc


@Language.factory("veille_quantities", assigns=["doc._.veille_quantities"],
                  requires=["doc._.veille_times", "doc._.veille_entities", "doc._.veille_places", "token.pos",
                            "token.dep", "token.lemma", "token.morph", "token.is_sent_start"])
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name)
