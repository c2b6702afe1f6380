"""The fusion tests that touch the store run on SQLite and PostgreSQL, like ``tests/store``."""

from tests.store.conftest import postgres_server, store, store_location  # noqa: F401 - fixtures
