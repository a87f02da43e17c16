"""The one place that runs ingest -> nlp -> extract (-> store): batches, languages, workers.

Articles stream through in input order. Each language's pipeline is loaded once and fed batches
with ``nlp.pipe(as_tuples=True)``; an article that fails is yielded with its error and the rest go on.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import islice

from .errors import ProcessingFailed, VeilleError, too_large
from .ingest import IngestFailure
from .ingest.language import detect_language
from .schemas import Article, Input
from .settings import PIECE_CHARS, Settings

log = logging.getLogger(__name__)


def _prepare(item: Input, settings: Settings) -> Input:
    """The checks that need the settings (the one length limit), then the language."""
    if len(item.text) > settings.max_chars:
        raise too_large(item.id, len(item.text), settings.max_chars)
    if not item.lang:
        item.lang = detect_language(item.text)
    return item


def _make_doc(nlp, item: Input):
    """The article's tokens, carrying its date for the stages that resolve times against it, and its text."""
    from .extractors.docs import keep_text

    doc = nlp.make_doc(item.text)
    doc._.veille_published = item.published
    keep_text(doc, item.text)
    return doc


def _analyse_batch(batch: list[Input | IngestFailure], settings: Settings) -> list[Article]:
    from .extractors.rules import RULES

    with RULES.held():  # the rules switched off, read once for the batch
        return _analyse_held(batch, settings)


def _analyse_held(batch: list[Input | IngestFailure], settings: Settings) -> list[Article]:
    from .extractors import doc_to_article
    from .extractors.pipeline import load_pipeline

    results: list[Article | None] = [None] * len(batch)
    by_lang: dict[str, list[tuple[int, Input]]] = {}
    for i, item in enumerate(batch):
        if isinstance(item, IngestFailure):
            results[i] = Article.failed(None, item.error.as_dict(), fallback_id=item.id)
            continue
        try:
            _prepare(item, settings)
        except VeilleError as e:
            results[i] = Article.failed(item, e.as_dict())
            continue
        by_lang.setdefault(item.lang, []).append((i, item))
    for lang, items in by_lang.items():
        long_items = [(i, item) for i, item in items if len(item.text) > PIECE_CHARS]
        items = [(i, item) for i, item in items if len(item.text) <= PIECE_CHARS]
        try:
            nlp = load_pipeline(lang)
        except VeilleError as e:
            for i, item in items + long_items:
                results[i] = Article.failed(item, e.as_dict())
            continue
        for i, item in long_items:  # parsed in pieces, one at a time
            results[i] = _analyse_one(nlp, item, lang)
        try:
            docs = nlp.pipe(((_make_doc(nlp, item), (i, item)) for i, item in items), as_tuples=True)
            for doc, (i, item) in docs:
                results[i] = doc_to_article(doc, item, lang)
        except Exception:  # noqa: BLE001  (one bad article must not stop the batch: retry one by one)
            log.exception("batch failed; retrying its articles one by one")
            for i, item in items:
                if results[i] is not None:
                    continue
                results[i] = _analyse_one(nlp, item, lang)
    return [r for r in results if r is not None]


def _analyse_one(nlp, item: Input, lang: str) -> Article:
    from .extractors import doc_to_article
    from .extractors.pipeline import analyse_in_pieces

    try:
        if len(item.text) > PIECE_CHARS:
            return doc_to_article(analyse_in_pieces(nlp, item.text, item.published), item, lang)
        return doc_to_article(nlp(_make_doc(nlp, item)), item, lang)
    except Exception as e:  # noqa: BLE001
        log.exception("article %s failed", item.id)
        err = ProcessingFailed(f"{item.id}: analysis failed ({type(e).__name__}: {e}); "
                               "please report this article")
        return Article.failed(item, err.as_dict())


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _init_worker() -> None:
    # each worker process is single-threaded: the pool is the parallelism
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def analyse(items: Iterable[Input | IngestFailure], settings: Settings | None = None,
            workers: int | None = None) -> Iterator[Article]:
    """Analyse articles in input order; ``workers`` > 1 spreads batches over processes."""
    settings = settings or Settings()
    workers = workers or settings.workers
    batches = _batches(items, settings.batch_size)
    if workers <= 1:
        for batch in batches:
            yield from _analyse_batch(batch, settings)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn" if os.name != "posix" else "fork")
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        for result in pool.imap(partial(_analyse_batch, settings=settings), batches, chunksize=1):
            yield from result


