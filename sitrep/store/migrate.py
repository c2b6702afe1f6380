"""Bring a database to the newest schema with Alembic, on an open connection.

On PostgreSQL the upgrade holds an advisory lock for its transaction, so that several processes
opening one new shared store at once (cluster workers, two ``sitrep ingest`` runs) migrate it once
and the others wait, then find it current.
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection

MIGRATION_LOCK = 0x5173_7265  # any constant shared by every sitrep process: "Sitre"


# Search structures that live outside ``schema.metadata`` (SQLite FTS5 tables and their shadow
# tables, PostgreSQL's full-text index): created by migrations, left alone by autogenerate.
SEARCH_OBJECT_MARK = "_fts"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's ``include_object`` hook: compare everything but the full-text search objects."""
    return not (name and SEARCH_OBJECT_MARK in name)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("sitrep.store") / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    command.upgrade(alembic_config(connection), "head")
