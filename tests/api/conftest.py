"""Fixtures of the API tests: the demo store (built once) and a TestClient over it."""

import pytest
from fastapi.testclient import TestClient

from sitrep.api import ApiSettings, create_app
from sitrep.store import Store
from tests.api.api_helpers import build_demo_store

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def demo_db(pipeline, tmp_path_factory) -> str:
    return build_demo_store(pipeline, tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def client(demo_db):
    with Store.open(demo_db) as store:
        with TestClient(create_app(store, ApiSettings()), base_url="http://127.0.0.1") as test_client:
            yield test_client
