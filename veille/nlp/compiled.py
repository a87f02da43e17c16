"""The model's slowest regular expressions, compiled once per machine and kept.

spaCy's French tokenizer matches its exceptions with one pattern of about 1.4 million characters, which
Python takes seconds to compile each time the language is imported. ``keep`` stores what Python's
compiler made of such patterns beside the gazetteer (one file per Python, spaCy and language);
``warm`` puts them back into ``re``'s own cache before the model is loaded, where spaCy's
``re.compile`` of the same text finds them. The cache is keyed on the pattern's exact text, so a pattern
that differs is compiled as usual; anything unexpected leaves ``re`` to compile, as without this module.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
from pathlib import Path

from ..settings import cache_dir

log = logging.getLogger(__name__)

# patterns shorter than this compile fast enough not to be kept
LONGEST_COMPILED_AT_ONCE = 100_000


def _path(lang: str) -> Path:
    import _sre

    import spacy

    tag = hashlib.sha1(f"{sys.version}|{_sre.MAGIC}|{spacy.__version__}|{lang}".encode()).hexdigest()[:16]
    return cache_dir() / f"patterns-{lang}-{tag}.pickle"


def warm(lang: str) -> None:
    """Put ``lang``'s kept patterns into ``re``'s cache (nothing when none are kept)."""
    try:
        import _sre

        path = _path(lang)
        if not path.exists():
            return
        with open(path, "rb") as f:
            kept = pickle.load(f)
        for pattern, flags, compiled_flags, code, groups, groupindex, indexgroup in kept:
            compiled = _sre.compile(pattern, compiled_flags, code, groups, groupindex, indexgroup)
            if compiled.pattern == pattern and compiled.flags == compiled_flags:
                re._cache[type(pattern), pattern, flags] = compiled  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001  (a cache: without it, re compiles as usual)
        log.debug("kept patterns of %s not used", lang, exc_info=True)


def keep(lang: str, patterns: list[re.Pattern]) -> None:
    """Store what the compiler makes of ``lang``'s long ``patterns``, once (when not stored yet)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        path = _path(lang)
        if path.exists():
            return
        kept = []
        for compiled in patterns:
            if not isinstance(compiled.pattern, str) or len(compiled.pattern) < LONGEST_COMPILED_AT_ONCE:
                continue
            flags = 0  # as spaCy compiles them: flags written inside the pattern
            parsed = _parser.parse(compiled.pattern, flags)
            code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints (opcodes are named)
            indexgroup = [None] * parsed.state.groups
            for name, i in parsed.state.groupdict.items():
                indexgroup[i] = name
            if flags | parsed.state.flags != compiled.flags:
                continue
            kept.append((compiled.pattern, flags, compiled.flags, code, parsed.state.groups - 1,
                         dict(parsed.state.groupdict), tuple(indexgroup)))
        if not kept:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        try:
            with open(partial, "wb") as f:
                pickle.dump(kept, f, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001
        log.debug("patterns of %s not kept", lang, exc_info=True)


def tokenizer_patterns(nlp) -> list[re.Pattern]:
    """The compiled patterns behind a spaCy tokenizer's matching functions."""
    found = []
    for name in ("token_match", "url_match"):
        match = getattr(nlp.tokenizer, name, None)
        if isinstance(getattr(match, "__self__", None), re.Pattern):
            found.append(match.__self__)
    return found
