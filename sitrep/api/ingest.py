"""Writing: ingest a text, a page URL or a feed URL. Needs the bearer token from the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from sitrep.api.dependencies import StoreDep, get_pipeline, get_transport, require_token
from sitrep.api.schemas import IngestRequest, IngestResult
from sitrep.model import Article

router = APIRouter(prefix="/api", tags=["ingest"])


def ingest_request(store, pipeline, transport, request: IngestRequest) -> dict:
    """Read the text or URL, extract what is new, save it in one batch; say what happened."""
    from sitrep.batch import SUPPORTED_LANGUAGES
    from sitrep.ingest import IngestError, read_articles

    errors: list[dict] = []
    if request.text:
        articles = [Article(text=request.text, title=request.title, source=request.source,
                            published=request.published, origin="api")]
    else:
        articles = []
        for item in read_articles([request.url], transport=transport, default_source=request.source,
                                  default_published=request.published):
            if isinstance(item, IngestError):
                errors.append({"origin": item.origin, "reason": item.reason})
            elif item.language and item.language not in SUPPORTED_LANGUAGES:
                errors.append({"origin": item.origin or item.id, "reason": f"language {item.language!r} is not supported (English only)"})
            else:
                articles.append(item)
    fresh = [article for article in articles if not store.has_article(article.id)]
    saved = store.save(list(pipeline.extract(fresh))) if fresh else None
    stored = saved.stored if saved else 0
    return {"read": len(articles), "stored": stored, "skipped": len(articles) - stored,
            "article_ids": [article.id for article in articles], "errors": errors}


@router.post("/ingest", response_model=IngestResult, dependencies=[Depends(require_token)],
             summary="Extract and store a text, a page or a feed",
             responses={401: {"description": "Missing or wrong token"}, 403: {"description": "No token is set: writing is disabled"}})
async def ingest_endpoint(request: IngestRequest, store: StoreDep,
                          pipeline: Annotated[object, Depends(get_pipeline)],
                          transport: Annotated[object, Depends(get_transport)]):
    return await run_in_threadpool(ingest_request, store, pipeline, transport, request)
