"""The REST API (FastAPI): one router per resource over ``sitrep.store.api_queries``.

    from sitrep.api import create_app
    app = create_app("conflict.db")          # or an open Store; uvicorn.run(app)

Modules: ``app`` (create_app, headers, errors), ``config`` (ApiSettings: token, allowed hosts),
``dependencies`` (store, settings, pipeline, token check, filters), ``schemas`` (response shapes),
and the routers ``articles``, ``events``, ``statements``, ``actors``, ``relations`` (with the
graph), ``places``, ``search``, ``ingest``.
"""

from sitrep.api.app import create_app
from sitrep.api.config import ApiSettings

__all__ = ["ApiSettings", "create_app"]
