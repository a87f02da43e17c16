"""veille's command line: thin Typer commands over importable functions; the only printer."""
from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from .terminal import json_line, printable, say, say_json, say_lines


class _Commands(TyperGroup):
    """veille's commands: a user's error ends in one line that says what to do, never in a traceback."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as e:
            raise _printable_error(e) from None

    def invoke(self, ctx):
        from ..errors import VeilleError

        try:
            return super().invoke(ctx)
        except click.ClickException as e:
            raise _printable_error(e) from None
        except VeilleError as e:
            say(f"veille: {e.code}: {e.message}", err=True)
            raise typer.Exit(2) from None
        except OSError as e:
            if e.errno == errno.EPIPE:
                raise
            where = f": {e.filename}" if e.filename else ""
            say(f"veille: {e.strerror or e}{where}: check the path and its permissions", err=True)
            raise typer.Exit(1) from None


def _printable_error(e: click.ClickException) -> click.ClickException:
    """Click's own message (it may quote what was typed) without control characters."""
    e.message = printable(e.message)
    return e


app = typer.Typer(cls=_Commands, add_completion=False, no_args_is_help=True,
                  help="veille: facts from French and English news, offline.")


def _version(shown: bool) -> None:
    if shown:
        from .. import __version__

        say(f"veille {__version__}")
        raise typer.Exit()


VersionOption = Annotated[bool, typer.Option(
    "--version", callback=_version, is_eager=True, help="Print veille's version and stop.")]


@app.callback()
def _options(version: VersionOption = False) -> None:
    """veille: facts from French and English news, offline."""

DbOption = Annotated[str, typer.Option("--db", help="SQLite store to write or read.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date (YYYY[-MM[-DD]]) for plain text without a date line.")]


LangOption = Annotated[str | None, typer.Option(
    "--lang", help="Language (fr or en) of plain-text input, when detection would be wrong.")]


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not stdout.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | sheet (default: sheet on a terminal).")]
    = "auto",
    published: PublishedOption = None,
    lang: LangOption = None,
    workers: WorkersOption = 1,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Say which named rule produced each field (`veille rules` lists them).")] = False,
) -> None:
    """Analyse articles and write one CONTRACT JSON object per article (or a fact sheet)."""
    from contextlib import nullcontext

    from tqdm import tqdm

    from ..ingest import read_paths
    from ..output import atomic_output
    from ..process import analyse
    from ..settings import Settings
    from .sheet import fact_sheet

    if fmt == "auto":
        fmt = "sheet" if output is None and sys.stdout.isatty() else "jsonl"
    if fmt not in ("jsonl", "sheet"):
        raise typer.BadParameter("--format is jsonl or sheet")
    settings = Settings.from_env()
    articles = analyse(read_paths(paths, settings, published=published, lang=lang), settings, workers)
    failed = total = 0
    # the file takes its new content only once every article is written (atomic_output)
    with atomic_output(output) if output else nullcontext(sys.stdout) as out, \
            tqdm(desc="extract", unit="article", total=_article_count(paths), disable=None) as bar:
        for article in articles:
            total += 1
            bar.update(1)
            if article.error:
                failed += 1
                with bar.external_write_mode(file=sys.stderr):
                    error = article.error
                    say(f"veille: {article.id}: {error['code']}: {error['message']}", err=True)
            out.write(json_line(_contract(article, explain)) + "\n" if fmt == "jsonl"
                      else fact_sheet(article, explain) + "\n\n")
            out.flush()
    if failed or _on_terminal():
        say(f"veille: read {total}, analysed {total - failed}, failed {failed}", err=True)
    if failed:
        raise typer.Exit(1)


def _contract(article, explain: bool) -> dict:
    """The article's CONTRACT object, with its ``explain`` trace (record, field, rule) if asked for."""
    return article.as_dict() | {"explain": article.explain()} if explain else article.as_dict()


def _article_count(paths: list[str]) -> int | None:
    """How many articles the paths hold, for a progress bar on a terminal; None elsewhere."""
    return count_articles(paths) if _on_terminal() else None


def _on_terminal() -> bool:
    """Whether a person watches standard error (progress bars and summaries are for them)."""
    return sys.stderr.isatty()


