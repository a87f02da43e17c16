"""Data shipped with veille (see README.md here), and the loaders that several stages share."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym forms (with plural and feminine forms) -> ISO country code."""
    text = resources.files("veille.data").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso2, forms = line.split("\t")
        for form in forms.split("|"):
            base = _fold(form)
            for variant in (base, base + "s", base + "e", base + "es", base + "ne", base + "nes"):
                table.setdefault(variant, iso2)
    return table
