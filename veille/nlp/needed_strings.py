"""Regular expressions searched only in texts that hold a string every match needs.

A sentence is tested against a few dozen cue patterns, and most of them are not in it: ``re`` still tries
each at every character. ``NeededStrings`` reads, from a pattern, strings one of which every match holds
(a run of literal characters it must read, or one such string per alternative of a group it must read),
and answers a ``search`` of a text that holds none of them at once, with no match; other texts are
searched as before, so ``search`` gives what the pattern's ``search`` gives. A pattern it reads no such
strings of (one whose every part is optional or a class of characters, or one that ignores case) is
always searched. A search skips to the first place where a match may begin, by the characters every
match begins with (``veille.nlp.first_characters``): a long text, an article read whole, is searched
twice as fast.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse

# a string shorter than this is in too many texts to spare a search
SHORTEST_NEEDED = 2
# the flags under which a match may read other characters than the pattern's own
_FOLDING_FLAGS = re.IGNORECASE | re.LOCALE | re.VERBOSE
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)


def _strength(strings: frozenset[str]) -> tuple[int, int]:
    """The better set spares more searches: its shortest string longer, then fewer strings."""
    return min(map(len, strings)), -len(strings)


def _needed_in_item(op, av) -> frozenset[str] | None:
    """Strings one of which every match of one parsed item holds, where they are read here."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return None if add_flags & _FOLDING_FLAGS else _needed_in_sequence(items)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _needed_in_sequence(av)
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            needed = _needed_in_sequence(alternative)
            if needed is None:
                return None  # an alternative that needs nothing known: the group needs nothing known
            found |= needed
        return frozenset(found)
    if op in _REPEATS and av[0] >= 1:
        return _needed_in_sequence(av[2])
    return None  # a class, an assertion, anything else: nothing read from it


def _needed_in_sequence(items) -> frozenset[str] | None:
    """The best set of strings one of which every match of a parsed sequence holds: a run of its literal
    characters, or what one of its parts needs."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        needed = _needed_in_item(op, av)
        if needed:
            options.append(needed)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=_strength, default=None)


def needed_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds; None where none are read here, or where
    they are too short to spare a search."""
    if pattern.flags & _FOLDING_FLAGS or not isinstance(pattern.pattern, str):
        return None
    needed = _needed_in_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if not needed or _strength(needed)[0] < SHORTEST_NEEDED:
        return None
    # a string that holds another of the set is in a text only where that other one is: not looked for
    return frozenset(s for s in needed if not any(t != s and t in s for t in needed))


class NeededStrings:
    """A compiled pattern whose ``search`` skips the texts that hold none of its needed strings."""

    def __init__(self, pattern: re.Pattern) -> None:
        from .first_characters import FirstCharacterSearch  # (which reads the needed strings too)

        self.pattern = pattern
        self.needed = needed_strings(pattern)
        self.places = FirstCharacterSearch(pattern).places

    def search(self, text: str) -> re.Match | None:
        """``pattern.search(text)``."""
        if self.needed is None:
            return self._search(text)
        for needed in self.needed:
            if needed in text:
                return self._search(text)
        return None

    def _search(self, text: str) -> re.Match | None:
        """``pattern.search(text)`` from the first place where a match may begin (no match begins before
        it)."""
        if self.places is None:
            return self.pattern.search(text)
        place = self.places.search(text)
        return None if place is None else self.pattern.search(text, place.start())

    def finditer(self, text: str) -> Iterator[re.Match]:
        """``pattern.finditer(text)``."""
        return self.pattern.finditer(text)

    def within(self, text: str) -> NeededStrings:
        """The same search, for the parts of ``text`` only: it looks for the needed strings that ``text``
        holds and no others (where it holds none, no part of it can match)."""
        if self.needed is None:
            return self
        narrowed = NeededStrings.__new__(NeededStrings)
        narrowed.pattern, narrowed.places = self.pattern, self.places
        narrowed.needed = frozenset([needed for needed in self.needed if needed in text])
        return narrowed

    def may_match(self) -> bool:
        """False where the search can find nothing: none of the needed strings is left to look for."""
        return self.needed is None or bool(self.needed)