def count_articles(paths: list[str]) -> int | None:
    """How many articles the paths hold, when counting is cheap (files, lines of JSON Lines); None for
    standard input and feeds, whose size is known only once read. An unreadable path counts as one."""
    from ..ingest.readers import JSONL_SUFFIXES, iter_files
    from ..ingest.web import FEED_SUFFIXES

    n = 0
    for p in paths:
        if p == "-":
            return None
        for f in iter_files(Path(p)) if Path(p).is_dir() else [Path(p)]:
            suffix = f.suffix.lower()
            if suffix in FEED_SUFFIXES:
                return None
            # only a regular file is opened: a FIFO would wait forever
            if suffix not in JSONL_SUFFIXES or not f.is_file():
                n += 1
                continue
            try:
                with open(f, "rb") as lines:
                    n += sum(1 for line in lines if line.strip())
            except OSError:
                n += 1
    return n


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, directories, or - for stdin; none: only upgrade the --db store to this veille.")]
    = None,
    db: DbOption = "veille.db",
    published: PublishedOption = None,
    lang: LangOption = None,
    workers: WorkersOption = 1,
) -> None:
    """Analyse articles and store them; already-stored articles are skipped, failures recorded.

    The only command that creates a store or migrates an older one (read commands ask for this).
    """
    from ..checks import check_lang, check_published
    from ..errors import StoreUnavailable
    from ..process import ingest
    from ..settings import Settings
    from ..store import Database

    if not paths:
        if not Path(db).exists():  # a mistyped --db must not leave an empty store behind
            raise StoreUnavailable(f"nothing to ingest and no store at {db} to upgrade: give files, "
                                   f"folders or - to ingest, and --db the store")
        with Database.create_or_open(db) as store:
            say(f"store {db} is ready (schema version {store.version})")
        return
    # the options are checked before the store is created, so that a typo leaves no empty store
    check_published(published, "--published")
    check_lang(lang, "--lang")
    from ..store.parquet import is_batch_folder

    batches = [p for p in paths if is_batch_folder(p)]  # folders of `veille batch`: stored, not analysed
    paths = [p for p in paths if p not in batches]
    counts = ingest(paths, db, Settings.from_env(), workers, published=published, lang=lang,
                    total=_article_count(paths)) if paths else {}
    if batches:
        counts = _ingest_batches(batches, db, counts)
    say(f"read {counts['read']}, added {counts['added']}, already stored {counts['skipped']}, "
        f"near-duplicates {counts['copies']}, failed {counts['failed']}  ->  {db}")
    if counts["failed"]:
        raise typer.Exit(1)


def _ingest_batches(folders: list[str], db: str, counts: dict[str, int]) -> dict[str, int]:
    """Store the records of ``veille batch`` folders; ``counts`` summed with those of other inputs."""
    from tqdm import tqdm

    from ..store import Database
    from ..store.parquet import load_batch

    total = {k: counts.get(k, 0) for k in ("read", "skipped", "added", "copies", "failed")}
    with Database.create_or_open(db) as store, tqdm(desc="ingest", unit="article", disable=None) as bar:
        for folder in folders:
            for k, v in load_batch(folder, store, progress=bar.update).items():
                total[k] += v
    return total


@app.command("batch")
def batch_cmd(
    paths: Annotated[list[str], typer.Argument(
        help="JSON Lines, text or Parquet files, or folders of them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder of the Parquet tables (a rerun "
                                         "with the same folder skips the partitions written).")],
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Address of a running Dask scheduler (tcp://HOST:8786); else a local cluster.")]
    = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Worker processes of the local cluster (not with --scheduler).")] = 2,
    partition_size: Annotated[int, typer.Option(
        "--partition-size", min=1, help="Articles per partition: per task and per Parquet file.")] = 50,
    published: PublishedOption = None,
    lang: LangOption = None,
) -> None:
    """Analyse many articles on a Dask cluster into Parquet tables (the CONTRACT, one table per record
    list); `veille ingest DIR` stores them."""
    from ..batch import run_batch
    from ..checks import check_lang, check_published
    from ..settings import Settings

    check_published(published, "--published")
    check_lang(lang, "--lang")
    counts = run_batch(paths, output, scheduler=scheduler, workers=workers, partition_size=partition_size,
                       settings=Settings.from_env(), published=published, lang=lang,
                       tell=lambda line: say(line, err=True))
    rows = counts.rows
    say(f"partitions {counts.partitions}: written {counts.written}, already written {counts.skipped}, "
        f"failed {len(counts.failed)}; articles {rows['articles']}, failed articles {rows['failures']}, "
        f"events {rows['events']}, places {rows['places']}  ->  {output}")
    for number, error in counts.failed:
        say(f"veille: partition {number} failed ({error}): run the same command again to retry it",
            err=True)
    if counts.failed:
        raise typer.Exit(1)


@app.command("stats")
def stats_cmd(db: DbOption = "veille.db",
              as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False) -> None:
    """Counts of articles and records in a store."""
    with _open_store(db) as store:
        counts = store.stats()
    if as_json:
        say_json(counts)
    else:
        for k, v in counts.items():
            say(f"{k:12s} {v}")


EntityOption = Annotated[str | None, typer.Option(
    "--entity", help="Only articles naming this entity (name, accents optional, or Wikidata Q-id).")]
PlaceOption = Annotated[str | None, typer.Option(
    "--place", help="Only articles with a place in this country (ISO code: IQ) or at this place (Mossoul).")]
BboxOption = Annotated[str | None, typer.Option(
    "--bbox", help="Only articles with a place in this box: west,south,east,north (degrees).")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Published on or after YYYY[-MM[-DD]].")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Published on or before YYYY[-MM[-DD]].")]
