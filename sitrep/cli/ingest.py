"""``sitrep ingest``: read sources, extract (here, or on a Dask cluster), and store, with a
progress bar."""

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


def run_with_progress(sources, store, pipeline, *, run=run_ingest, **options) -> IngestReport:
    """``run(sources, store, pipeline, on_progress=..., **options)`` behind a progress bar."""
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

        return run(sources, store, pipeline, on_progress=update, **options)


def _cluster_runner(spec: str, model: str | None):
    """An ``ingest``-like function that extracts on the cluster ``spec``; checked before any work."""
    try:
        from sitrep.cluster import connect, ingest_on_cluster, parse_cluster
    except ImportError as error:
        raise click.ClickException(
            f"--cluster needs Dask ({error.name} is missing): pip install 'sitrep[dask]'"
        ) from error
    try:
        parse_cluster(spec)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--cluster") from error

    def run(sources, store, _pipeline, *, batch_size, **options) -> IngestReport:
        try:
            with connect(spec) as client:
                return ingest_on_cluster(sources, store, client, model=model, partition_size=batch_size, **options)
        except OSError as error:  # no scheduler at that address
            raise click.ClickException(f"cannot reach the cluster {spec}: {error}") from error

    return run


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
@click.option(
    "--cluster",
    metavar="local:N|tcp://HOST:PORT",
    help="Extract on a Dask cluster: N worker processes here, or the scheduler at that address "
    "(workers need sitrep and the model installed). Batches of --batch-size go to the workers.",
)
def ingest(sources, db, model, batch_size, text_column, title_column, source_column, url_column,
           published_column, published, source_name, any_language, cluster) -> None:
    """Ingest files, directories, globs, feeds, corpora (JSONL, CSV) and URLs into the store."""
    run = _cluster_runner(cluster, model) if cluster else run_ingest
    store = open_store(db)
    pipeline = None if cluster else open_pipeline(model)  # on a cluster the workers load it
    column_map = ColumnMap(text=text_column, title=title_column, source=source_column,
                           url=url_column, published=published_column)
    try:
        report = run_with_progress(
            list(sources), store, pipeline, run=run, batch_size=batch_size, any_language=any_language,
            column_map=column_map, default_published=published, default_source=source_name,
        )
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--published") from error
    finally:
        store.close()
    report_outcome(report, store.location)
    if report.failed:
        sys.exit(1)
