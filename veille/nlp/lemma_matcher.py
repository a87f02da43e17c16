"""A token Matcher on lower-cased lemmas, at the speed of spaCy's own LEMMA attribute.

The extractors' patterns test a token's lemma in lower case (``{"_": {"veille_lemma_lower": ...}}``), an
extension attribute: spaCy's Matcher calls its getter in Python for every token and every predicate, which
costs a few percent of the whole pipeline. Testing spaCy's ``LEMMA`` against the pattern's words and the
spellings with capitals of them seen so far (a proper noun "Attack") gives the same matches: before each
document, ``LowerLemmaMatcher`` looks at the lemmas it has not seen yet, and rebuilds its matcher when one
of them lowers to a pattern word. A pattern it cannot rewrite keeps the extension's matcher.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc


def _lemma_spec(value) -> list[str] | None:
    """The words a pattern's lemma value names (a word, or {"IN": words}); None for another test."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


def on_lemma(pattern: list[dict], extension: str, spelled: dict[str, set[str]]) -> list[dict] | None:
    """``pattern`` with its tests of ``extension`` made tests of spaCy's LEMMA, each word taken with its
    spellings in ``spelled`` (lower case -> lemmas as written); None where a test is not a plain word or
    list of words, or tests LEMMA already."""
    out = []
    for spec in pattern:
        extra = spec.get("_", {})
        if extension not in extra:
            out.append(spec)
            continue
        named = _lemma_spec(extra[extension])
        if named is None or "LEMMA" in spec:
            return None
        rest = {k: v for k, v in extra.items() if k != extension}
        fast = {k: v for k, v in spec.items() if k != "_"} | ({"_": rest} if rest else {})
        fast["LEMMA"] = {"IN": sorted({w for word in named for w in (word, *spelled.get(word, ()))})}
        out.append(fast)
    return out


class LowerLemmaMatcher:
    """Matches as a Matcher of the patterns would, with lemmas tested through spaCy's LEMMA (see the
    module's doc); called on a Doc, it returns (match id, start, end) as a Matcher does."""

    def __init__(self, vocab, rules: list[tuple[str, list[list[dict]]]], extension: str) -> None:
        from spacy.matcher import Matcher

        self.vocab = vocab
        self.rules = rules
        self.extension = extension
        self.exact = Matcher(vocab)
        for name, patterns in rules:
            self.exact.add(name, patterns)
        words: set[str] = set()
        for _name, patterns in rules:
            for pattern in patterns:
                for spec in pattern:
                    words.update(_lemma_spec(spec.get("_", {}).get(extension, "")) or ())
        self.words = frozenset(words)
        self.spelled: dict[str, set[str]] = {}  # a word -> the lemmas with capitals seen that lower to it
        self._seen: set[int] = set()  # the lemma ids already looked at
        self._lock = threading.Lock()  # documents of several threads (the API's writes) share it
        self.fast = self._fast()

    def __contains__(self, rule: str) -> bool:
        """Whether the matcher holds this rule, as a Matcher says."""
        return rule in self.exact

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self.fast is None:
            return self.exact(doc)
        with self._lock:
            if self._new_spellings(doc):
                self.fast = self._fast()
            fast = self.fast
        return fast(doc)

    def _fast(self) -> Matcher | None:
        """The Matcher on LEMMA of the rules, with the spellings seen so far; None where one cannot be made
        (a test that is not a word or a list of words, or a pattern word with capitals)."""
        from spacy.matcher import Matcher

        if any(w != w.lower() for w in self.words):  # the extension never matches it: keep it simple
            return None
        fast = Matcher(self.vocab)
        for name, patterns in self.rules:
            rewritten = [on_lemma(p, self.extension, self.spelled) for p in patterns]
            if any(p is None for p in rewritten):
                return None
            fast.add(name, rewritten)
        return fast

    def _new_spellings(self, doc: Doc) -> bool:
        """Record the lemmas of ``doc`` with capitals whose lower case is a pattern word; whether any is
        new."""
        from spacy.attrs import LEMMA

        strings = doc.vocab.strings
        new = False
        for lemma in set(doc.to_array(LEMMA).tolist()) - self._seen:
            self._seen.add(lemma)
            text = strings[lemma]
            lower = text.lower()
            if text != lower and lower in self.words:
                self.spelled.setdefault(lower, set()).add(text)
                new = True
        return new


def lower_lemma_matcher(vocab, rules: list[tuple[str, list[list[dict]]]],
                        extension: str) -> LowerLemmaMatcher:
    """The matcher of these (rule, patterns), whose patterns test lemmas through ``extension`` (the lemma
    in lower case)."""
    return LowerLemmaMatcher(vocab, rules, extension)
