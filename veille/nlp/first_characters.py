"""Regular expressions searched only where their first character stands.

A grammar of a few dozen patterns, each searched over the whole text, makes Python's ``re`` try every
pattern at every character: most of the time of the times grammar. ``re`` skips quickly to the next
character of a set when a pattern begins by reading one. ``FirstCharacterSearch`` reads, from a pattern,
the characters all its matches begin with, and searches ``[those characters](?<=(?=PATTERN).)``: the
same places, found by that quick skip, each checked by the whole pattern (a lookahead inside a one
character lookbehind, so that the pattern sees the text before the place as it would). It gives the
matches the pattern's ``finditer`` gives, in the same order. A pattern that ignores case gets a class
that ignores case (compiled with the pattern's flags): the characters its first ones match. A pattern it
cannot read so (one that may match nothing, a flag that changes what a class or a space is, a first part
it does not know, a reference to a group) is searched as before, and so is one that ``re`` skips to by
itself (one that begins with a literal, or whose every alternative does): there the lookahead would
only slow it. A text that holds none of the strings every match needs (``veille.nlp.needed_strings``)
is not searched at all.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _compiler as sre_compile
from re import _constants as sre
from re import _parser as sre_parse

from .needed_strings import needed_strings

# the character classes a pattern may begin with, as written in a class
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


class _Unknown(Exception):
    """A part of a pattern whose first characters are not read here."""


def _first_of_item(op, av) -> tuple[set[str], bool]:
    """What one parsed item can begin with (characters and classes, as written in a class), and whether
    it may read nothing."""
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        found = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                found.add(re.escape(chr(value)))
            elif kind is sre.RANGE:
                found.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                found.add(_CATEGORIES[value])
            else:  # a negated set
                raise _Unknown
        return found, False
    if op is sre.BRANCH:
        found, empty = set(), False
        for alternative in av[1]:
            first, may_be_empty = _first_of_sequence(alternative)
            found |= first
            empty = empty or may_be_empty
        return found, empty
    if op is sre.SUBPATTERN:
        return _first_of_sequence(av[3])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first_of_sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        first, may_be_empty = _first_of_sequence(av[2])
        return first, may_be_empty or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # read nothing
        return set(), True
    raise _Unknown


def _first_of_sequence(items) -> tuple[set[str], bool]:
    """What a sequence of parsed items can begin with, and whether it may read nothing."""
    found: set[str] = set()
    for op, av in items:
        first, may_be_empty = _first_of_item(op, av)
        found |= first
        if not may_be_empty:
            return found, False
    return found, True


def first_characters(pattern: re.Pattern) -> str | None:
    """A character class (``[...]``) of the characters every match of ``pattern`` begins with, read under
    the pattern's flags (ignoring case, it matches each character's other cases); None where they are not
    known here, or where the pattern may match nothing."""
    if pattern.flags & (re.ASCII | re.LOCALE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        found, may_be_empty = _first_of_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return None
    return None if may_be_empty or not found else f"[{''.join(sorted(found))}]"


def skips_itself(pattern: re.Pattern) -> bool:
    """Whether ``re`` skips to where a match may begin by itself: the pattern begins with a literal
    string, or each of its alternatives with a literal character (its compiler's prefix or first set)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return bool(sre_compile._get_literal_prefix(parsed, pattern.flags)[0] or
                sre_compile._get_charset_prefix(parsed, pattern.flags))


class FirstCharacterSearch:
    """A compiled pattern whose ``finditer`` skips to where a match can begin (see the module's doc)."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.needed = needed_strings(pattern)
        first = first_characters(pattern)
        if first is not None and skips_itself(pattern):
            first = None  # (``re`` skips there faster by itself)
        try:
            self.places = None if first is None else re.compile(rf"{first}(?<=(?={pattern.pattern})[\s\S])",
                                                                pattern.flags)
        except re.error:  # what a lookbehind may not hold: a reference to a group
            self.places = None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches of ``pattern.finditer(text)``, the same and in the same order."""
        if self.needed is not None and not any(needed in text for needed in self.needed):
            return  # no match can be in a text without what every match holds
        if self.places is None:
            yield from self.pattern.finditer(text)
            return
        search, match, start = self.places.search, self.pattern.match, 0
        while (place := search(text, start)) is not None:
            found = match(text, place.start())
            if found is None:  # cannot be: the place was found by the same pattern
                start = place.start() + 1
                continue
            yield found
            start = found.end()
