"""``sitrep events``: a filtered view of the store (``sitrep actors`` lives in ``cli/actors.py``)."""

from __future__ import annotations

import click

from sitrep.cli.options import db_option, open_store
from sitrep.cli.render import OUTPUT_FORMATS, print_rows
from sitrep.store import EventFilter

format_option = click.option(
    "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True
)
date_type = click.DateTime(formats=["%Y-%m-%d"])


def event_row(event, document) -> dict:
    names = {actor.id: actor.name for actor in document.actors}
    place = event.place
    return {
        "id": event.id,
        "date": event.date or document.article.published,
        "type": event.type,
        "acled_subtype": event.acled_subtype,
        "actors": "; ".join(names.get(i, i) for i in event.actors),
        "targets": "; ".join(names.get(i, i) for i in event.targets),
        "place": place.name if place else None,
        "country": place.country if place else None,
        "fatalities": event.fatalities.min if event.fatalities else None,
        "source": document.article.source,
        "evidence": event.evidence.text,
    }


@click.command()
@db_option
@click.option("--actor", help="Actor name, alias or id (substring, any case).")
@click.option("--type", "event_type", help="PLOVER type (ASSAULT) or ACLED event type (Battles).")
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's place (SYR).")
@click.option("--since", type=date_type, help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", type=date_type, help="Events on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@format_option
def events(db, actor, event_type, country, since, until, limit, fmt) -> None:
    """List stored events, newest first."""
    where = EventFilter(
        actor=actor, type=event_type, country=country,
        since=since.date().isoformat() if since else None,
        until=until.date().isoformat() if until else None, limit=limit,
    )
    with open_store(db) as store:
        rows = [event_row(event, document) for event, document in store.events(where)]
    print_rows(rows, fmt, f"{len(rows)} events")
