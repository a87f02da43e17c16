"""A pattern searched only in texts that hold a string its matches need finds what ``re`` finds."""
from __future__ import annotations

import re

import pytest

from veille.nlp.needed_strings import NeededStrings, needed_strings

TEXTS = ["des heurts ont éclaté dans la nuit", "trois maisons incendiées au village", "une mine a explosé",
         "les mineurs ont défilé", "le marché a rouvert", "", "attentat-suicide à l'aube",
         "deux attentats suicides", "grève des chauffeurs de bus"]
PATTERNS = [
    r"\bmines?\b|engins? explosifs?|a explosé",
    r"(?:incendi|détrui)\w* .{0,30}(?:maisons?|villages?)",
    r"attentat[- ]suicide",
    r"heurts|(?<![-\w])émeut",
    r"\b(?:gr[èe]ve|défil)\w*",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_answer_as_re(pattern):
    compiled = re.compile(pattern)
    search = NeededStrings(compiled)
    assert search.needed  # the quick test runs, not re's search alone
    found = [(m.span() if m else None) for m in map(compiled.search, TEXTS)]
    assert [(m.span() if m else None) for m in map(search.search, TEXTS)] == found
    assert any(found)  # each pattern finds something in the texts


def test_a_long_text_is_searched_from_where_a_match_may_begin():
    article = " ".join(TEXTS * 20) + " des heurts, une grève"
    for pattern in PATTERNS:
        compiled = re.compile(pattern)
        search = NeededStrings(compiled)
        found = compiled.search(article)
        assert (search.search(article).span() if found else None) == (found.span() if found else None)
        assert search.search(article[article.index("village") + 10:]).span() == \
            compiled.search(article[article.index("village") + 10:]).span()
    assert NeededStrings(re.compile(PATTERNS[0])).places is not None  # ("\b" first: re tries everywhere)
    assert NeededStrings(re.compile(PATTERNS[2])).places is None  # (a literal first: re skips to it)


def test_the_strings_a_pattern_needs():
    assert needed_strings(re.compile(r"attentat[- ]suicide")) == {"attentat"}
    assert needed_strings(re.compile(r"\bmines?\b|engins? explosifs?")) == {"mine", " explosif"}
    # a string that holds another one of the set is not looked for
    assert needed_strings(re.compile(r"rassembl|rassemblements?|bloqu")) == {"rassembl", "bloqu"}
    assert needed_strings(re.compile(r"(?:ab)+cd")) == {"ab"}


@pytest.mark.parametrize("pattern", [r"a?b*", r"[ab]c", r"(?i)mine", r"mines?|\d+", r"x"])
def test_a_pattern_that_needs_nothing_known_is_always_searched(pattern):
    search = NeededStrings(re.compile(pattern))
    assert search.needed is None
    assert [bool(search.search(t)) for t in TEXTS + ["X", "ab", "12"]] == \
        [bool(re.search(pattern, t)) for t in TEXTS + ["X", "ab", "12"]]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_narrowed_to_a_text_finds_in_its_parts_what_re_finds(pattern):
    compiled = re.compile(pattern)
    article = " ".join(TEXTS[:5])
    narrowed = NeededStrings(compiled).within(article)
    assert narrowed.needed <= NeededStrings(compiled).needed
    parts = [article[s:e] for s in range(0, len(article), 7) for e in (s + 25, s + 60, len(article))]
    assert [(m.span() if m else None) for m in map(narrowed.search, parts)] == \
        [(m.span() if m else None) for m in map(compiled.search, parts)]


def test_narrowed_to_a_text_without_its_strings_may_match_nothing():
    search = NeededStrings(re.compile(r"attentat[- ]suicide"))
    assert search.within("trois maisons incendiées").may_match() is False
    assert search.within("un attentat suicide").may_match() is True
    assert NeededStrings(re.compile(r"\w+")).within("").may_match() is True  # nothing needed: kept whole
