"""The web UI: server-rendered pages (Jinja2, autoescaped) for the article reader, event, actor
and search pages; the map, timeline and actor graph drawn in the browser from the API with the
vendored libraries in ``static/vendor`` (no CDN, no tile server, no build step).

Untrusted text reaches the page only through template autoescaping or the DOM's ``textContent``.
"""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC_DIR = resources.files("sitrep.ui") / "static"
TEMPLATE_DIR = resources.files("sitrep.ui") / "templates"


def mount_ui(app: FastAPI) -> None:
    from sitrep.ui.pages import router

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.include_router(router)


__all__ = ["STATIC_DIR", "TEMPLATE_DIR", "mount_ui"]
