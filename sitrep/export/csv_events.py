"""ACLED-like CSV of events: one row per source event, with a header row.

Events merged across articles (``docs/fusion.md``) keep one row per source event, so that every
source's own figures and evidence stay: ``cluster_id`` names the merged event a row belongs to (the
id of its first event) and ``sources`` how many articles report it. One row per merged event is
the rows whose ``event_id`` equals their ``cluster_id``. Without fusion information (documents not
read from a store) every event is its own cluster with one source.

Actor ids are resolved to names through the document's actors (an id with no actor is written as
is); several names are joined by ``"; "``. Empty values are empty cells; booleans are
``true``/``false``.

Formula injection: the text comes from untrusted news articles, and Excel, LibreOffice and Google
Sheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some, tab or carriage
return) as a formula -- ``=HYPERLINK(...)`` or ``=cmd|...`` from an article would run on the
analyst's machine. Such text cells get a leading apostrophe, which spreadsheets read as "this is
text" and do not display. Numbers (coordinates, counts, offsets) are never changed, so a negative
longitude stays a number.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from sitrep.model import Document, Event

EVENT_COLUMNS = (
    "event_id",
    "cluster_id",
    "sources",
    "article_id",
    "event_date",
    "date_precision",
    "event_type",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "fatalities_max",
    "fatalities_text",
    "injured",
    "injured_max",
    "injured_text",
    "reported_by",
    "negated",
    "hypothetical",
    "source",
    "source_url",
    "title",
    "evidence",
    "evidence_start",
    "evidence_end",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell made safe to open in a spreadsheet; other values unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def actor_names(document: Document) -> dict[str, str]:
    return {actor.id: actor.name for actor in document.actors}


def _join(ids: Iterable[str], names: dict[str, str]) -> str:
    return "; ".join(names.get(actor_id, actor_id) for actor_id in ids)


# event id -> (cluster id, number of sources), as ``sitrep.store.queries.event_fusion`` gives it
Fusion = Mapping[str, tuple[str, int]]


def event_row(document: Document, event: Event, names: dict[str, str], fusion: Fusion | None = None) -> dict[str, Any]:
    """The export fields of one event, as typed values (``None`` where unknown)."""
    place, deaths, article = event.place, event.fatalities, document.article
    cluster_id, sources = (fusion or {}).get(event.id, (event.id, 1))
    return {
        "event_id": event.id,
        "cluster_id": cluster_id,
        "sources": sources,
        "article_id": article.id,
        "event_date": event.date,
        "date_precision": event.date_precision,
        "event_type": event.type,
        "mode": event.mode,
        "acled_event_type": event.acled_type,
        "acled_sub_event_type": event.acled_subtype,
        "actor1": _join(event.actors, names),
        "actor2": _join(event.targets, names),
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "fatalities": deaths.min if deaths else None,
        "fatalities_max": deaths.max if deaths else None,
        "fatalities_text": deaths.text if deaths else None,
        "injured": event.injured.min if event.injured else None,
        "injured_max": event.injured.max if event.injured else None,
        "injured_text": event.injured.text if event.injured else None,
        "reported_by": _join(event.reported_by, names),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "source": article.source,
        "source_url": article.url,
        "title": article.title,
        "evidence": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
    }


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(value)


def write_events_csv(documents: Iterable[Document], out: TextIO, *, fusion: Fusion | None = None) -> int:
    writer = csv.writer(out)
    writer.writerow(EVENT_COLUMNS)
    count = 0
    for document in documents:
        names = actor_names(document)
        for event in document.events:
            row = event_row(document, event, names, fusion)
            writer.writerow([_cell(row[column]) for column in EVENT_COLUMNS])
            count += 1
    return count
