"""Token matchers that read a document's attributes as arrays, with the matches of spaCy's Matcher.

spaCy's Matcher walks every token of a document once per matcher, makes a ``Token`` object for each, and
calls Python for every test of a set (``{"IN": [...]}``), a regular expression or an extension attribute:
with four matchers per article that was a tenth of the extractors' time. ``TableMatcher`` takes the same
rules and patterns, reads the attributes its patterns test with one ``Doc.to_array``, finds where each
pattern can stand from the positions its first indexable token accepts (the first token, or the verb
after "a" in "a tweeté"), and tests the rest of the pattern there only. It gives spaCy's (match id,
start, end) list, in spaCy's order: by end, then start, then the order the patterns were added, each
(id, start, end) once.

The patterns it reads are fixed sequences of tokens (no ``OP``), each a dictionary of tests on ``ORTH``
(``TEXT``), ``LOWER``, ``LEMMA``, ``POS``, ``TAG`` or ``DEP`` (a value, ``{"IN": values}``,
``{"REGEX": pattern}``), of the lemma in lower case through the extension the matcher is told of (a word
or ``{"IN": words}``), or of another extension against True or False; ``{}`` is any token. A rule book
with another test keeps spaCy's Matcher, as does a ``Span``.

The extractors' patterns test the lemma in lower case through a token extension (``veille_lemma_lower``):
``LowerLemmaMatcher`` is the matcher of such rules.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the attributes a test may read from the array, as spaCy names them in patterns
COLUMNS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP")
# spaCy's Matcher refuses a document without these annotations when a pattern tests them with a plain value
ANNOTATED = ("TAG", "POS", "LEMMA", "DEP")
# a column read for this many tests of a document is indexed by value once, for the next ones
INDEX_AFTER_SCANS = 3


class Unsupported(Exception):
    """A pattern this matcher does not read: the rule book keeps spaCy's Matcher."""


class _Test:
    """One test of one token: a column's value among ``ids``, or matching ``regex``; the lemma in lower
    case among ``words``; or an extension's value equal to ``wanted``."""

    __slots__ = ("column", "ids", "regex", "words", "extension", "wanted", "_regex_seen")

    def __init__(self, column: str | None = None, ids: frozenset[int] | None = None,
                 regex: str | None = None, words: frozenset[str] | None = None, extension: str | None = None,
                 wanted: bool = True) -> None:
        self.column, self.ids, self.words = column, ids, words
        self.regex = re.compile(regex) if regex is not None else None
        self.extension, self.wanted = extension, wanted
        self._regex_seen: dict[int, bool] = {}

    @property
    def indexable(self) -> bool:
        """Whether the positions it accepts can be read from an index of a column's values."""
        return self.ids is not None or self.words is not None


class _Pattern:
    """A pattern's tests, token by token, with its rule's match id and its rank among the patterns."""

    __slots__ = ("key", "rank", "tokens", "anchor", "checks")

    def __init__(self, key: int, rank: int, tokens: list[list[_Test]]) -> None:
        self.key, self.rank, self.tokens = key, rank, tokens
        # the first token with a test read from an index (its offset), and every other test by its offset
        self.anchor = next((k for k, tests in enumerate(tokens) if tests and tests[0].indexable), None)
        self.checks = [(k, test) for k, tests in enumerate(tokens)
                       for test in (tests[1:] if k == self.anchor else tests)]


class _DocTable:
    """One document's columns and its lemmas in lower case, read once per call, and the positions each
    test accepts."""

    def __init__(self, matcher: TableMatcher, doc: Doc, columns: list[str]) -> None:
        from spacy.attrs import IDS

        self.doc, self.matcher = doc, matcher
        array = doc.to_array([IDS[c] for c in columns]).reshape(len(doc), len(columns))
        self.columns = {c: array[:, k].tolist() for k, c in enumerate(columns)}
        self._lowers: list[str] | None = None
        self._starts: dict[int, list[int]] = {}  # by id of the test
        self._positions: dict[str, dict] = {}  # by column ("lower" for the lemmas in lower case): by value
        self._scans: dict[str, int] = {}  # by column: the tests that asked for their positions

    def lowers(self) -> list[str]:
        """Each token's lemma in lower case."""
        if self._lowers is None:
            known, lower_of = self.matcher._lower, self.matcher.lower_of
            self._lowers = [known.get(lemma) or lower_of(lemma) for lemma in self.columns["LEMMA"]]
        return self._lowers

    def starts(self, test: _Test) -> list[int]:
        """The positions an indexable test accepts, in order."""
        found = self._starts.get(id(test))
        if found is None:
            column = "lower" if test.words is not None else test.column
            values = test.words if test.words is not None else test.ids
            self._scans[column] = scans = self._scans.get(column, 0) + 1
            if scans < INDEX_AFTER_SCANS:  # a pass over the column
                found = [i for i, value in enumerate(self.lowers() if column == "lower" else
                                                     self.columns[column]) if value in values]
            else:  # from the positions of each value, read in one pass for the tests still to come
                positions = self.positions(column)
                found = sorted(i for value in values for i in positions.get(value, ()))
            self._starts[id(test)] = found
        return found

    def positions(self, column: str) -> dict:
        """The positions of each value of a column ("lower": of each lemma in lower case), in order."""
        found = self._positions.get(column)
        if found is None:
            found = self._positions[column] = {}
            for i, value in enumerate(self.lowers() if column == "lower" else self.columns[column]):
                found.setdefault(value, []).append(i)
        return found

    def passes(self, test: _Test, i: int) -> bool:
        """Whether token ``i`` passes ``test``."""
        if test.words is not None:
            return self.lowers()[i] in test.words
        if test.ids is not None:
            return self.columns[test.column][i] in test.ids
        if test.regex is not None:
            value = self.columns[test.column][i]
            seen = test._regex_seen.get(value)
            if seen is None:
                seen = test._regex_seen[value] = bool(test.regex.search(self.doc.vocab.strings[value]))
            return seen
        return self.doc[i]._.get(test.extension) == test.wanted


