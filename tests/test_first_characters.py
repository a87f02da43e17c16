"""A pattern searched only where its first character stands finds what ``re`` finds, in the same order."""
from __future__ import annotations

import re

import pytest

from veille.nlp.first_characters import FirstCharacterSearch, first_characters, skips_itself

TEXT = ("le 3 mai, puis le 14 juillet 2021 ; l'été-2020 et mi-mai. Le 1er août vers 10 h 30, "
        "dans 2 jours ; x3 mai, 5 mai5 mai\n6 juin")
PATTERNS = [
    r"(?<![\w'’])(?<![^\W\d]-)(?:(?:le )?(?P<day>1er|[12]\d|3[01]|0?[1-9]) (?P<month>mai|juillet|août|juin))"
    r"(?!\w|-[^\W\d])",
    r"(?<![\w'’])(?:mi-|l')?(?P<season>été|mai)",
    r"(?<![\w'’])(?:vers )?\d+ h(?: \d\d)?",
    r"(?:\bdans|vers) \d+",
    r"[\d.]+",
    r"(?<=\s)\S+",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_re_in_the_same_order(pattern):
    compiled = re.compile(pattern)
    search = FirstCharacterSearch(compiled)
    assert search.places is not None  # the quick search ran, not re's own
    expected = [(m.span(), m.groupdict()) for m in compiled.finditer(TEXT)]
    assert [(m.span(), m.groupdict()) for m in search.finditer(TEXT)] == expected
    assert expected  # each pattern finds something in the text
    assert list(search.finditer("")) == []


def test_the_first_characters_of_a_pattern():
    assert first_characters(re.compile(r"(?<!\w)(?:le |la )?(?:mai|\d)")) == r"[\dlm]"
    assert first_characters(re.compile(r"a?b*c")) == "[abc]"


@pytest.mark.parametrize("pattern", [r"(?<!\w)(?:le )?(?:mai|juin)", r"\bk\w+", r"[é-ê]t[ée]"])
def test_a_pattern_that_ignores_case_is_searched_by_a_class_that_ignores_case(pattern):
    text = "Le MAI, le Mai, JUIN ; \u212aelvin, kilo ; ÉTÉ, été"  # (the Kelvin sign is a "k" ignoring case)
    compiled = re.compile(pattern, re.IGNORECASE)
    search = FirstCharacterSearch(compiled)
    assert search.places is not None
    expected = [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in search.finditer(text)] == expected
    assert len(expected) >= 2


@pytest.mark.parametrize("pattern", [r"a?", r"[^a]b", r"(?a)\wai", r"(a)\1", r".b"])
def test_a_pattern_it_cannot_read_is_searched_as_before(pattern):
    compiled = re.compile(pattern)
    search = FirstCharacterSearch(compiled)
    assert search.places is None
    text = "ab Mai aab"
    assert [m.span() for m in search.finditer(text)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize("pattern", [r"(?:dans|vers) \d+", r"[lL]e \d+", r"mai|juin", r"le \d+"])
def test_a_pattern_re_skips_to_by_itself_is_searched_as_before(pattern):
    compiled = re.compile(pattern)
    assert skips_itself(compiled)  # a literal first, or one first in each alternative
    search = FirstCharacterSearch(compiled)
    assert search.places is None
    expected = [m.span() for m in compiled.finditer(TEXT)]
    assert [m.span() for m in search.finditer(TEXT)] == expected
    assert expected


def test_a_pattern_re_cannot_skip_to_by_itself():
    assert not skips_itself(re.compile(r"(?<![\w'’])(?:mi-|l')?été"))
    assert not skips_itself(re.compile(r"\bmines?|engins?"))  # (an alternative starts with an assertion)
    assert not skips_itself(re.compile(r"frappes? a[ée]riennes?|(?:\w+ )?raids?"))  # (a repeat first)


def test_a_text_without_what_every_match_needs_is_not_searched():
    search = FirstCharacterSearch(re.compile(r"(?<!\w)(?:le )?\d+ (?:mai|juin)"))
    assert search.needed == {"mai", "juin"}
    assert [m.span() for m in search.finditer("le 3 juin, le 4 avril")] == [(0, 9)]
    assert list(search.finditer("le 3 mars, le 4 avril")) == []
