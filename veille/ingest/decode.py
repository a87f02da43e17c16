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
        raise BinaryInput(f"{name} is not a text file: give plain text, JSON Lines, or extract the text "
                          "first")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return normalise_text(data.decode(enc)), enc
    try:
        return normalise_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = _best_legacy_decoding(data)
    if best is None:
        raise DecodeFailed(
            f"{name} is neither UTF-8 nor a Western legacy encoding: convert it to UTF-8 (e.g. iconv)"
        )
    return normalise_text(best[0]), best[1]


# letters that Western European news text uses; a wrong legacy decoding turns them into symbols
_PLAUSIBLE = set("àâäáãåæçéèêëíìîïñóòôöõœøúùûüýÿÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕŒØÚÙÛÜÝŸß«»€’‘“”–—…°\u00a0")
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850")


def _best_legacy_decoding(data: bytes) -> tuple[str, str] | None:
    """The legacy encoding whose reading of the non-ASCII bytes looks most like Western text."""
    best: tuple[float, str, str] | None = None
    for enc in LEGACY_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 127]
        if not high:
            return text, enc
        plausible = sum(c in _PLAUSIBLE for c in high) / len(high)
        controls = sum(1 for c in text if 0x80 <= ord(c) < 0xA0)
        score = plausible - controls / len(high)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] < 0.5:
        return None
    return best[1], best[2]


def normalise_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
