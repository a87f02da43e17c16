"""Per-language data (spaCy's ``lang/xx`` habit): lexicons as tables, not ``if`` chains."""
from __future__ import annotations

from importlib import import_module
from types import ModuleType


def language_data(lang: str) -> ModuleType:
    return import_module(f"veille.nlp.lang.{lang}")
