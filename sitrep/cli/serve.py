"""``sitrep serve``: the REST API and the web UI over a store, with uvicorn."""

from __future__ import annotations

import click

from sitrep.cli.options import db_option, open_store

WILDCARD_HOSTS = ("0.0.0.0", "::", "")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind. Anything but loopback exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve(db, host, port) -> None:
    """Serve the web UI (map, timeline, actor graph, article reader) and the REST API.

    Writing endpoints are enabled only when SITREP_API_TOKEN (or api_token in the settings file)
    is set. API documentation: http://HOST:PORT/docs
    """
    import uvicorn

    from sitrep.api import ApiSettings, create_app
    from sitrep.api.config import LOOPBACK_HOSTS

    store = open_store(db)
    hosts = ("*",) if host in WILDCARD_HOSTS else tuple(dict.fromkeys((*LOOPBACK_HOSTS, host)))
    settings = ApiSettings.resolve(allowed_hosts=hosts)
    click.echo(f"sitrep: serving {store.location} on http://{host}:{port}/ (writing {'enabled' if settings.token else 'disabled'})", err=True)
    uvicorn.run(create_app(store, settings), host=host, port=port, log_level="info")
