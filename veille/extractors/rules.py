"""The rule book: every named rule of the extractors, which of them are on, and the spaCy matchers they make.

A rule is named "stage.rule" ("quantities.about") and defined once, where its extractor is, with one line
on what it matches: ``ABOUT = RULES.define("quantities.about", "a vague amount: 'about 300', 'près de
300'")``. ``VEILLE_RULES_OFF`` (``Settings.rules_off``) switches rules off, for an ablation; the matchers
built here hold only the rules that are on, and a match's id is its rule's name (``RULES.name_of``), so
that a record can say which rule produced each of its fields (its ``rules`` trace). An analysis reads the
switches once per batch (``RULES.held``), not at each of the many ``RULES.on`` of its extractors.
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads with the matchers, not on import
    from spacy.matcher import DependencyMatcher, PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from ..nlp.lemma_matcher import LowerLemmaMatcher, TableMatcher

RULE_NAME = re.compile(r"[a-z]+\.[a-z0-9_]+")
# the modules whose import defines every rule (the extractors, registered as spaCy components)
DEFINING_MODULES = "veille.extractors.components"


class RuleBook:
    """One registry of every named rule; ``RULES`` is the one instance."""

    def __init__(self) -> None:
        self._docs: dict[str, str] = {}
        self._off: tuple[str, frozenset[str]] | None = None  # the raw setting and the names it read as
        self._names_by_id: dict[int, str] = {}
        self._held: frozenset[str] | None = None  # the switches read for the blocks under ``held``
        self._holders = 0
        self._holding = threading.Lock()

    def define(self, name: str, doc: str) -> str:
        """Register the rule ``name`` ("stage.rule_name"), with one line on what it matches; its name."""
        if not RULE_NAME.fullmatch(name):
            raise ValueError(f"rule name {name!r}: write it 'stage.rule_name', lower case")
        if not doc.strip() or "\n" in doc:
            raise ValueError(f"rule {name!r}: its doc is one line on what it matches")
        if self._docs.setdefault(name, doc) != doc:
            raise ValueError(f"rule {name!r} is defined twice, as {self._docs[name]!r} and as {doc!r}")
        return name

    def rules(self) -> list[tuple[str, bool, str]]:
        """Every rule of every extractor, by name: (name, on, doc)."""
        self._define_all()
        off = self._switched_off()
        return [(name, name not in off, self._docs[name]) for name in sorted(self._docs)]

    def on(self, name: str) -> bool:
        """Whether the rule is on: defined, and not switched off by ``VEILLE_RULES_OFF``."""
        if name not in self._docs:
            raise ValueError(f"rule {name!r} is not defined: RULES.define it beside the code that uses it")
        return name not in (self._held if self._held is not None else self._switched_off())

    @contextmanager
    def held(self) -> Iterator[None]:
        """Within the block, ``on`` answers from the switches as read on entering it, without reading
        ``VEILLE_RULES_OFF`` again (an analysis holds them for a batch). A setting that names no rule is
        not held: each ``on`` then raises its error, as outside the block."""
        from ..errors import BadSetting

        with self._holding:
            try:
                self._held = self._switched_off()
            except BadSetting:
                self._held = None
            self._holders += 1
        try:
            yield
        finally:
            with self._holding:
                self._holders -= 1
                if not self._holders:
                    self._held = None

    def name_of(self, match_id: int) -> str:
        """The rule name of a match id from one of the matchers built here."""
        if match_id not in self._names_by_id:
            from spacy.strings import get_string_id

            self._names_by_id = {get_string_id(name): name for name in self._docs}
        return self._names_by_id[match_id]

    def phrase_matcher(self, vocab: Vocab, phrases: dict[str, Iterable[str | Doc]], attr: str = "LOWER",
                       make_doc: Callable[[str], Doc] | None = None) -> PhraseMatcher:
        """A PhraseMatcher of the rules that are on, each matching its phrases. A phrase given as text is
        tokenised by ``make_doc`` (the pipeline's ``nlp.make_doc``, best), else by the tokenizer of the
        vocabulary's language."""
        from spacy.matcher import PhraseMatcher

        if make_doc is None:
            import spacy

            make_doc = spacy.blank(vocab.lang, vocab=vocab).make_doc
        matcher = PhraseMatcher(vocab, attr=attr)
        for name, items in self._enabled(phrases):
            matcher.add(name, [make_doc(p) if isinstance(p, str) else p for p in items])
        return matcher

    def matcher(self, vocab: Vocab, patterns: dict[str, Iterable[list[dict]]]) -> TableMatcher:
        """A matcher of the rules that are on, each with its token patterns: a Matcher's matches, read
        from the document's arrays (``veille.nlp.lemma_matcher``)."""
        from ..nlp.lemma_matcher import TableMatcher

        return TableMatcher(vocab, self._enabled(patterns))

    def lemma_matcher(self, vocab: Vocab, patterns: dict[str, Iterable[list[dict]]],
                      extension: str) -> LowerLemmaMatcher:
        """A matcher of the rules that are on, whose patterns test the lemma in lower case through the
        token extension ``extension``: the same matches as ``matcher``'s, faster
        (``veille.nlp.lemma_matcher``)."""
        from ..nlp.lemma_matcher import lower_lemma_matcher

        return lower_lemma_matcher(vocab, self._enabled(patterns), extension)

    def dependency_matcher(self, vocab: Vocab,
                           patterns: dict[str, Iterable[list[dict]]]) -> DependencyMatcher:
        """A DependencyMatcher of the rules that are on, each with its dependency patterns."""
        from spacy.matcher import DependencyMatcher

        matcher = DependencyMatcher(vocab)
        for name, items in self._enabled(patterns):
            matcher.add(name, items)
        return matcher

    def _enabled(self, by_rule: dict[str, Iterable]) -> list[tuple[str, list]]:
        """The rules that are on, with their patterns (a rule with none adds nothing to a matcher)."""
        return [(name, items) for name, items in ((n, list(i)) for n, i in by_rule.items())
                if self.on(name) and items]

    def _switched_off(self) -> frozenset[str]:
        """The names ``VEILLE_RULES_OFF`` switches off, checked against every rule (read once per value)."""
        raw = os.environ.get("VEILLE_RULES_OFF", "")
        if self._off is None or self._off[0] != raw:
            from ..settings import Settings

            names = Settings.from_env().rules_off
            if names - self._docs.keys():
                self._define_all()
            unknown = sorted(names - self._docs.keys())
            if unknown:
                from ..errors import BadSetting

                known = ", ".join(sorted(self._docs)) or "none yet"
                raise BadSetting(f"VEILLE_RULES_OFF names no rule {', '.join(map(repr, unknown))}: give "
                                 f"comma-separated names among the rules ({known}; `veille rules` lists "
                                 "them), or unset it")
            self._off = (raw, names)
        return self._off[1]

    @staticmethod
    def _define_all() -> None:
        """Import every extractor, so that every rule is defined."""
        from importlib import import_module

        import_module(DEFINING_MODULES)


RULES = RuleBook()
