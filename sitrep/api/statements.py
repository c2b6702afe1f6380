"""Statements: who accused, threatened, pledged or denied what."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from sitrep.api.dependencies import Cursor, Limit, StoreDep
from sitrep.api.schemas import StatementPage
from sitrep.store import api_queries

router = APIRouter(prefix="/api", tags=["statements"])


@router.get("/statements", response_model=StatementPage, summary="Statements, newest first")
def list_statements(
    store: StoreDep,
    kind: Annotated[str | None, Query(pattern=r"^[A-Za-z]+$", description="ACCUSE, THREATEN, DEMAND, APPEAL, DENY, PLEDGE, CONDEMN, CLAIM, PRAISE, STATEMENT")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Speaker or target (id, name or alias)")] = None,
    speaker: Annotated[str | None, Query(max_length=200, description="The speaker (id, name or alias)")] = None,
    target: Annotated[str | None, Query(max_length=200, description="One of the targets (id, name or alias)")] = None,
    since: date | None = None,
    until: date | None = None,
    article: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
):
    filters = api_queries.Filters(kind=kind, actor=actor, speaker=speaker, target=target, article=article,
                                  since=since.isoformat() if since else None, until=until.isoformat() if until else None)
    with store.reading() as connection:
        page = api_queries.list_statements(connection, filters, limit=limit, cursor=cursor)
    return {"items": page.items, "next_cursor": page.next_cursor}
