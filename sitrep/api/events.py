"""Events: filtered pages, map points, the timeline, one event, and CSV/GeoJSON downloads."""

from __future__ import annotations

import io
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from sitrep.api.dependencies import Cursor, EventFilters, Limit, StoreDep
from sitrep.api.schemas import EventOut, EventPage, EventPoint, TimelineBucket
from sitrep.export import write_export
from sitrep.model import Document
from sitrep.store import api_queries
from sitrep.store.queries import event_fusion

router = APIRouter(prefix="/api", tags=["events"])

DOWNLOAD_LIMIT = 100_000

Merged = Annotated[bool, Query(description="One item per event merged across articles (with its number of sources); "
                                           "false: every source event")]


@router.get("/events", response_model=EventPage, summary="Events, newest first")
def list_events(store: StoreDep, filters: EventFilters, limit: Limit = 100, cursor: Cursor = None, merged: Merged = True):
    with store.reading() as connection:
        page = api_queries.list_events(connection, filters, limit=limit, cursor=cursor, merged=merged)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/events/points", response_model=list[EventPoint], summary="Located events, light, for maps")
def event_points(store: StoreDep, filters: EventFilters, limit: Annotated[int, Query(ge=1, le=200_000)] = 50_000,
                 merged: Merged = True):
    with store.reading() as connection:
        return api_queries.event_points(connection, filters, limit=limit, merged=merged)


@router.get("/events/timeline", response_model=list[TimelineBucket], summary="Event counts and fatalities per day or week")
def event_timeline(store: StoreDep, filters: EventFilters, bucket: Literal["day", "week"] = "day", merged: Merged = True):
    with store.reading() as connection:
        return api_queries.timeline(connection, filters, bucket=bucket, merged=merged)


def _filtered_documents(store, filters) -> tuple[list[Document], dict[str, tuple[str, int]]]:
    with store.reading() as connection:
        documents = api_queries.documents_for_events(connection, filters, limit=DOWNLOAD_LIMIT)
        return documents, event_fusion(connection, [e.id for d in documents for e in d.events])


@router.get("/events.csv", summary="The filtered source events as CSV (ACLED-like columns, with cluster_id and sources)", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}})
def events_csv(store: StoreDep, filters: EventFilters):
    out = io.StringIO(newline="")
    documents, fusion = _filtered_documents(store, filters)
    write_export(documents, "csv", out, fusion=fusion)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events.geojson", summary="The filtered events with coordinates as a GeoJSON FeatureCollection",
            response_class=Response, responses={200: {"content": {"application/geo+json": {}}}})
def events_geojson(store: StoreDep, filters: EventFilters):
    out = io.StringIO()
    documents, fusion = _filtered_documents(store, filters)
    write_export(documents, "geojson", out, fusion=fusion)
    return Response(out.getvalue(), media_type="application/geo+json",
                    headers={"Content-Disposition": 'attachment; filename="events.geojson"'})


@router.get("/events/{event_id}", response_model=EventOut, summary="One event with its actors, place, evidence, source, and the sources merged with it",
            responses={404: {"description": "No such event"}})
def get_event(store: StoreDep, event_id: str):
    with store.reading() as connection:
        event = api_queries.get_event(connection, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return event
