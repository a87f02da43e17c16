"""Language identification (lingua), loaded lazily once per process."""
from __future__ import annotations

from functools import lru_cache

from ..errors import UnsupportedLanguage, unsupported_language
from ..settings import SUPPORTED_LANGS

# what to do when detection cannot answer
GIVE_LANG = "give it: --lang fr|en on the command line, 'lang' in JSON Lines, lang= in Python"

# the languages a news feed most often mixes in: enough that a German or Spanish article is
# recognised as such (and refused) rather than forced into French or English
_CANDIDATES = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH",
               "ARABIC", "RUSSIAN", "TURKISH", "POLISH", "CHINESE", "JAPANESE", "UKRAINIAN")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; raises UnsupportedLanguage outside fr/en."""
    sample = text[:3000]
    if sum(c.isalpha() for c in sample) < 3:
        raise UnsupportedLanguage(f"the text has no words to identify its language: {GIVE_LANG}")
    lang = _detector().detect_language_of(sample)
    if lang is None:
        raise UnsupportedLanguage(f"the language could not be identified: {GIVE_LANG}")
    code = lang.iso_code_639_1.name.lower()
    if code not in SUPPORTED_LANGS:
        raise unsupported_language(code)
    return code


def check_language(lang: str) -> str:
    code = lang.strip().lower()
    if code not in SUPPORTED_LANGS:
        raise unsupported_language(code)
    return code
