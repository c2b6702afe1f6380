"""Building the web application: the API routers, the web UI, security headers, error handling.

Limits that hold for every route: a request body over ``max_request_bytes`` is answered 413
before the route sees it (by its declared length, or while it streams in), and an unexpected
error is answered with a generic 500 JSON body: the traceback goes to the server log only.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
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

# The largest body a route accepts: POST /api/ingest's text (2,000,000 characters) as JSON, with room.
MAX_REQUEST_BYTES = 16 * 1024 * 1024

DESCRIPTION = """Read the events, statements, actors and relations that sitrep extracted from news
articles, each with the evidence (text and character offsets) it came from.

Lists are newest first and paged: pass a page's `next_cursor` as `cursor` to get the next one.
Writing (`POST /api/ingest`) needs the bearer token set as `SITREP_API_TOKEN` (or `api_token` in the
settings file); without one it is disabled."""


def create_app(store: Store | str, settings: ApiSettings | None = None, *, transport=None, pipeline=None,
               max_request_bytes: int = MAX_REQUEST_BYTES) -> FastAPI:
    """The sitrep web app over ``store`` (an open :class:`Store`, or a path or URL to open).

    ``transport`` (an ``httpx`` transport) is what ``POST /api/ingest`` fetches URLs through;
    ``pipeline`` is the spaCy pipeline to ingest with (loaded on first write when not given);
    ``max_request_bytes`` caps request bodies (413 above it).
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
    # Added first, so it is the innermost middleware: its 413 reaches FastAPI's body parsing as an
    # HTTPException, not wrapped by the task group of the headers middleware below.
    app.add_middleware(BodySizeLimit, max_bytes=max_request_bytes)
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

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, _error: Exception) -> JSONResponse:
        # Starlette re-raises the error after this answer, so the server log keeps the traceback.
        return JSONResponse({"detail": "internal server error"}, status_code=500)

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


class _BodyTooLarge(HTTPException):
    # An HTTPException, so that FastAPI's body parsing passes it on rather than answering 400.
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large (limit {limit} bytes)")


class BodySizeLimit:
    """Answers 413 to a body over ``max_bytes``: at once by Content-Length, else as it streams."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise _BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse({"detail": f"request body too large (limit {self.max_bytes} bytes)"}, status_code=413)
        await response(scope, receive, send)

