"""``sitrep events``: a filtered view of the store (``sitrep actors`` lives in ``cli/actors.py``);
``sitrep split``: take an event back out of the merged event it belongs to."""

from __future__ import annotations

import click

from sitrep.cli.options import db_option, open_store
from sitrep.cli.render import OUTPUT_FORMATS, print_rows
from sitrep.store import EventFilter, MergedEvent

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


def merged_row(merged: MergedEvent) -> dict:
    """A merged event: the first source's fields, the fatality spread over all sources, their count."""
    row = event_row(merged.event, merged.document)
    row["fatalities"] = merged.fatalities_min
    row["fatalities_max"] = merged.fatalities_max
    row["sources"] = merged.sources
    row["cluster_id"] = merged.cluster_id
    return row


def source_rows(merged: MergedEvent) -> list[dict]:
    """One row per source event of a merged event."""
    return [
        {
            "cluster_id": merged.cluster_id, "event_id": event.id, "article_id": document.article.id,
            "source": document.article.source, "published": document.article.published,
            "date": event.date, "place": event.place.name if event.place else None,
            "fatalities": event.fatalities.text if event.fatalities else None,
            "evidence": event.evidence.text,
        }
        for event, document in merged.members
    ]


@click.command()
@db_option
@click.option("--actor", help="Actor name, alias or id (substring, any case).")
@click.option("--type", "event_type", help="PLOVER type (ASSAULT) or ACLED event type (Battles).")
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's place (SYR).")
@click.option("--since", type=date_type, help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", type=date_type, help="Events on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--sources", "list_sources", is_flag=True, help="List each merged event's source events and articles.")
@click.option("--unmerged", is_flag=True, help="Every source event on its own row, not merged across articles.")
@format_option
def events(db, actor, event_type, country, since, until, limit, list_sources, unmerged, fmt) -> None:
    """List stored events, newest first, merged across articles: one row per event with the
    number of sources that report it and the spread of their fatality figures."""
    where = EventFilter(
        actor=actor, type=event_type, country=country,
        since=since.date().isoformat() if since else None,
        until=until.date().isoformat() if until else None, limit=limit, merged=not unmerged,
    )
    with open_store(db) as store:
        found = store.merged_events(where, sources=list_sources)
    if list_sources:
        rows = [row for merged in found for row in source_rows(merged)]
        print_rows(rows, fmt, f"{len(found)} events from {len(rows)} source events")
        return
    rows = [merged_row(merged) for merged in found]
    print_rows(rows, fmt, f"{len(rows)} {'source ' if unmerged else ''}events")


@click.command()
@db_option
@click.argument("event_id")
def split(db, event_id) -> None:
    """Take EVENT_ID out of the merged event it belongs to, for good: it becomes an event of its
    own and later articles are never merged into it."""
    with open_store(db) as store:
        if not store.split_event(event_id):
            raise click.ClickException(f"no event {event_id!r} in the store")
    click.echo(f"{event_id} split out", err=True)


@click.command("fuse")
@db_option
def fuse(db) -> None:
    """Fuse the whole store again: link near-duplicate articles and merge the events that several
    articles report, oldest article first. For a store filled before fusion existed, or after an
    upgrade that changed its rules; ingest fuses new articles by itself. Events split out with
    "sitrep split" stay split. Run it while nothing else writes to the store."""
    with open_store(db) as store:
        result = store.fuse_again()
        counts = store.counts()
    click.echo(f"{counts['articles']} articles fused again: {result.links} near-duplicates linked, "
               f"{result.merged} events merged into events reported earlier", err=True)

