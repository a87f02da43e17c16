"""Outputs that appear whole or not at all: every file veille writes goes through here.

A command writes to a temporary file beside its target, which takes the target's name only when the
command succeeded; an error (a rejected filter, a bad date, a full disk, Ctrl-C) leaves the target as
it was. Special files (``/dev/stdout``, a FIFO) are written directly. Problems with the path itself
become ``OutputNotWritable`` with a message that says what to do.
"""
from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import OutputNotWritable

DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _disk_full(path, e: OSError) -> OutputNotWritable:
    return OutputNotWritable(f"no space left to write {path} ({e.strerror}): free some space, or write "
                             "elsewhere")


def _not_writable(path, e: OSError) -> OutputNotWritable:
    if e.errno in DISK_FULL:
        return _disk_full(path, e)
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputNotWritable(f"cannot write {path} ({e.strerror}): choose a place you may write to")
    return OutputNotWritable(f"cannot write {path} ({e.strerror}): choose another path")


def _target(path: str | Path, folder: bool) -> tuple[Path, os.stat_result | None]:
    """The path to write (links to regular files followed, so that the link stays) and its current state;
    refuses what cannot be a target."""
    given = Path(path)
    try:
        st = given.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise _not_writable(given, e) from e
    if st is not None and stat.S_ISDIR(st.st_mode) and not folder:
        raise OutputNotWritable(f"{given} is a folder: give a file name in it, e.g. {given / 'out'}")
    if st is not None and folder and not stat.S_ISDIR(st.st_mode):
        raise OutputNotWritable(f"{given} is a file, and parquet writes a folder of tables: give a folder "
                                "name")
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        return given, st  # /dev/stdout, a FIFO: written where it is
    real = Path(os.path.realpath(given))
    if not real.parent.is_dir():
        raise OutputNotWritable(f"folder {given.parent} does not exist: create it first, or write elsewhere")
    return real, st


def _temporary_name(real: Path) -> Path:
    # hidden, beside the target (same file system: the rename is atomic), with its suffix for writers
    # that choose a format by it
    return real.with_name(f".{real.stem}.{secrets.token_hex(4)}.tmp{real.suffix}")


def check_output(path: str | Path) -> None:
    """Raises OutputNotWritable now if ``path`` cannot be an output file (before any long work)."""
    _target(path, folder=False)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A path to write instead of ``path`` (for writers that take a name); it replaces ``path`` when the
    block ends without error, and never before. A non-regular ``path`` (``/dev/stdout``, a FIFO) is
    given as it is."""
    real, st = _target(path, folder=False)
    if st is not None and not stat.S_ISREG(st.st_mode):
        with _mapped_errors(path):
            yield real
        return
    tmp = _temporary_name(real)
    try:
        # 0o666 less the umask, as for any new file; an existing file keeps its permissions
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as e:
        raise _not_writable(path, e) from e
    try:
        with _mapped_errors(path):
            yield tmp
            if st is not None:
                os.chmod(tmp, stat.S_IMODE(st.st_mode))
            os.replace(tmp, real)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(path: str | Path, newline: str | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text file that replaces ``path`` when the block ends without error (``atomic_path``)."""
    with atomic_path(path) as tmp:
        try:
            out = open(tmp, "w", encoding="utf-8", newline=newline)
        except OSError as e:
            raise _not_writable(path, e) from e
        with out:
            yield out
            out.flush()
            if stat.S_ISREG(os.fstat(out.fileno()).st_mode):
                os.fsync(out.fileno())  # on disk before the rename makes it the output


@contextmanager
def atomic_folder(path: str | Path) -> Iterator[Path]:
    """A new folder to fill; its files move into ``path`` when the block ends without error.

    Files of an existing ``path`` that the block did not write are left alone."""
    real, st = _target(path, folder=True)
    tmp = _temporary_name(real)
    try:
        tmp.mkdir()
    except OSError as e:
        raise _not_writable(path, e) from e
    try:
        with _mapped_errors(path):
            yield tmp
            if st is None:
                os.rename(tmp, real)
            else:
                for child in sorted(tmp.iterdir()):
                    os.replace(child, real / child.name)
                tmp.rmdir()
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


@contextmanager
def _mapped_errors(path) -> Iterator[None]:
    """A full disk while writing becomes OutputNotWritable; other errors pass unchanged."""
    try:
        yield
    except OSError as e:
        if e.errno in DISK_FULL:
            raise _disk_full(path, e) from e
        raise
