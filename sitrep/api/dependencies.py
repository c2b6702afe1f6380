"""What the routes get injected: the store, the settings, the pipeline (loaded on first use), the
write-token check and the common filters. Tests swap any of them through ``dependency_overrides``."""

from __future__ import annotations

import secrets
import threading
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sitrep.api.config import ApiSettings
from sitrep.store import Store
from sitrep.store.api_queries import Filters

_pipeline_lock = threading.Lock()
_bearer = HTTPBearer(auto_error=False, description="The token set as SITREP_API_TOKEN or api_token in the settings file.")


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


def get_transport(request: Request):
    return request.app.state.transport


def get_pipeline(request: Request):
    """The spaCy pipeline, loaded once on the first write (reading never needs it)."""
    state = request.app.state
    with _pipeline_lock:
        if state.pipeline is None:
            from sitrep.pipeline import Pipeline

            state.pipeline = Pipeline()
        return state.pipeline


def require_token(
    settings: Annotated[ApiSettings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    if not settings.token:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "writing is disabled: set SITREP_API_TOKEN (or api_token in the settings file) and restart the server")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode("utf-8"), settings.token.encode("utf-8")):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    if not bbox:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(part) for part in bbox.split(","))
    except ValueError:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "bbox must be min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "bbox is outside -180..180 / -90..90 or has min_lat > max_lat")
    return (min_lon, min_lat, max_lon, max_lat)


Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code, e.g. SYR")]


def event_filters(
    since: Annotated[date | None, Query(description="First day, inclusive (event date, else publication date)")] = None,
    until: Annotated[date | None, Query(description="Last day, inclusive")] = None,
    country: Country = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, or part of a name or alias")] = None,
    type: Annotated[str | None, Query(max_length=64, description="PLOVER type (ASSAULT) or ACLED event type (Battles)")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    article: Annotated[str | None, Query(max_length=64, description="Only facts from this article id")] = None,
) -> Filters:
    return Filters(
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        country=country, actor=actor, type=type, bbox=parse_bbox(bbox), article=article,
    )


StoreDep = Annotated[Store, Depends(get_store)]
EventFilters = Annotated[Filters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page")]
Cursor = Annotated[str | None, Query(max_length=512, description="next_cursor of the previous page")]
