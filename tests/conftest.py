"""Fixtures shared by the whole suite: the real spaCy pipeline (loaded once), a fresh SQLite
store per test, and small article texts written for the tests."""

from __future__ import annotations

import pytest

from sitrep.pipeline import Pipeline
from sitrep.store import Store

CLASH_TEXT = (
    "Government troops retook the village of Kfar Zeit in Idlib province on Tuesday, killing at "
    "least 12 fighters, according to the Syrian Observatory for Human Rights.\n\n"
    "A commander of the Northern Front, a Russia-backed militia, accused the government on "
    "Telegram of shelling civilians.\n\n"
    "\"We are ready to crush them,\" said Abu Ali, a senior commander in Hayat Tahrir al-Sham."
)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture
def store(tmp_path):
    with Store.open(str(tmp_path / "test.db")) as opened:
        yield opened


@pytest.fixture
def clash_text() -> str:
    return CLASH_TEXT