EventOption = Annotated[str | None, typer.Option(
    "--event-type", help="Only articles with an event of this PLOVER type, ACLED type or sub-type.")]
CategoryOption = Annotated[str | None, typer.Option(
    "--category", help="Only articles with a quantity of this category (fatalities, military_personnel...).")]


# more than any store holds, and small enough for SQLite's integers
LIMIT_MAX = 1_000_000_000


def _at_most_all(limit: int) -> int:
    """A --limit beyond any store means all: kept within SQLite's integers."""
    return min(limit, LIMIT_MAX)


def _open_store(db: str, writable: bool = False):
    """The store for a command that reads it: read-only, never created, migrated or switched to WAL;
    a path that is not a veille store of this version raises a coded error (one line, exit 2, from the
    command group). ``writable``: read-write, for the table stories rebuild (still never created or
    migrated)."""
    from ..store import Database

    return Database.open_writable(db) if writable else Database.open_readonly(db)


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words (accents optional), "a phrase", word*, OR, NOT.')] = "",
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, callback=_at_most_all,
                                       help="Most hits to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per hit.")] = False,
) -> None:
    """Find stored articles by their words and by the facts extracted from them."""
    from dataclasses import asdict

    from ..corpus.search import Filters, search

    filters = Filters(entity, place, bbox, since, until, event_type, category)
    with _open_store(db) as store:
        hits = search(store, query, filters, limit)
    for hit in hits:
        if as_json:
            say_json(asdict(hit))
            continue
        copies = f"  (+{hit.sources - 1} copies)" if hit.sources > 1 else ""
        say(f"{hit.published or '????'}  {hit.id}  {' '.join((hit.title or '').split())}{copies}")
        say(f"    {hit.snippet}")
    if not as_json:
        total = f"{hits.total:,}" + ("+" if hits.total_is_lower_bound else "")
        shown = f"{len(hits)} of {total}" if hits.total > len(hits) else f"{len(hits)}"
        say(f"{shown} hit{'s' if hits.total != 1 else ''}", err=True)


@app.command("figures")
def figures_cmd(
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
    series: Annotated[str | None, typer.Option(
        "--series",
        help="Only series whose label holds these words (e.g. 'military_personnel, United States').")]
    = None,
    min_points: Annotated[int, typer.Option("--min-points", min=1, help="Hide shorter series.")] = 1,
    plot_to: Annotated[Path | None, typer.Option(
        "--plot", help="Draw the first series shown to this PNG or SVG file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per series.")] = False,
) -> None:
    """Reported figures over time, grouped by what is counted, whose and where; contradictions flagged."""
    from dataclasses import asdict

    from ..corpus.figures import figures, plot
    from ..corpus.search import Filters
    from ..output import atomic_path, check_output

    if plot_to:
        check_output(plot_to)  # a path that cannot be written is refused before the work
    filters = Filters(entity, place, bbox, since, until, event_type)
    with _open_store(db) as store:
        found = figures(store, filters, category)
    wanted = series.lower() if series else None
    shown = [s for s in found if len(s.points) >= min_points and (not wanted or wanted in s.label.lower())]
    for s in shown:
        if as_json:
            say_json({"label": s.label, **asdict(s)})
        else:
            say(s.describe())
    if not shown and not plot_to:
        say("veille: no series of figures to show: loosen the filters, --series or --min-points",
            err=True)
    if plot_to:
        if not shown:
            say("veille: no series to plot: loosen --series or the filters", err=True)
            raise typer.Exit(1)
        if plot_to.suffix.lower() not in (".png", ".svg", ".pdf"):
            say("veille: --plot takes a .png, .svg or .pdf file", err=True)
            raise typer.Exit(2)
        with atomic_path(plot_to) as tmp:
            plot(shown[0], str(tmp))
        say(f"plotted {shown[0].label} -> {plot_to}", err=True)


