"""The UI's pages. Data comes from the same functions as the API; templates autoescape."""

from __future__ import annotations

from typing import Annotated

import jinja2
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from sitrep import __version__
from sitrep.api.actors import actor_profile
from sitrep.api.articles import document_record
from sitrep.api.dependencies import StoreDep
from sitrep.api.search import run_search
from sitrep.store import api_queries
from sitrep.ui import TEMPLATE_DIR
from sitrep.ui.highlight import marks_for, segments

router = APIRouter(include_in_schema=False)

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=True,  # every template, whatever its name: article text is untrusted
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
CONTEXT_CHARS = 300


def render(template: str, request: Request, status_code: int = 200, **context) -> HTMLResponse:
    html = _environment.get_template(template).render(request=request, version=__version__, **context)
    return HTMLResponse(html, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
def map_page(request: Request):
    return render("map.html", request, page="map")


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request):
    return render("graph.html", request, page="graph")


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    return render("docs.html", request, page="docs")


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: StoreDep, cursor: Annotated[str | None, Query(max_length=512)] = None,
                  actor: Annotated[str | None, Query(max_length=200)] = None):
    with store.reading() as connection:
        page = api_queries.list_articles(connection, api_queries.Filters(actor=actor), limit=50, cursor=cursor)
    return render("articles.html", request, page="articles", articles=page.items, next_cursor=page.next_cursor, actor=actor)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def reader_page(request: Request, store: StoreDep, article_id: str):
    record = document_record(store, article_id)
    if record is None:
        raise HTTPException(404, "no such article")
    text = record["article"]["text"]
    names = {actor["id"]: actor for actor in record["actors"]}
    return render("reader.html", request, page="articles", record=record, names=names,
                  segments=segments(text, marks_for(record, text)))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str):
    with store.reading() as connection:
        event = api_queries.get_event(connection, event_id)
    if event is None:
        raise HTTPException(404, "no such event")
    documents = store.documents([event["article"]["id"]])
    text = documents[0].article.text if documents else ""
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    context = {
        "before": text[max(0, start - CONTEXT_CHARS) : start], "evidence": text[start:end],
        "after": text[end : end + CONTEXT_CHARS],
    }
    return render("event.html", request, page="map", event=event, context=context)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: StoreDep, name: Annotated[str | None, Query(max_length=200)] = None,
                kind: Annotated[str | None, Query(max_length=32)] = None, cursor: Annotated[str | None, Query(max_length=512)] = None):
    with store.reading() as connection:
        page = api_queries.list_actors(connection, api_queries.Filters(name=name, kind=kind or None), limit=100, cursor=cursor)
    return render("actors.html", request, page="actors", actors=page.items, next_cursor=page.next_cursor, name=name, kind=kind)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, store: StoreDep, actor_id: str):
    profile = actor_profile(store, actor_id)
    if profile is None:
        raise HTTPException(404, "no such actor")
    return render("actor.html", request, page="actors", **profile)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = ""):
    results = run_search(store, q, 50) if q.strip() else {"query": q, "articles": [], "actors": []}
    return render("search.html", request, page="search", results=results, q=q)
