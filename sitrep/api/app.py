"""Building the web application: the API routers, the web UI, security headers, error handling."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sitrep import __version__
from sitrep.api import actors, articles, events, ingest, places, relations, search, statements
from sitrep.api.config import ApiSettings
from sitrep.api.dependencies import get_store
from sitrep.api.schemas import Stats
from sitrep.store import Store
from sitrep.store.api_queries import BadCursor

# No inline scripts and nothing from elsewhere: even text that escaped escaping could not run.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)

DESCRIPTION = """Read the events, statements, actors and relations that sitrep extracted from news
articles, each with the evidence (text and character offsets) it came from.

Lists are newest first and paged: pass a page's `next_cursor` as `cursor` to get the next one.
Writing (`POST /api/ingest`) needs the bearer token set as `SITREP_API_TOKEN` (or `api_token` in the
settings file); without one it is disabled."""


def create_app(store: Store | str, settings: ApiSettings | None = None, *, transport=None, pipeline=None) -> FastAPI:
    """The sitrep web app over ``store`` (an open :class:`Store`, or a path or URL to open).

    ``transport`` (an ``httpx`` transport) is what ``POST /api/ingest`` fetches URLs through;
    ``pipeline`` is the spaCy pipeline to ingest with (loaded on first write when not given).
    """
    from sitrep.ui import mount_ui

    settings = settings or ApiSettings.resolve()
    app = FastAPI(
        title="sitrep", version=__version__, description=DESCRIPTION,
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
    )
    app.state.store = store if isinstance(store, Store) else Store.open(store)
    app.state.settings = settings
    app.state.transport = transport
    app.state.pipeline = pipeline
    if "*" not in settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(BadCursor)
    async def bad_cursor(_request: Request, error: BadCursor) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    for module in (articles, events, statements, actors, relations, places, search, ingest):
        app.include_router(module.router)

    @app.get("/api/stats", response_model=Stats, tags=["meta"], summary="How much is in the store")
    def stats(request: Request):
        store = get_store(request)
        return {**store.counts(), "writable": bool(request.app.state.settings.token)}

    mount_ui(app)
    return app

