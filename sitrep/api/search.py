"""Full-text search over article titles and texts (SQLite FTS5), and actor names."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sitrep.api.dependencies import StoreDep
from sitrep.api.schemas import SearchResults
from sitrep.store import api_queries

router = APIRouter(prefix="/api", tags=["search"])


def snippet_parts(snippet: str) -> list[dict]:
    """Split a snippet at the match markers into pieces the UI shows as text (never as markup)."""
    parts = []
    for index, piece in enumerate(snippet.split(api_queries.SNIPPET_START)):
        matched, _, rest = piece.partition(api_queries.SNIPPET_END) if index else ("", "", piece)
        if matched:
            parts.append({"text": matched, "match": True})
        if rest:
            parts.append({"text": rest, "match": False})
    return parts


def run_search(store, q: str, limit: int) -> dict:
    q = q.replace("\x00", "")  # FTS5 answers a NUL with "unterminated string" (a 500)
    with store.reading() as connection:
        articles = api_queries.search_articles(connection, q, limit=limit)
        actors = api_queries.list_actors(connection, api_queries.Filters(name=q.strip()), limit=10).items if q.strip() else []
    for article in articles:
        article["snippet"] = snippet_parts(article["snippet"] or "")
    return {"query": q, "articles": articles, "actors": actors}


@router.get("/search", response_model=SearchResults, summary="Articles containing every word of q; actors whose name contains q")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words (all must occur); "a phrase"; prefix*')],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
):
    return run_search(store, q, limit)
