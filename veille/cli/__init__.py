"""veille's command line: thin Typer commands over importable functions; the only printer."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="veille: facts from French and English news, offline.")

DbOption = Annotated[str, typer.Option("--db", help="SQLite store to write or read.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")]
PublishedOption = Annotated[Optional[str], typer.Option(
    "--published", help="Publication date (YYYY[-MM[-DD]]) for plain text without a date line.")]


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here, not stdout.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | sheet (default: sheet on a terminal).")]
    = "auto",
    published: PublishedOption = None,
    workers: WorkersOption = 1,
) -> None:
    """Analyse articles and write one CONTRACT JSON object per article (or a fact sheet)."""
    from ..ingest import read_paths
    from ..process import analyse
    from ..settings import Settings
    from .sheet import fact_sheet

    if fmt == "auto":
        fmt = "sheet" if output is None and sys.stdout.isatty() else "jsonl"
    if fmt not in ("jsonl", "sheet"):
        raise typer.BadParameter("--format is jsonl or sheet")
    settings = Settings.from_env()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    failed = total = 0
    try:
        for article in analyse(read_paths(paths, settings, published=published), settings, workers):
            total += 1
            if article.error:
                failed += 1
                typer.echo(f"veille: {article.id}: {article.error['code']}: {article.error['message']}",
                           err=True)
            if fmt == "jsonl":
                out.write(json.dumps(article.as_dict(), ensure_ascii=False) + "\n")
            else:
                out.write(fact_sheet(article) + "\n\n")
            out.flush()
    finally:
        if output:
            out.close()
    if failed:
        typer.echo(f"veille: {failed} of {total} articles failed", err=True)
        raise typer.Exit(1)


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files, directories, or - for stdin; none: only upgrade an existing store to this veille.")] = None,
    db: DbOption = "veille.db",
    published: PublishedOption = None,
    workers: WorkersOption = 1,
) -> None:
    """Analyse articles and store them; already-stored articles are skipped, failures recorded.

    The only command that creates a store or migrates an older one (read commands ask for this).
    """
    from ..errors import StoreUnavailable, VeilleError
    from ..process import ingest
    from ..settings import Settings
    from ..store import Database

    if not paths:
        try:
            if not Path(db).exists():  # a mistyped --db must not leave an empty store behind
                raise StoreUnavailable(f"nothing to ingest and no store at {db} to upgrade: give files, "
                                       f"folders or - to ingest, and --db the store")
            with Database.create_or_open(db) as store:
                typer.echo(f"store {db} is ready (schema version {store.version})")
        except VeilleError as e:
            _fail(e)
        return
    try:
        counts = ingest(paths, db, Settings.from_env(), workers, published=published)
    except VeilleError as e:
        _fail(e)
    typer.echo(f"read {counts['read']}, added {counts['added']}, already stored {counts['skipped']}, "
               f"near-duplicates {counts['copies']}, failed {counts['failed']}  ->  {db}")
    if counts["failed"]:
        raise typer.Exit(1)


@app.command("stats")
def stats_cmd(db: DbOption = "veille.db",
              as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False) -> None:
    """Counts of articles and records in a store."""
    with _open_store(db) as store:
        counts = store.stats()
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        for k, v in counts.items():
            typer.echo(f"{k:12s} {v}")


EntityOption = Annotated[Optional[str], typer.Option(
    "--entity", help="Only articles naming this entity (name, accents optional, or Wikidata Q-id).")]
PlaceOption = Annotated[Optional[str], typer.Option(
    "--place", help="Only articles with a place in this country (ISO code: IQ) or at this place (Mossoul).")]
BboxOption = Annotated[Optional[str], typer.Option(
    "--bbox", help="Only articles with a place in this box: west,south,east,north (degrees).")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="Published on or after YYYY[-MM[-DD]].")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Published on or before YYYY[-MM[-DD]].")]
EventOption = Annotated[Optional[str], typer.Option(
    "--event-type", help="Only articles with an event of this PLOVER type, ACLED type or sub-type.")]
CategoryOption = Annotated[Optional[str], typer.Option(
    "--category", help="Only articles with a quantity of this category (fatalities, military_personnel...).")]


def _open_store(db: str, writable: bool = False):
    """The store for a command that reads it: read-only, never created, migrated or switched to WAL;
    a path that is not a veille store of this version ends in one coded line, exit 2. ``writable``:
    read-write, for the table stories rebuild (still never created or migrated)."""
    from ..errors import VeilleError
    from ..store import Database

    try:
        return Database.open_writable(db) if writable else Database.open_readonly(db)
    except VeilleError as e:
        _fail(e)


def _fail(error) -> None:
    typer.echo(f"veille: {error.code}: {error.message}", err=True)
    raise typer.Exit(2) from error


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words (accents optional), "a phrase", word*, OR, NOT.')] = "",
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per hit.")] = False,
) -> None:
    """Find stored articles by their words and by the facts extracted from them."""
    from dataclasses import asdict

    from ..corpus.search import Filters, search
    from ..errors import VeilleError

    filters = Filters(entity, place, bbox, since, until, event_type, category)
    with _open_store(db) as store:
        try:
            hits = search(store, query, filters, limit)
        except VeilleError as e:
            _fail(e)
    for hit in hits:
        if as_json:
            typer.echo(json.dumps(asdict(hit), ensure_ascii=False))
            continue
        copies = f"  (+{hit.sources - 1} copies)" if hit.sources > 1 else ""
        typer.echo(f"{hit.published or '????'}  {hit.id}  {' '.join((hit.title or '').split())}{copies}")
        typer.echo(f"    {hit.snippet}")
    if not as_json:
        shown = f"{len(hits)} of {hits.total}" if hits.total > len(hits) else f"{len(hits)}"
        typer.echo(f"{shown} hit{'s' if hits.total != 1 else ''}", err=True)


@app.command("figures")
def figures_cmd(
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
    series: Annotated[Optional[str], typer.Option(
        "--series", help="Only series whose label holds these words (e.g. 'military_personnel, United States').")]
    = None,
    min_points: Annotated[int, typer.Option("--min-points", min=1, help="Hide shorter series.")] = 1,
    plot_to: Annotated[Optional[Path], typer.Option(
        "--plot", help="Draw the first series shown to this PNG or SVG file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per series.")] = False,
) -> None:
    """Reported figures over time, grouped by what is counted, whose and where; contradictions flagged."""
    from dataclasses import asdict

    from ..corpus.figures import figures, plot
    from ..corpus.search import Filters
    from ..errors import VeilleError

    filters = Filters(entity, place, bbox, since, until, event_type)
    with _open_store(db) as store:
        try:
            found = figures(store, filters, category)
        except VeilleError as e:
            _fail(e)
    wanted = series.lower() if series else None
    shown = [s for s in found if len(s.points) >= min_points and (not wanted or wanted in s.label.lower())]
    for s in shown:
        if as_json:
            typer.echo(json.dumps({"label": s.label, **asdict(s)}, ensure_ascii=False))
        else:
            typer.echo(s.describe())
    if not shown and not plot_to:
        typer.echo("veille: no series of figures to show: loosen the filters, --series or --min-points",
                   err=True)
    if plot_to:
        if not shown:
            typer.echo("veille: no series to plot: loosen --series or the filters", err=True)
            raise typer.Exit(1)
        if plot_to.suffix.lower() not in (".png", ".svg", ".pdf"):
            typer.echo("veille: --plot takes a .png, .svg or .pdf file", err=True)
            raise typer.Exit(2)
        plot(shown[0], str(plot_to))
        typer.echo(f"plotted {shown[0].label} -> {plot_to}", err=True)


@app.command("stories")
def stories_cmd(
    db: DbOption = "veille.db",
    entity: EntityOption = None, place: PlaceOption = None,
    since: SinceOption = None, until: UntilOption = None,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Hide smaller stories.")] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most stories to show.")] = 20,
    rebuild: Annotated[bool, typer.Option("--rebuild/--no-rebuild",
                                          help="Group the store's articles again first.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story.")] = False,
) -> None:
    """Articles about the same events, grouped, with their span of dates, main actors and places."""
    from dataclasses import asdict

    from ..corpus.search import Filters
    from ..corpus.stories import build_stories, stories, why_no_story
    from ..errors import VeilleError

    filters = Filters(entity, place, None, since, until)
    with _open_store(db, writable=rebuild) as store:
        try:
            if rebuild:
                build_stories(store)
            found = stories(store, filters, min_size, limit)
            why_none = "" if found else why_no_story(store, filters, min_size)
        except VeilleError as e:
            _fail(e)
    if why_none:
        typer.echo(f"veille: {why_none}", err=True)
    for s in found:
        if as_json:
            typer.echo(json.dumps({**asdict(s), "first": s.first, "last": s.last}, ensure_ascii=False))
            continue
        typer.echo(f"story {s.id}: {len(s.articles)} articles, {s.first} .. {s.last}")
        typer.echo(f"    actors: {', '.join(s.actors) or '-'}")
        typer.echo(f"    places: {', '.join(s.places) or '-'}")
        for art_id, published, title in s.articles:
            typer.echo(f"    {published or '????'}  {art_id}  {' '.join((title or '').split())}")


@app.command("export")
def export_cmd(
    db: DbOption = "veille.db",
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv (ACLED columns) | geojson | parquet.")]
    = "jsonl",
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write (a folder for parquet).")]
    = Path("veille-export"),
    entity: EntityOption = None, place: PlaceOption = None, bbox: BboxOption = None,
    since: SinceOption = None, until: UntilOption = None,
    event_type: EventOption = None, category: CategoryOption = None,
) -> None:
    """Write the store's articles and facts for other tools."""
    from ..corpus.export import export
    from ..corpus.search import Filters
    from ..errors import VeilleError

    with _open_store(db) as store:
        try:
            n = export(store, fmt, output, Filters(entity, place, bbox, since, until, event_type, category))
        except VeilleError as e:
            _fail(e)
    unit = {"csv": "events", "geojson": "features"}.get(fmt, "articles")
    typer.echo(f"wrote {n} {unit} -> {output}")


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
    from ..errors import VeilleError
    from ..evaluate import evaluate

    if not gold.exists():
        typer.echo(f"veille: {gold} does not exist", err=True)
        raise typer.Exit(2)
    try:
        report = evaluate(gold, workers)
    except VeilleError as e:
        typer.echo(f"veille: {e.code}: {e.message}", err=True)
        raise typer.Exit(2) from e
    if as_json:
        typer.echo(json.dumps(report))
        return
    typer.echo(f"articles {report['articles']}  failed {report['failed']}")
    for cat, figs in report.items():
        if isinstance(figs, dict):
            typer.echo(f"{cat:11s} " + "  ".join(f"{k}={v}" for k, v in figs.items()))


@app.command("gazetteer")
def gazetteer_cmd(rebuild: Annotated[bool, typer.Option("--rebuild", help="Build again.")] = False) -> None:
    """Build the offline place index from package data (done once, at install)."""
    from ..extract.places.gazetteer import build, default_path

    path = default_path()
    if path.exists() and not rebuild:
        typer.echo(f"place index ready: {path}")
        return
    typer.echo(f"building the place index at {path} (about a minute)...", err=True)
    build(path)
    typer.echo(f"place index ready: {path}")


def main() -> None:
    app()
