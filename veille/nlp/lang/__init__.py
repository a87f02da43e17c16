"""Language packs (spaCy's ``lang/xx`` habit): all that is specific to a language, as data.

A pack is the folder ``veille/nlp/lang/<lang>/``: one Python module of data per stage (``times.py``,
``events.py``...) and tables (``<name>.tsv``). ``contents.py`` declares what every pack must supply;
``language_pack(lang)`` loads a pack and checks it, so that a missing word list is a coded error at
load time, not an AttributeError deep in an extractor.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module, resources
from types import ModuleType

from ...errors import LanguagePackIncomplete, unsupported_language
from ...settings import SUPPORTED_LANGS
from . import contents

PACK_STAGES = ("entities", "places", "times", "numbers", "quantities", "statements", "events", "actors",
               "corpus", "sentences")


@dataclass(frozen=True)
class LanguagePack:
    """One language's data: a module per stage (``pack.times.MONTHS``) and its tables."""

    lang: str
    entities: ModuleType
    places: ModuleType
    times: ModuleType
    numbers: ModuleType
    quantities: ModuleType
    statements: ModuleType
    events: ModuleType
    actors: ModuleType
    corpus: ModuleType
    sentences: ModuleType

    def table(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The rows of ``<lang>/<name>.tsv``, split on tabs (blank lines and ``#`` comments left out)."""
        return _table(self.lang, name)


@cache
def language_pack(lang: str) -> LanguagePack:
    """The pack of a supported language, checked against ``contents.py``."""
    if lang not in SUPPORTED_LANGS:
        raise unsupported_language(lang)
    modules = {stage: _stage_module(lang, stage) for stage in PACK_STAGES}
    lacks = [f"{stage}.py lacks {', '.join(missing)}" for stage, module in modules.items()
             if (missing := [n for n in contents.CONTENTS.get(stage, ()) if not hasattr(module, n)])]
    lacks += [f"no table {name}.tsv" for name in contents.TABLES if not _table_file(lang, name).is_file()]
    if lacks:
        raise LanguagePackIncomplete(
            f"the {lang!r} language pack is incomplete: {'; '.join(lacks)}. Add them in "
            f"veille/nlp/lang/{lang}/ (veille/nlp/lang/contents.py says what each stage needs; "
            "the 'en' pack shows each of them)")
    return LanguagePack(lang, **modules)


def every_pack(stage: str, name: str) -> list:
    """The value of ``name`` in one stage module of every supported language, for data that holds for a
    text in any language (the words of an actor's name, of a demonym)."""
    return [getattr(getattr(language_pack(lang), stage), name) for lang in SUPPORTED_LANGS]


@cache
def words_in_every_pack(stage: str, name: str) -> tuple[str, ...]:
    """The words of the list ``name`` in one stage module of every pack, first-seen order, for cues read in
    a text of any language (a French text quotes "Mr." and "Iraq's")."""
    return tuple(dict.fromkeys(word for words in every_pack(stage, name) for word in words))


def _stage_module(lang: str, stage: str) -> ModuleType:
    try:
        return import_module(f"{__name__}.{lang}.{stage}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{lang}.{stage}":
            raise
        return ModuleType(stage)  # an empty module: the check names everything it lacks


def _table_file(lang: str, name: str):
    return resources.files(f"{__name__}.{lang}").joinpath(f"{name}.tsv")


@cache
def _table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    text = _table_file(lang, name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(tuple(line.split("\t")) for line in lines)