def extract(text: str, *, lang: str | None = None, published: str | None = None, title: str | None = None,
            id: str = "article") -> Article:
    """Analyse one text and return its Article record (the importable form of ``veille extract``).

    What is not a text, a date or a language raises at once (``BadArgument``, ``BadDate``,
    ``UnsupportedLanguage``); a failure of the analysis itself is the article's ``error``.
    """
    item = Input(id=id, text=text, published=published, title=title, lang=lang)
    return next(iter(analyse([item], Settings.from_env())))


def _count(counts: dict[str, int], written) -> None:
    counts["added"] += written.added
    counts["copies"] += written.copies
    counts["failed"] += written.failed
    counts["skipped"] += written.already


def ingest(paths: list[str], db_path: str, settings: Settings | None = None, workers: int | None = None,
           published: str | None = None, progress: bool | None = None, lang: str | None = None,
           total: int | None = None) -> dict[str, int]:
    """Read, analyse and store; articles already in the store are skipped before analysis.

    The store is created or migrated first (the only path that does), and a path that cannot hold
    one raises at once (``StoreUnavailable``, ``NotAStore``, ``StoreTooNew``), before any reading.
    Each batch is written in one immediate transaction, so a killed run loses at most the batch in
    flight and a rerun picks up where it stopped, and two runs into one store at once both finish
    with the union stored once. Returns counts: read, skipped (already stored),
    added, copies (near-duplicates stored as sources of an article), failed. ``lang`` is the language of
    plain-text files; ``total``, when known, the number of articles for the progress bar.
    """
    from tqdm import tqdm

    from .ingest import read_paths
    from .store import Database, content_hash
    from .store.dedup import Fingerprint

    settings = settings or Settings()
    counts = {"read": 0, "skipped": 0, "added": 0, "copies": 0, "failed": 0}
    with Database.create_or_open(db_path) as db, Database.open_readonly(db_path, any_thread=True) as reader:
        sources: dict[str, str] = {}
        fingerprints: dict[str, Fingerprint] = {}  # by content hash: computed once, by the feeder
        copies: list[tuple[Input, tuple[str, float]]] = []

        def todo() -> Iterator[Input | IngestFailure]:
            # runs in the pool's feeder thread with its own connection; only reads
            for item in read_paths(paths, settings, published=published, lang=lang):
                counts["read"] += 1
                if isinstance(item, Input):
                    if reader.has(item.text, item.published):
                        counts["skipped"] += 1
                        bar.update(1)
                        continue
                    # a copy of a stored article is not analysed again: it becomes one more source
                    fingerprint = Fingerprint.of(item.text)
                    copy_of = reader.find_copy(fingerprint)
                    if copy_of:
                        copies.append((item, copy_of))
                        continue
                    fingerprints[content_hash(item.text, item.published)] = fingerprint
                if item.source:
                    sources[item.id] = item.source
                yield item

        def flush(batch: list[Article]) -> None:
            pending = copies[:]  # the feeder only appends: take what is there now
            del copies[:len(pending)]
            with db.transaction():
                for item, (original, similarity) in pending:
                    db.add_copy(item, item.source, original, similarity)
            counts["copies"] += len(pending)
            bar.update(len(pending))
            _count(counts, db.write(batch, sources, fingerprints))
            for article in batch:
                fingerprints.pop(content_hash(article.text, article.published), None)
            batch.clear()

        # None: tqdm shows the bar only on a terminal
        bar = tqdm(desc="ingest", unit="article", total=total,
                   disable=None if progress is None else not progress)
        batch: list[Article] = []
        for article in analyse(todo(), settings, workers):
            batch.append(article)
            bar.update(1)
            if len(batch) >= settings.batch_size:
                flush(batch)
        flush(batch)
        bar.close()
    return counts
