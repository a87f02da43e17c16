"""Numbers: one number read from digits or words, with each language's pack; the bounds of what is read."""
from __future__ import annotations

import re

import pytest

from veille.extractors.numbers import BOUNDS, as_number, read_number, within_reach, words_pattern


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "demi", 0.5), ("en", "half", 0.5),  # the pack's HALVES
    ("fr", "une", 1.0), ("en", "an", 1.0),  # its INDEFINITES
    ("fr", "4 460", 4460.0), ("en", "4,460", 4460.0), ("fr", "1,5", 1.5),
    ("fr", "quatre-vingt-dix", 90.0), ("en", "two hundred and fifty", 250.0),
    ("fr", "half", None), ("en", "demi", None), ("fr", "an", None),  # another language's words
])
def test_read_number_reads_the_words_of_its_language(lang, text, value):
    assert read_number(text, lang) == value


@pytest.mark.parametrize("lang,text", [("fr", "deux millions"), ("fr", "vingt et un"),
                                       ("en", "forty-two"), ("en", "three thousand")])
def test_words_pattern_matches_a_whole_number_in_words(lang, text):
    assert re.fullmatch(words_pattern(lang), text)


def test_numbers_past_the_largest_bound_are_not_read():
    assert within_reach(BOUNDS.largest) and not within_reach(BOUNDS.largest * 10)
    assert not within_reach(float("inf")) and not within_reach(float("nan"))
    assert read_number("1" + "0" * 16, "en") is None


def test_as_number_keeps_whole_numbers_whole_and_rounds_the_others():
    assert as_number(4460.0) == 4460 and isinstance(as_number(4460.0), int)
    assert as_number(1 / 3) == round(1 / 3, BOUNDS.decimals)
    assert as_number(None) is None
