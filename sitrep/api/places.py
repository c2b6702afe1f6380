"""Places named by events, with event counts and fatalities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sitrep.api.dependencies import EventFilters, StoreDep
from sitrep.api.schemas import PlaceSummary
from sitrep.store import api_queries

router = APIRouter(prefix="/api", tags=["places"])


@router.get("/places", response_model=list[PlaceSummary], summary="Places with the most events first")
def list_places(
    store: StoreDep,
    filters: EventFilters,
    name: Annotated[str | None, Query(max_length=200, description="Part of the place name")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
):
    with store.reading() as connection:
        return api_queries.list_places(connection, api_queries.Filters(**{**_fields(filters), "name": name}), limit=limit)


def _fields(filters: api_queries.Filters) -> dict:
    return {name: getattr(filters, name) for name in api_queries.Filters.__dataclass_fields__}