class TableMatcher:
    """Matches as a spaCy Matcher of ``rules`` (rule name, patterns) would, reading the document's
    attributes as arrays (see the module's doc); ``lower_lemma`` names the token extension that is the
    lemma in lower case. Called on a Doc, it returns (match id, start, end) as a Matcher does."""

    def __init__(self, vocab, rules: list[tuple[str, list[list[dict]]]],
                 lower_lemma: str | None = None) -> None:
        from spacy.matcher import Matcher

        self.vocab = vocab
        self.lower_lemma = lower_lemma
        self.exact = Matcher(vocab)
        for name, patterns in rules:
            self.exact.add(name, patterns)
        self._lower: dict[int, str] = {}  # lemma id -> the lemma in lower case
        try:
            self.patterns: list[_Pattern] | None = self._compile(rules)
        except Unsupported:
            self.patterns = None

    def __contains__(self, rule: str) -> bool:
        """Whether the matcher holds this rule, as a Matcher says."""
        return rule in self.exact

    def __len__(self) -> int:
        return len(self.exact)

    def lower_of(self, lemma: int) -> str:
        """The lemma of this id in lower case."""
        found = self._lower.get(lemma)
        if found is None:
            found = self._lower[lemma] = self.vocab.strings[lemma].lower()
        return found

    def _compile(self, rules: list[tuple[str, list[list[dict]]]]) -> list[_Pattern]:
        from spacy.strings import get_string_id

        self.columns: set[str] = set()
        self.annotated: set[str] = set()
        compiled, shared = [], {}
        for name, patterns in rules:
            key = self.vocab.strings.add(name)
            for pattern in patterns:
                if not pattern:
                    raise Unsupported
                tokens = []
                for spec in pattern:
                    tests = []
                    for attr, value in spec.items():
                        for test_key, test in self._tests(attr, value, get_string_id):
                            tests.append(shared.setdefault(test_key, test))
                    tests.sort(key=lambda t: not t.indexable)
                    tokens.append(tests)
                compiled.append(_Pattern(key, len(compiled), tokens))
        return compiled

    def _tests(self, attr, value, string_id):
        """The tests of one pattern entry, each with a key that identifies it; Unsupported for another."""
        if attr == "_":
            if not isinstance(value, dict):
                raise Unsupported
            for extension, wanted in value.items():
                if extension == self.lower_lemma and (words := _words(wanted)) is not None:
                    self.columns.add("LEMMA")
                    yield ("lower", frozenset(words)), _Test(words=frozenset(words))
                elif isinstance(wanted, bool):
                    yield ("_", extension, wanted), _Test(extension=extension, wanted=wanted)
                else:
                    raise Unsupported
            return
        column = "ORTH" if attr == "TEXT" else attr
        if column not in COLUMNS:
            raise Unsupported
        self.columns.add(column)
        if isinstance(value, str):
            if column in ANNOTATED:
                self.annotated.add(column)
            ids = frozenset({string_id(value)})
        elif isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            yield (column, "regex", value["REGEX"]), _Test(column=column, regex=value["REGEX"])
            return
        elif (words := _words(value)) is not None and not isinstance(value, str):
            ids = frozenset(string_id(v) for v in words)
        else:
            raise Unsupported
        yield (column, ids), _Test(column=column, ids=ids)

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        from spacy.tokens import Doc

        if not self.patterns or not isinstance(doc, Doc):  # spaCy's Matcher refuses one without patterns
            return self.exact(doc)
        columns = sorted(self.columns)
        table = _DocTable(self, doc, columns)
        if len(doc) and any(not any(table.columns[c]) for c in self.annotated):
            return self.exact(doc)  # spaCy's Matcher says which annotation is missing
        found = []
        length = len(doc)
        passes = table.passes
        for pattern in self.patterns:
            size, anchor, checks = len(pattern.tokens), pattern.anchor, pattern.checks
            if anchor is None:
                starts = range(length - size + 1)
            else:
                starts = [i - anchor for i in table.starts(pattern.tokens[anchor][0])
                          if anchor <= i <= length - size + anchor]
            for start in starts:
                if all(passes(t, start + k) for k, t in checks):
                    found.append((start + size, start, pattern.rank, pattern.key))
        found.sort()
        matches, seen = [], set()
        for end, start, _rank, key in found:
            if (key, start, end) not in seen:
                seen.add((key, start, end))
                matches.append((key, start, end))
        return matches


def _words(value) -> list[str] | None:
    """The words a test of the lemma names (a word, or {"IN": words}); None for another test."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


class LowerLemmaMatcher(TableMatcher):
    """The matcher of rules whose patterns test the lemma in lower case through ``extension``."""

    def __init__(self, vocab, rules: list[tuple[str, list[list[dict]]]], extension: str) -> None:
        super().__init__(vocab, rules, lower_lemma=extension)


def lower_lemma_matcher(vocab, rules: list[tuple[str, list[list[dict]]]],
                        extension: str) -> LowerLemmaMatcher:
    """The matcher of these (rule, patterns), whose patterns test lemmas through ``extension`` (the lemma
    in lower case)."""
    return LowerLemmaMatcher(vocab, rules, extension)
