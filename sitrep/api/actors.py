"""Actors: a filtered, paged list and one actor's profile (relations, events, statements)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from sitrep.api.dependencies import Country, Cursor, Limit, StoreDep
from sitrep.api.schemas import ActorPage, ActorProfile
from sitrep.store import api_queries

router = APIRouter(prefix="/api", tags=["actors"])

PROFILE_ROWS = 100


@router.get("/actors", response_model=ActorPage, summary="Actors, by name")
def list_actors(
    store: StoreDep,
    name: Annotated[str | None, Query(max_length=200, description="Part of a name or alias, or an id")] = None,
    kind: Annotated[str | None, Query(pattern=r"^[a-z_]+$", description="state, armed_group, person, ...")] = None,
    country: Country = None,
    limit: Limit = 100,
    cursor: Cursor = None,
):
    with store.reading() as connection:
        page = api_queries.list_actors(connection, api_queries.Filters(name=name, kind=kind, country=country), limit=limit, cursor=cursor)
    return {"items": page.items, "next_cursor": page.next_cursor}


def actor_profile(store, actor_id: str) -> dict | None:
    with store.reading() as connection:
        actor = api_queries.get_actor(connection, actor_id)
        if actor is None:
            return None
        only = api_queries.Filters(actor=actor_id)
        return {
            "actor": actor,
            "relations": api_queries.list_relations(connection, only, limit=PROFILE_ROWS).items,
            "events": api_queries.list_events(connection, only, limit=PROFILE_ROWS).items,
            "statements": api_queries.list_statements(connection, only, limit=PROFILE_ROWS).items,
        }


@router.get("/actors/{actor_id}", response_model=ActorProfile, summary="One actor's profile, relations, events and statements",
            responses={404: {"description": "No such actor"}})
def get_actor(store: StoreDep, actor_id: str):
    profile = actor_profile(store, actor_id)
    if profile is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    return profile
