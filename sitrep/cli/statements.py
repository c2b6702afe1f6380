"""``sitrep statements``: who said what, of whom — a filtered view of the stored statements."""

from __future__ import annotations

import click

from sitrep.cli.options import db_option, open_store
from sitrep.cli.render import OUTPUT_FORMATS, print_rows
from sitrep.model.records import STATEMENT_KINDS
from sitrep.store.statement_queries import StatementFilter, find_statements

date_type = click.DateTime(formats=["%Y-%m-%d"])


def statement_row(row) -> dict:
    return {
        "id": row.id,
        "date": row.date,
        "kind": row.kind,
        "speaker": row.speaker,
        "targets": "; ".join(row.targets),
        "quote": row.quote,
        "direct": row.direct,
        "platform": row.platform,
        "source": row.source,
        "evidence": row.evidence,
    }


@click.command()
@db_option
@click.option("--speaker", help="Speaker's name, alias or id (substring, any case).")
@click.option("--kind", type=click.Choice(STATEMENT_KINDS, case_sensitive=False),
              help="Statement kind.")
@click.option("--target", help="Name, alias or id of an actor the statement is about or against.")
@click.option("--since", type=date_type, help="Statements on or after this date (YYYY-MM-DD).")
@click.option("--until", type=date_type, help="Statements on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True)
def statements(db, speaker, kind, target, since, until, limit, fmt) -> None:
    """List stored statements (who said what, of whom, where), newest first."""
    where = StatementFilter(
        speaker=speaker, kind=kind, target=target,
        since=since.date().isoformat() if since else None,
        until=until.date().isoformat() if until else None, limit=limit,
    )
    with open_store(db) as store, store.reading() as connection:
        rows = [statement_row(row) for row in find_statements(connection, where)]
    print_rows(rows, fmt, f"{len(rows)} statements")
