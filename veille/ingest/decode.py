"""Bytes -> text: UTF-8 (with or without BOM), else the detected legacy encoding (cp1252, Latin-1...)."""
from __future__ import annotations

import codecs
import unicodedata

from ..errors import BinaryInput, DecodeFailed, EmptyInput

# control characters other than tab, newline, carriage return and form feed mark a binary file
_CONTROL = {i for i in range(32) if i not in (9, 10, 12, 13)}


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not (head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding). Text is NFC with LF line ends."""
    if not data.strip():
        raise EmptyInput(f"{name} is empty: give a file with the article's text")
    if looks_binary(data):
        raise BinaryInput(f"{name} is not a text file: give plain text, JSON Lines, or extract the text first")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return normalise_text(data.decode(enc)), enc
    try:
        return normalise_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]).best()
    if best is None:
        raise DecodeFailed(
            f"{name} is neither UTF-8 nor a Western legacy encoding: convert it to UTF-8 (e.g. iconv)"
        )
    return normalise_text(str(best)), best.encoding


def normalise_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
