"""``sitrep export``: write the store (or a filtered part of it) as CSV, JSONL, GeoJSON or a graph."""

from __future__ import annotations

import click

from sitrep.cli.options import db_option, open_store
from sitrep.export import EXPORT_FORMATS, write_export


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), required=True, help="File to write ('-' for standard output).")
def export(db, fmt, output) -> None:
    """Export every stored document: events as CSV or GeoJSON (one row per source event, with
    its merged event's cluster_id and number of sources), records as JSONL, the actor graph."""
    with open_store(db) as store:
        documents = store.documents()
        fusion = store.event_fusion(e.id for d in documents for e in d.events) if fmt in {"csv", "geojson"} else None
    newline = "" if fmt in {"csv", "edges"} else None  # the csv module writes its own line ends
    if output == "-":
        written = write_export(documents, fmt, click.get_text_stream("stdout"), fusion=fusion)
    else:
        with open(output, "w", encoding="utf-8", newline=newline) as out:
            written = write_export(documents, fmt, out, fusion=fusion)
    if output != "-":
        click.echo(f"{written} {'rows' if fmt in {'csv', 'edges'} else 'items'} written to {output}", err=True)
