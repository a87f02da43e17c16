"""Reading numbers written in digits or in words, with each language's separators and number words.

Shared by the time and quantity stages; no spaCy here, only text and the numbers stage of the language's
pack (``language_pack(lang).numbers``). ``NumberBounds`` bounds what is read.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..nlp.lang import language_pack

# digits with thousands groups (space, no-break spaces, dot or comma) and a decimal part
DIGITS = r"\d{1,3}(?:(?:[ \u00a0\u202f]|[.,](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class NumberBounds:
    """The bounds of a number veille reports."""

    # the largest magnitude read as a quantity. News counts and sums reach trillions (1e12; public debts a
    # few 1e13); a longer run of digits is an identifier or an error, and past 2**53 (about 9e15) a float no
    # longer holds every whole number. Such a number is left out, as identifiers are. Set by hand (6fa8c05,
    # the check of inputs at the door), no dev set
    largest: float = 1e15
    # decimal places a number keeps when it is not whole (4.4600000001 -> 4.46): set by hand (a236f4e)
    decimals: int = 6


BOUNDS = NumberBounds()


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping the few characters whose lower case is longer ("İ") as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# the letters a pattern that ignores case matches otherwise than by their lower case (re's equivalences:
# "ſ" is an "s", "ı" an "i", "µ" a "μ", "ς" a "σ"...)
CASE_EQUIVALENTS = frozenset("ıſµμιϐϑϕϖϰϱϵςσβεθκπρφẛﬅﬆ\u0345\u1fbe\u0390\u1fd3\u03b0\u1fe3\u1e61")


def lower_for_search(text: str) -> str | None:
    """``text`` in lower case, for a pattern written in lower case to search without ignoring case (the
    same places, in half the time); None where a letter's lower case is longer ("İ") or is matched
    otherwise ignoring case (``CASE_EQUIVALENTS``): there, search the text as written, ignoring case."""
    low = text.lower()
    if len(low) != len(text) or not CASE_EQUIVALENTS.isdisjoint(low):
        return None
    return low


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that the longest reading wins."""
    return _alternation(frozenset(words))


@lru_cache(maxsize=512)
def _alternation(words: frozenset) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def words_pattern(lang: str) -> str:
    """Regex for a number in words: "quatre-vingt-dix", "deux millions", "two hundred and fifty"."""
    data = language_pack(lang).numbers
    word = alternation([*data.UNITS, *data.TENS, *data.HUNDREDS, *data.SCALES])
    joiner = "|".join(rf"\s+{re.escape(j)}\s+" for j in data.JOINERS)
    return rf"(?:{word})(?:(?:[\s-]+|-?{joiner}-?)(?:{word}))*"


def parse_digits(text: str, lang: str) -> float | None:
    """ "4 460" -> 4460; in French "4.460" -> 4460 and "1,5" -> 1.5; in English "4,460" -> 4460 and
    "1.5" -> 1.5; "16,369.03" -> 16369.03 in either.

    The language's decimal mark is a decimal point; the other mark groups thousands when every group
    after it has three digits.
    """
    s = re.sub(r"[ \u00a0\u202f]", "", text.strip())
    decimal = language_pack(lang).numbers.DECIMAL_MARK
    marks = re.findall(r"[.,]", s)
    if len(set(marks)) == 2:
        decimal = marks[-1]
        s = s.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif marks:
        groups = s.split(marks[0])
        thousands = all(len(g) == 3 for g in groups[1:]) and (marks[0] != decimal or len(groups) > 2)
        s = "".join(groups) if thousands else s.replace(marks[0], ".")
    try:
        return float(s)
    except ValueError:
        return None


def parse_words(text: str, lang: str) -> float | None:
    """Number words to their value; None when the words do not form a number."""
    data = language_pack(lang).numbers
    tokens = [t for t in re.split(r"[\s-]+", text.lower().replace("’", "'")) if t and t not in data.JOINERS]
    if not tokens:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, t in enumerate(tokens):
        if t in data.UNITS:
            current += data.UNITS[t]
        elif t in data.TENS:
            value = data.TENS[t]
            # French "quatre-vingt(s)" is 80: the four multiplies the twenty
            if value == 20 and current and current % 10 and i and tokens[i - 1] in data.UNITS:
                current = current * 20
            else:
                current += value
        elif t in data.HUNDREDS:
            current = (current or 1) * 100
        elif t in data.SCALES:
            scale = data.SCALES[t]
            if scale < 1000:  # "dozen"
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def within_reach(value: float) -> bool:
    """Whether ``value`` is a finite number no larger than ``BOUNDS.largest``: one veille reports."""
    return math.isfinite(value) and abs(value) <= BOUNDS.largest


def as_number(value: float | None) -> int | float | None:
    """Whole numbers as int, so that 4460.0 prints as 4460; None stays None."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, BOUNDS.decimals)


def read_number(text: str, lang: str) -> float | None:
    """One number written as digits, words, an indefinite ("une semaine") or a half ("demi")."""
    low = text.lower()
    data = language_pack(lang).numbers
    if low in data.HALVES:
        return 0.5
    if low in data.INDEFINITES:
        return 1.0
    value = parse_digits(text, lang) if re.fullmatch(DIGITS, text) else parse_words(text, lang)
    return value if value is not None and within_reach(value) else None
