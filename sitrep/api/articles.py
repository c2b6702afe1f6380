"""Articles: filtered pages and one article with everything extracted from it."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from sitrep.api.dependencies import Country, Cursor, Limit, StoreDep
from sitrep.api.schemas import ArticlePage, DocumentOut
from sitrep.store import api_queries

router = APIRouter(prefix="/api", tags=["articles"])


@router.get("/articles", response_model=ArticlePage, summary="Articles, newest first")
def list_articles(
    store: StoreDep,
    since: Annotated[date | None, Query(description="Published on or after")] = None,
    until: Annotated[date | None, Query(description="Published on or before")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Mentions this actor (id, name or alias)")] = None,
    country: Country = None,
    limit: Limit = 100,
    cursor: Cursor = None,
):
    filters = api_queries.Filters(since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                                  actor=actor, country=country)
    with store.reading() as connection:
        page = api_queries.list_articles(connection, filters, limit=limit, cursor=cursor)
    return {"items": page.items, "next_cursor": page.next_cursor}


def document_record(store, article_id: str) -> dict | None:
    documents = store.documents([article_id])
    if not documents:
        return None
    document = documents[0]
    record = document.to_record()
    record["article"]["text"] = document.article.text
    return record


@router.get("/articles/{article_id}", response_model=DocumentOut, summary="One article: text, actors, events, statements, relations",
            responses={404: {"description": "No such article"}})
def get_article(store: StoreDep, article_id: str):
    record = document_record(store, article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return record
