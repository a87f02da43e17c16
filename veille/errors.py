"""One catalogue of veille's errors: each has a stable code and a message that says what to do next.

Per-article problems (bad encoding, unknown language, broken JSON line) become an ``error`` object in
the article's output (CONTRACT.md) and a row in the store's failures; the batch goes on.
"""
from __future__ import annotations


class VeilleError(Exception):
    """Base class: every error veille raises on purpose has a ``code`` and a message with the fix."""

    code = "veille_error"

    def __init__(self, message: str) -> None:
        # a message may quote what was read: lone surrogates would make it unprintable
        message = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in message)
        super().__init__(message)
        self.message = message

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class InputNotFound(VeilleError):
    """A path given on the command line does not exist."""

    code = "input_not_found"


class EmptyInput(VeilleError):
    """The article has no text to analyse."""

    code = "empty_input"


class BinaryInput(VeilleError):
    """The file is not text (an image, an archive, a PDF...)."""

    code = "binary_input"


class InputTooLarge(VeilleError):
    """The article is longer than the configured maximum."""

    code = "input_too_large"


class DecodeFailed(VeilleError):
    """The bytes could not be read as text in any supported encoding."""

    code = "decode_failed"


class BadJsonLine(VeilleError):
    """A line of a JSON Lines file is not a JSON object with a text field."""

    code = "bad_json_line"


class BadDate(VeilleError):
    """A publication date is not YYYY, YYYY-MM or YYYY-MM-DD."""

    code = "bad_date"


class UnsupportedLanguage(VeilleError):
    """The article's language is neither French nor English."""

    code = "unsupported_language"


class ModelMissing(VeilleError):
    """A spaCy model that veille needs is not installed."""

    code = "model_missing"


class GazetteerMissing(VeilleError):
    """The place index has not been built and cannot be built here."""

    code = "gazetteer_missing"


class ProcessingFailed(VeilleError):
    """An unexpected failure while analysing one article (a bug: please report it with the article)."""

    code = "processing_failed"


class BadGoldFile(VeilleError):
    """A gold file for ``veille evaluate`` does not follow the gold format."""

    code = "bad_gold_file"


class BadFilter(VeilleError):
    """A search, figures or export filter (date, place, bounding box, query) cannot be read."""

    code = "bad_filter"


def unsupported_language(lang: str) -> UnsupportedLanguage:
    return UnsupportedLanguage(
        f"language {lang!r} is not supported: veille analyses French ('fr') and English ('en'); "
        "if detection was wrong, give the language: --lang fr|en for plain text on the command line, "
        "'lang' in JSON Lines, lang= in Python"
    )


class BadArgument(VeilleError, TypeError):
    """A Python caller passed something veille cannot read (``veille.extract(None)``, bytes for text)."""

    code = "bad_argument"


class InputNotRegular(VeilleError):
    """A path names a FIFO, a device or a socket: reading it could wait forever."""

    code = "input_not_regular"


class InputUnreadable(VeilleError):
    """A file exists but cannot be read (permissions, I/O error)."""

    code = "input_unreadable"


def too_large(name: str, chars: int, limit: int) -> InputTooLarge:
    return InputTooLarge(f"{name}: {chars} characters is more than the limit of {limit}: split the article "
                         "or raise VEILLE_MAX_CHARS")


class OutputNotWritable(VeilleError):
    """An output path (``-o``) cannot be written: no such folder, a folder, no permission, disk full."""

    code = "output_not_writable"


class StoreUnavailable(VeilleError):
    """``--db`` names no store, or a place a store cannot be (a folder, a device, a missing folder), or the
    store stayed locked by another process."""

    code = "store_unavailable"


class NotAStore(VeilleError):
    """``--db`` names a file that is not a veille store (not SQLite, or another program's database)."""

    code = "not_a_store"


class StoreTooNew(VeilleError):
    """The store was written by a newer veille, with a schema this one does not know."""

    code = "store_too_new"


class StoreOutdated(VeilleError):
    """The store has an older schema: ``veille ingest --db`` upgrades it; read commands do not write."""

    code = "store_outdated"


class NothingToPlot(VeilleError):
    """A series of figures has no point with a date to draw (``veille figures --plot``)."""

    code = "nothing_to_plot"


class BadSetting(VeilleError):
    """An environment variable veille reads (VEILLE_MAX_CHARS, VEILLE_BATCH_SIZE) has no usable value."""

    code = "bad_setting"


class LanguagePackIncomplete(VeilleError):
    """A language pack (``veille/nlp/lang/<lang>/``) lacks a name or a table that ``contents.py`` declares."""

    code = "language_pack_incomplete"


class NotFound(VeilleError):
    """The API has no such article, entity or story (``veille serve``)."""

    code = "not_found"


class Unauthorized(VeilleError):
    """A write to the API without the bearer token it was started with (``veille serve``)."""

    code = "unauthorized"


class WritesOff(VeilleError):
    """The API was started without a token (VEILLE_TOKEN or --token-file): it only reads."""

    code = "writes_off"


class BodyTooLarge(VeilleError):
    """A request body is larger than the server takes (``veille serve --max-body``)."""

    code = "body_too_large"


class BatchInputError(VeilleError):
    """``veille batch`` cannot plan its work from what it was given (a missing path, standard input, a Parquet
    table without a text column)."""

    code = "batch_input"


class BatchFolderInUse(VeilleError):
    """The output folder of ``veille batch`` holds another job's tables (other inputs or partition size)."""

    code = "batch_folder_in_use"


class SchedulerUnreachable(VeilleError):
    """``veille batch --scheduler`` could not reach the Dask scheduler."""

    code = "scheduler_unreachable"


class BadHost(VeilleError):
    """A request to the API whose Host header names another server (``veille serve`` answers only the names
    it serves under, against DNS rebinding)."""

    code = "bad_host"
