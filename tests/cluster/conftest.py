"""One local Dask cluster (two single-threaded worker processes) for the cluster tests, a corpus of
five sample articles, and that corpus ingested in a single process: the reference every cluster
run must reproduce."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.batch import ingest
from sitrep.cli.demo import sample_path
from sitrep.store import Store
from tests.store.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    return PostgresServer.shared()


@pytest.fixture(scope="module")
def client():
    from sitrep.cluster import connect

    with connect("local:2") as opened:
        yield opened


def stored_facts(store: Store) -> dict:
    """What a run leaves in the store, independent of the order it was saved in."""
    return {
        "counts": store.counts(),
        "events": sorted((event.to_record() for event, _ in store.events()), key=lambda r: r["id"]),
        "statements": sorted(
            (s.to_record() for d in store.documents() for s in d.statements), key=lambda r: r["id"]
        ),
    }


CORPUS_SIZE = 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Five articles of the sample corpus, as JSONL."""
    lines = Path(sample_path()).read_text(encoding="utf-8").splitlines()[:CORPUS_SIZE]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(pipeline, corpus, tmp_path_factory) -> dict:
    """The corpus ingested without a cluster."""
    with Store.open(str(tmp_path_factory.mktemp("reference") / "single.db")) as store:
        report = ingest([str(corpus)], store, pipeline)
        assert report.stored == CORPUS_SIZE and not report.errors
        return stored_facts(store)
