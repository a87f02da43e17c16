"""The only printers of the command line: text for a person goes through ``say``, JSON through ``say_json``.

Article text is untrusted: a title may carry escape sequences that retitle a terminal, clear it or
hide what follows. ``printable`` removes them, with every other control character (C0, C1, DEL) and
the bidirectional overrides; ``json_line`` keeps the text and writes those characters as \\u escapes.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable

import typer

from ..checks import CONTROL_CHARS

# whole escape sequences first, so that their parameters ("[2J", "]0;title") go with them
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"          # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: window title, hyperlinks, clipboard
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"       # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"                # the other escapes
    r"|\x9b[0-?]*[ -/]*[@-~]?"          # CSI in its 8-bit form
)
_CONTROL_CHAR = re.compile(f"[{CONTROL_CHARS}]")
# in JSON, C0 is escaped already; the rest is escaped here
# lines say_lines writes at once
LINES_PER_WRITE = 1000
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """``text`` without escape sequences, control characters or bidirectional overrides."""
    return _CONTROL_CHAR.sub("", _ESCAPE_SEQUENCE.sub("", str(text)))


def json_line(obj) -> str:
    """One line of JSON, non-ASCII kept, with the characters a terminal would obey written as \\u escapes
    (the parsed value is unchanged)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False))


def say(text: object = "", err: bool = False) -> None:
    """Print for a person (stderr with ``err``), control characters removed."""
    typer.echo(printable(text), err=err)


def say_lines(lines: Iterable[object], err: bool = False) -> None:
    """Print each of ``lines`` as ``say`` does, many lines to a write (a write per line costs as much
    as making the lines of 200,000 events)."""
    batch: list[str] = []
    for line in lines:
        batch.append(printable(line))
        if len(batch) == LINES_PER_WRITE:
            typer.echo("\n".join(batch), err=err)
            batch = []
    if batch:
        typer.echo("\n".join(batch), err=err)


def say_json(obj) -> None:
    """Print one JSON object on one line of stdout."""
    typer.echo(json_line(obj))
