"""Language packs: what contents.py declares, every pack supplies; a pack that lacks something says what."""
from __future__ import annotations

from importlib import resources
from types import ModuleType

import pytest

from veille.errors import LanguagePackIncomplete, UnsupportedLanguage
from veille.nlp import lang as packs
from veille.nlp.lang import PACK_STAGES, contents, language_pack
from veille.settings import SUPPORTED_LANGS


def _defined(module: ModuleType) -> set[str]:
    return {name for name in vars(module) if name.isupper()}


def test_contents_declares_every_stage_once():
    assert tuple(contents.CONTENTS) == PACK_STAGES
    for names in contents.CONTENTS.values():
        assert len(names) == len(set(names))


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_every_pack_supplies_the_same_names_and_tables_as_english(lang):
    pack, en = language_pack(lang), language_pack("en")
    for stage in PACK_STAGES:
        names, en_names = _defined(getattr(pack, stage)), _defined(getattr(en, stage))
        assert names == en_names, (stage, names ^ en_names)
        assert set(contents.CONTENTS[stage]) <= names
    tables = {p.name[:-len(".tsv")] for p in resources.files(f"veille.nlp.lang.{lang}").iterdir()
              if p.name.endswith(".tsv")}
    assert tables == set(contents.TABLES)


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_every_shipped_table_loads(lang):
    pack = language_pack(lang)
    for name in contents.TABLES:
        rows = pack.table(name)
        assert rows, name
        assert all(row and all(cell == cell.strip() for cell in row) for row in rows), name
        assert all(not row[0].startswith("#") for row in rows)


def test_a_pack_is_loaded_once_and_its_stages_are_its_modules():
    pack = language_pack("fr")
    assert language_pack("fr") is pack
    assert pack.times.__name__ == "veille.nlp.lang.fr.times"


def test_a_missing_name_is_a_coded_error_that_names_it(monkeypatch):
    declared = dict(contents.CONTENTS, times=contents.CONTENTS["times"] + ("LUNAR_MONTHS",))
    monkeypatch.setattr(contents, "CONTENTS", declared)
    monkeypatch.setattr(contents, "TABLES", contents.TABLES + ("rivers",))
    language_pack.cache_clear()
    try:
        with pytest.raises(LanguagePackIncomplete) as caught:
            language_pack("en")
    finally:
        language_pack.cache_clear()
    message = caught.value.message
    assert caught.value.code == "language_pack_incomplete"
    assert "'en'" in message and "times.py lacks LUNAR_MONTHS" in message and "rivers.tsv" in message
    assert "veille/nlp/lang/en/" in message


def test_a_missing_stage_module_lacks_all_its_names(monkeypatch):
    monkeypatch.setattr(packs, "PACK_STAGES", PACK_STAGES + ("weather",))
    monkeypatch.setattr(contents, "CONTENTS", dict(contents.CONTENTS, weather=("WINDS", "CLOUDS")))
    language_pack.cache_clear()
    try:
        with pytest.raises(LanguagePackIncomplete, match="weather.py lacks WINDS, CLOUDS"):
            packs.language_pack("fr")
    finally:
        language_pack.cache_clear()


def test_an_unknown_language_is_unsupported():
    with pytest.raises(UnsupportedLanguage):
        language_pack("de")


def test_demonyms_of_every_pack_take_every_pack_s_endings():
    from veille.data import demonyms

    table = demonyms()
    assert table["irakien"] == table["irakiennes"] == table["iraqi"] == table["iraqis"] == "IQ"
    assert table["americaines"] == table["americans"] == "US"
    for lang in SUPPORTED_LANGS:
        assert all(table[form] == iso2 for iso2, forms in language_pack(lang).table("demonyms")
                   for form in forms.split("|") if form.isascii())
