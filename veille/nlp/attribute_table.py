"""The model's attribute ruler read as a table, where its rules allow it.

The French model's attribute ruler copies each word's part of speech into its tag ("ADJ" -> "ADJ") and
marks spaces as such: one-word rules that test a word's part of speech, whether it is a space, whether it
has a dependency label. spaCy runs them as a token Matcher and sets each match's attributes one Span at a
time, about 2% of the analysis. Those tests read three columns only, so the attributes a word gets depend
on those three values alone: ``AttributeTable`` works them out once per combination of values (every rule
that matches, in the ruler's order, tested before any is applied, as the ruler does) and sets them with
spaCy's own setter. A ruler with any other kind of rule is left as it is (``veille.nlp.load_model``).
"""
from __future__ import annotations

from spacy.attrs import DEP, IS_SPACE, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs


class Unsupported(Exception):
    """A rule this table does not read."""


def word_tests(pattern: list[dict], strings) -> list[tuple[int, str, object]]:
    """The tests of a one-word pattern as (column, how, value); Unsupported for another pattern."""
    if len(pattern) != 1:
        raise Unsupported
    tests = []
    for attr, value in pattern[0].items():
        if attr == "POS" and isinstance(value, str) and value in POS_IDS:
            tests.append((0, "is", POS_IDS[value]))
        elif attr == "IS_SPACE" and isinstance(value, bool):
            tests.append((1, "is", int(value)))
        elif attr == "DEP" and isinstance(value, dict) and set(value) == {"NOT_IN"} and all(
                isinstance(v, str) for v in value["NOT_IN"]):
            tests.append((2, "not in", frozenset(strings.add(v) for v in value["NOT_IN"])))
        else:
            raise Unsupported
    return tests


def table_rules(nlp: Language, patterns: list[dict]) -> list[tuple[list[list[tuple]], dict]]:
    """An attribute ruler's rules (its ``patterns``) as (the tests of each pattern, the attributes to set),
    in its order; Unsupported where a rule is not of one word, or sets another word of its match."""
    rules = []
    for rule in patterns:
        if rule.get("index", 0) not in (0, -1):
            raise Unsupported
        alternatives = [word_tests(p, nlp.vocab.strings) for p in rule.get("patterns") or []]
        rules.append((alternatives, normalize_token_attrs(nlp.vocab, rule.get("attrs") or {})))
    if not rules:
        raise Unsupported
    return rules


def passes(values: tuple[int, int, int], tests: list[tuple[int, str, object]]) -> bool:
    return all(values[column] == value if how == "is" else values[column] not in value
               for column, how, value in tests)


class AttributeTable:
    """Sets the attributes an attribute ruler of one-word rules would, from a table of what each
    combination of part of speech, space and dependency label gets."""

    def __init__(self, nlp: Language, patterns: list[dict]) -> None:
        self.rules = table_rules(nlp, patterns)
        self.settings: dict[tuple[int, int, int], dict] = {}

    def setting(self, values: tuple[int, int, int]) -> dict:
        """The attributes a word of these values gets: every matching rule's, later rules over earlier."""
        found = self.settings.get(values)
        if found is None:
            found = {}
            for alternatives, attrs in self.rules:
                if any(passes(values, tests) for tests in alternatives):
                    found.update(attrs)
            self.settings[values] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        setting = self.setting
        for token, values in zip(doc, doc.to_array([POS, IS_SPACE, DEP]).tolist()):
            attrs = setting(tuple(values))
            if attrs:
                set_token_attrs(token, attrs)
        return doc


@Language.factory("veille_attribute_table", default_config={"patterns": []})
def make_attribute_table(nlp: Language, name: str, patterns: list[dict]) -> AttributeTable:
    return AttributeTable(nlp, patterns)