@app.command("stories")
def stories_cmd(
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None,
    since: SinceOption = None, until: UntilOption = None,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Hide smaller stories.")] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, callback=_at_most_all,
                                       help="Most stories to show.")] = 20,
    rebuild: Annotated[bool, typer.Option("--rebuild/--no-rebuild",
                                          help="Group the store's articles again first.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story.")] = False,
) -> None:
    """Articles about the same events, grouped, with their span of dates, main actors and places."""
    from dataclasses import asdict

    from ..corpus.search import Filters
    from ..corpus.stories import build_stories, stories, why_no_story

    filters = Filters(entity, place, None, since, until)
    with _open_store(db, writable=rebuild) as store:
        if rebuild:
            build_stories(store)
        found = stories(store, filters, min_size, limit)
        why_none = "" if found else why_no_story(store, filters, min_size)
    if why_none:
        say(f"veille: {why_none}", err=True)
    for s in found:
        if as_json:
            say_json({**asdict(s), "first": s.first, "last": s.last})
            continue
        say(f"story {s.id}: {len(s.articles)} articles, {s.first} .. {s.last}")
        say(f"    actors: {', '.join(s.actors) or '-'}")
        say(f"    places: {', '.join(s.places) or '-'}")
        for art_id, published, title in s.articles:
            say(f"    {published or '????'}  {art_id}  {' '.join((title or '').split())}")


IncludeBackgroundOption = Annotated[bool, typer.Option(
    "--include-background", help="Keep events told as past context (dated well before their articles).")]


@app.command("events")
def events_cmd(
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
    include_background: IncludeBackgroundOption = False,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Merge the store's article events into corpus events again first.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, callback=_at_most_all,
                                       help="Most events to show.")] = LIMIT_MAX,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
) -> None:
    """Events across articles: one per real happening, with the articles that report it.

    The filters select events (their type, place, date and participants); dates are the events' own."""
    from ..corpus.events import corpus_events
    from ..corpus.events import rebuild as rebuild_events
    from ..corpus.search import Filters

    filters = Filters(entity, place, bbox, since, until, event_type, category)
    with _open_store(db, writable=rebuild) as store:
        if rebuild:
            say(f"rebuilt {rebuild_events(store)} corpus events", err=True)
        found = corpus_events(store, filters, include_background)
    if as_json:
        for e in found[:limit]:
            say_json(e.as_dict())
    else:
        say_lines(line for e in found[:limit] for line in _event_lines(e))
        shown = f"{min(limit, len(found))} of {len(found)}" if len(found) > limit else f"{len(found)}"
        say(f"{shown} event{'s' if len(found) != 1 else ''}", err=True)


def _event_lines(e) -> list[str]:
    """What ``veille events`` prints of a corpus event."""
    kind = f"{e.acled.event_type} / {e.acled.sub_event_type}" if e.acled else e.type or "untyped"
    where = f"{e.place.name}, {e.place.country or '??'}" if e.place else "?"
    deaths = "" if e.fatalities is None else f"  {e.fatalities} killed"
    flags = "".join(f"  [{f}]" for f in ("background" if e.background else "",
                                         "" if e.modality == "asserted" else e.modality) if f)
    lines = [f"{e.date or '????'} (precision {e.precision})  {kind}  {where}{deaths}{flags}"]
    if e.acled and (e.acled.actor1 or e.acled.actor2):
        lines.append(f"    actors: {e.acled.actor1 or '-'} / {e.acled.actor2 or '-'}")
    articles = list(dict.fromkeys(s.article for s in e.sources))
    lines.append(f"    sources ({len(articles)}): {', '.join(articles)}")
    return lines


