"""The key a place name is looked up by, in the gazetteer and in the actor table."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Normalised form used for lookups: no accents, case or apostrophes, hyphens and dots as spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    # apostrophes and ayns come and go between transliterations: "Ma'rib", "Marib"; "Dar‘ā", "Dara"
    s = re.sub(r"['’‘`´ʻʼʿʾ]", "", s)
    s = re.sub(r"[-‐‑–—_/.]", " ", s)
    return re.sub(r"\s+", " ", s).strip()
