"""Data shipped with veille (see README.md here), and the loaders that several stages share."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..nlp.lang import every_pack, language_pack
from ..settings import SUPPORTED_LANGS


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_rows(text: str, table: str, widths: tuple[int, ...]) -> list[list[str]]:
    """The rows of a table, each of one of the widths given (blank lines and # comments left out)."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) not in widths:
            expected = " or ".join(map(str, widths))
            raise ValueError(f"{table} line {number}: {len(row)} columns, expected {expected}")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym forms of every language pack (with their plural and feminine forms, the packs'
    ``places.DEMONYM_ENDINGS``) -> ISO country code; a compound form ("nord-coréen") also with a space for
    its hyphen, as ``name_key`` writes it."""
    endings = dict.fromkeys(["", *(e for pack_endings in every_pack("places", "DEMONYM_ENDINGS")
                                   for e in pack_endings)])
    table: dict[str, str] = {}
    for lang in SUPPORTED_LANGS:
        for iso2, forms in language_pack(lang).table("demonyms"):
            for form in forms.split("|"):
                base = _fold(form)
                for ending in endings:
                    table.setdefault(base + ending, iso2)
                    table.setdefault((base + ending).replace("-", " "), iso2)
    return table


# an article before a medium's name, which a text may write or leave ("le Parisien", "Parisien")
_MEDIUM_ARTICLE = re.compile(r"^(?:le|la|les|l['’]|the)\s*", re.I)


def medium_key(name: str) -> str:
    """A medium's name as ``media_kinds`` keys it: past a leading article, as ``name_key`` writes it."""
    from ..geo.names import name_key

    return name_key(_MEDIUM_ARTICLE.sub("", name.strip()))


@lru_cache(maxsize=1)
def media_kinds() -> dict[str, frozenset[str]]:
    """The news media of ``media.tsv`` by each of their names (``medium_key``) -> their kinds ("daily",
    "radio", "agency" ...)."""
    from importlib import resources

    table: dict[str, frozenset[str]] = {}
    text = resources.files("veille.data").joinpath("media.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, kinds = line.split("\t")
        for name in names.split("|"):
            table.setdefault(medium_key(name), frozenset(kinds.split("|")))
    return table


@lru_cache(maxsize=1)
def office_holders() -> dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]]:
    """The holders of ``office_holders.tsv`` by (ISO country code, office): each one's names (the first as
    French writes it), and the days they took and left office (``""``: still in office)."""
    from importlib import resources

    text = resources.files("veille.data").joinpath("office_holders.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]] = {}
    for iso2, office, names, start, end in read_rows(text, "office_holders.tsv", (5,)):
        table.setdefault((iso2, office), []).append((tuple(names.split("|")), start, end))
    return table