@app.command("export")
def export_cmd(
    db: DbOption = "veille.db",
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonl | csv (ACLED columns) | geojson | parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File to write (a folder for parquet); required.")] = None,
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
    include_background: IncludeBackgroundOption = False,
) -> None:
    """Write the store's articles and facts for other tools (csv: one row per real event)."""
    from ..corpus.export import export
    from ..corpus.search import Filters

    if output is None:
        say("veille: export writes to the file given with -o (a folder for parquet), "
            "e.g. veille export -f csv -o events.csv", err=True)
        raise typer.Exit(2)
    with _open_store(db) as store:
        n = export(store, fmt, output, Filters(entity, place, bbox, since, until, event_type, category),
                   include_background)
    unit = {"csv": "events", "geojson": "features"}.get(fmt, "articles")
    say(f"wrote {n} {unit} -> {output}", err=True)  # stderr: -o /dev/stdout keeps the data clean


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (text, scope, gold per article).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    workers: WorkersOption = 1,
) -> None:
    """Extract the gold file's articles and print precision/recall/F1 per category.

    GOLD is JSON Lines, one article a line: "id", "text" (and "published", "title", "lang"),
    "scope": the categories annotated exhaustively (entities, places, times, quantities, statements,
    events), "gold": their expected records, e.g. {"entities": [{"text": "John Dorrian", "type": "PER"}],
    "places": [{"text": "Mossoul", "lat": 36.34, "lon": 43.12}], "times": [{"text": "jeudi", "value":
    "2016-09-08"}], "quantities": [{"text": "4460", "value": 4460}], "statements": [{"content": "..."}],
    "events": [{"plover": "MOBILIZE"}]}; "start"/"end" offsets are optional.
    """
    from ..evaluate import evaluate

    if not gold.exists():
        say(f"veille: {gold} does not exist", err=True)
        raise typer.Exit(2)
    report = evaluate(gold, workers)
    if as_json:
        say_json(report)
        return
    say(f"articles {report['articles']}  failed {report['failed']}")
    for cat, figs in report.items():
        if isinstance(figs, dict):
            say(f"{cat:11s} " + "  ".join(f"{k}={v}" for k, v in figs.items()))


@app.command("failures")
def failures_cmd(db: DbOption = "veille.db",
                 as_json: Annotated[bool, typer.Option("--json", help="One JSON object per failure.")] = False
                 ) -> None:
    """The articles a store could not read or analyse, with their errors (what to do is in the message)."""
    with _open_store(db) as store:
        found = store.failures()
    for f in found:
        if as_json:
            say_json(f)
        else:
            say(f"{f['article_id']}  {f['source'] or '-'}  {f['code']}: {f['message']}")
    if not as_json:
        say(f"{len(found)} failure{'s' if len(found) != 1 else ''}", err=True)


@app.command("rules")
def rules_cmd() -> None:
    """List the extractors' named rules: name, on or off (VEILLE_RULES_OFF), what each matches."""
    from ..extractors.rules import RULES

    for name, on, doc in RULES.rules():
        say(f"{name:40s} {'on' if on else 'off':3s} {doc}")


@app.command("gazetteer")
def gazetteer_cmd(rebuild: Annotated[bool, typer.Option("--rebuild", help="Build again.")] = False) -> None:
    """Build the offline place index from package data (done once, at install)."""
    from ..geo.gazetteer import build, default_path

    path = default_path()
    if path.exists() and not rebuild:
        say(f"place index ready: {path}")
        return
    say(f"building the place index at {path} (about a minute)...", err=True)
    build(path)
    say(f"place index ready: {path}")


def main() -> None:
    app()


@app.command("serve")
def serve_cmd(
    db: DbOption = "veille.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback unless told).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token_file: Annotated[Path | None, typer.Option(
        "--token-file", help="File holding the bearer token writes need (else $VEILLE_TOKEN; none: "
                             "read-only).")] = None,
    max_body: Annotated[int, typer.Option(
        "--max-body", min=1024, help="Largest request body taken, in bytes.")] = 8 * 1024 * 1024,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, max=64, help="Server processes (each reads the store on its own).")] = 1,
) -> None:
    """Serve the store: the REST API under /api (docs at /api/docs) and the page at /, offline."""
    import os

    import uvicorn

    from ..api import create_app
    from ..errors import BadSetting

    token = os.environ.get("VEILLE_TOKEN", "").strip() or None
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as e:
            raise BadSetting(f"--token-file {token_file}: cannot be read ({e}): give a text file "
                             "holding the token") from None
        if not token:
            raise BadSetting(f"--token-file {token_file} is empty: write the token in it")
    loopback = host in ("127.0.0.1", "localhost", "::1")
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if loopback else None
    application = create_app(db, token=token, max_body=max_body, allowed_hosts=hosts)
    writes = "writes need the token" if token else "read-only (no token: writes are off)"
    say(f"veille serves {db} at http://{host}:{port}/ ({writes}); Ctrl-C stops it", err=True)
    if workers > 1:  # each process builds its app from what this one checked
        os.environ.update({"VEILLE_SERVE_DB": str(Path(db).resolve()), "VEILLE_SERVE_MAX_BODY": str(max_body),
                           "VEILLE_SERVE_HOSTS": ",".join(hosts or []), "VEILLE_TOKEN": token or ""})
        uvicorn.run("veille.api.app:from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="warning", server_header=False, access_log=False)
        return
    from ..api.app import settle_collector

    settle_collector()
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False, access_log=False)
