"""Every store test runs twice: on a SQLite file and on a fresh database of a real PostgreSQL
server (started once per session, see ``tests/store/postgres.py``)."""

from __future__ import annotations

import pytest

from sitrep.store import Store
from tests.store.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    return PostgresServer.shared()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request, tmp_path):
    """Where a fresh store lives: a SQLite path or a PostgreSQL URL, dropped after the test."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    server = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def store(store_location):
    with Store.open(store_location) as opened:
        yield opened


@pytest.fixture
def postgres_store(postgres_server):
    url = postgres_server.create_database()
    with Store.open(url) as opened:
        yield opened
    postgres_server.drop_database(url)
