"""Relations between actors, and the actor graph (relations plus event interactions)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from sitrep.api.dependencies import Country, Cursor, Limit, StoreDep
from sitrep.api.schemas import Graph, RelationPage
from sitrep.store import api_queries

router = APIRouter(prefix="/api", tags=["relations"])


@router.get("/relations", response_model=RelationPage, summary="Relations between actors")
def list_relations(
    store: StoreDep,
    predicate: Annotated[str | None, Query(pattern=r"^[a-z_]+$", description="backed_by, supports, part_of, member_of, leader_of, allied_with, opposes")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Subject or object (id, name or alias)")] = None,
    article: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
):
    filters = api_queries.Filters(predicate=predicate, actor=actor, article=article)
    with store.reading() as connection:
        page = api_queries.list_relations(connection, filters, limit=limit, cursor=cursor)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/graph", response_model=Graph, summary="The actor graph: relations and event interactions as weighted edges")
def actor_graph(
    store: StoreDep,
    kind: Annotated[str | None, Query(pattern=r"^[a-z_]+$", description="Only actors of this kind")] = None,
    country: Country = None,
    actor: Annotated[str | None, Query(max_length=200, description="Only this actor and its neighbours")] = None,
    type: Annotated[str | None, Query(max_length=64, description="Event edges of this PLOVER/ACLED type only")] = None,
    since: date | None = None,
    until: date | None = None,
    min_weight: Annotated[int, Query(ge=1)] = 1,
    max_nodes: Annotated[int, Query(ge=1, le=2000)] = 300,
):
    filters = api_queries.Filters(kind=kind, country=country, actor=actor, type=type,
                                  since=since.isoformat() if since else None, until=until.isoformat() if until else None)
    with store.reading() as connection:
        return api_queries.actor_graph(connection, filters, min_weight=min_weight, max_nodes=max_nodes)
