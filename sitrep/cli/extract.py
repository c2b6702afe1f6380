"""``sitrep extract``: print the document record of one input, without storing anything."""

from __future__ import annotations

import json
import sys

import click

from sitrep.batch import SUPPORTED_LANGUAGES
from sitrep.cli.options import model_option, open_pipeline
from sitrep.cli.render import print_document_summary
from sitrep.ingest import IngestError, read_articles


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date, when the input has none.")
@click.option("--source", "source_name", metavar="NAME", help="Publisher, when the input has none.")
@click.option("--json", "as_json", is_flag=True, help="Print the document record as JSON.")
@model_option
def extract(source: str, published: str | None, source_name: str | None, as_json: bool, model: str | None) -> None:
    """Extract actors, events, statements and relations from FILE (or - for standard input)."""
    try:
        items = list(read_articles([source], default_published=published, default_source=source_name))
    except ValueError as error:  # a malformed --published
        raise click.BadParameter(f"{published!r} is not a YYYY-MM-DD date", param_hint="--published") from error
    errors = [item for item in items if isinstance(item, IngestError)]
    articles = [item for item in items if not isinstance(item, IngestError)]
    for error in errors:
        click.echo(f"error: {error}", err=True)
    for article in articles:
        if article.language and article.language not in SUPPORTED_LANGUAGES:
            click.echo(
                f"warning: {article.origin}: language {article.language!r} detected; sitrep is "
                "built for English and may mis-code this text",
                err=True,
            )
    if articles:
        pipeline = open_pipeline(model)
        for document in pipeline.extract(articles):
            if as_json:
                click.echo(json.dumps(document.to_record(), ensure_ascii=False, indent=2))
            else:
                print_document_summary(document)
    if errors:
        sys.exit(1)
