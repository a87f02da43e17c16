"""The checks every article passes on its way in, whatever door it came through (CLI, JSON Lines, feeds,
the Python API): one code path, so that no reader can forget one.

``Input`` calls them when it is built; the analysis checks the length against the settings.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from .errors import BadArgument, BadDate, unsupported_language
from .settings import SUPPORTED_LANGS

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# the characters that drive a terminal or reorder text, as a regex class: C0 controls but tab and
# newline, DEL, C1, and the bidirectional marks and overrides. Names lose them; so does what the
# command line prints for a person (``veille.cli.terminal``)
CONTROL_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{CONTROL_CHARS}]")


def text_argument(value: Any, what: str) -> str:
    """``value`` as a str for the field ``what``, or a clear BadArgument."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        raise BadArgument(f"{what} must be a str, not bytes: decode it first (data.decode('utf-8'))")
    raise BadArgument(f"{what} must be a str, not {type(value).__name__}")


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate: what undecodable bytes become in Python."""
    return _SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """Lone surrogates (valid in JSON escapes, and what undecodable bytes become in Python) replaced by
    U+FFFD, one for one, so that offsets keep their meaning and the text can be encoded."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def clean_name(name: str) -> str:
    """A name or a role as people read it: no control or bidi characters, single spaces."""
    if _CONTROL.search(name):
        name = _CONTROL.sub(" ", name)
    return " ".join(name.split())


def check_published(value: Any, where: str) -> str | None:
    """A publication date as YYYY, YYYY-MM or YYYY-MM-DD, checked against the calendar; a timestamp keeps
    its date. None or an empty string is an unknown date."""
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise BadDate(f"{where}: published must be a date string YYYY[-MM[-DD]], not {type(value).__name__}")
    text = str(value).strip()
    if _TIMESTAMP.match(text):
        text = text[:10]
    m = _DATE.match(text)
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        dt.date(year, month, day)
    except ValueError:
        raise BadDate(f"{where}: published {without_surrogates(text)[:40]!r} is not a date: give YYYY, "
                      "YYYY-MM or YYYY-MM-DD (e.g. 2016-09-08)") from None
    return text


def check_lang(value: Any, where: str = "lang") -> str | None:
    """'fr' or 'en', whatever the case and spaces; None (or '') lets veille detect it."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadArgument(f"{where} must be 'fr' or 'en', not {type(value).__name__}")
    code = value.strip().lower()
    if code not in SUPPORTED_LANGS:
        raise unsupported_language(without_surrogates(code))
    return code


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float inside it (lists, dicts) replaced by None.

    The extractors never produce one (numbers beyond ``numbers.BOUNDS.largest`` are not read); this is the
    last guard before JSON, which has no such values.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [finite(v) for v in value]
    return value
