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
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOption = "veille.db",
    published: PublishedOption = None,
    workers: WorkersOption = 1,
) -> None:
    """Analyse articles and store them; already-stored articles are skipped, failures recorded."""
    from ..process import ingest
    from ..settings import Settings

    counts = ingest(paths, db, Settings.from_env(), workers, published=published)
    typer.echo(f"read {counts['read']}, added {counts['added']}, already stored {counts['skipped']}, "
               f"failed {counts['failed']}  ->  {db}")
    if counts["failed"]:
        raise typer.Exit(1)


@app.command("stats")
def stats_cmd(db: DbOption = "veille.db",
              as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False) -> None:
    """Counts of articles and records in a store."""
    from ..store import Database

    if not Path(db).exists():
        typer.echo(f"veille: no store at {db}: run 'veille ingest PATH --db {db}' first", err=True)
        raise typer.Exit(2)
    with Database(db) as store:
        counts = store.stats()
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        for k, v in counts.items():
            typer.echo(f"{k:12s} {v}")


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (text, scope, gold per article).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    workers: WorkersOption = 1,
) -> None:
    """Extract the gold file's articles and print precision/recall/F1 per category."""
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
