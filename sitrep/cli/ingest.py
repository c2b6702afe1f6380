"""``sitrep ingest``: read sources, extract, and store, with a progress bar."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sitrep.batch import IngestReport
from sitrep.batch import ingest as run_ingest
from sitrep.cli.options import db_option, model_option, open_pipeline, open_store
from sitrep.ingest import ColumnMap


def report_outcome(report: IngestReport, location: str) -> None:
    console = Console(stderr=True, highlight=False)
    for error in report.errors:
        console.print(f"[red]error[/red]: {error}", markup=True, soft_wrap=True, emoji=False)
    click.echo(
        f"{report.stored} articles stored, {report.skipped} already in the store, "
        f"{report.failed} failed -> {location}"
    )


def run_with_progress(sources, store, pipeline, **options) -> IngestReport:
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[stored]} stored, {task.fields[skipped]} known, {task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=None, stored=0, skipped=0, failed=0)

        def update(report: IngestReport) -> None:
            progress.update(task, completed=report.read, stored=report.stored, skipped=report.skipped, failed=report.failed)

        return run_ingest(sources, store, pipeline, on_progress=update, **options)


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@model_option
@click.option("--batch-size", default=64, show_default=True, help="Articles per spaCy pass and per transaction.")
@click.option("--text-column", default="text", show_default=True, help="Column/key holding the text (CSV, JSONL).")
@click.option("--title-column", default="title", show_default=True)
@click.option("--source-column", default="source", show_default=True)
@click.option("--url-column", default="url", show_default=True)
@click.option("--published-column", default="published", show_default=True)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that have none.")
@click.option("--source", "source_name", metavar="NAME", help="Publisher for inputs that have none.")
@click.option("--any-language", is_flag=True, help="Extract from non-English articles too.")
def ingest(sources, db, model, batch_size, text_column, title_column, source_column, url_column,
           published_column, published, source_name, any_language) -> None:
    """Ingest files, directories, globs, feeds, corpora (JSONL, CSV) and URLs into the store."""
    store = open_store(db)
    pipeline = open_pipeline(model)
    column_map = ColumnMap(text=text_column, title=title_column, source=source_column,
                           url=url_column, published=published_column)
    try:
        report = run_with_progress(
            list(sources), store, pipeline, batch_size=batch_size, any_language=any_language,
            column_map=column_map, default_published=published, default_source=source_name,
        )
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error
    finally:
        store.close()
    report_outcome(report, store.location)
    if report.failed:
        sys.exit(1)
