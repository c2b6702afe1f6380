"""Crash safety: ``kill -9`` of a ``sitrep ingest`` in the middle of a corpus, then the same command
again — nothing lost, nothing twice (SQLite and PostgreSQL). On SQLite the API serves reads beside
the ingest the whole time (``Store.reading()`` takes no write lock)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

import sitrep
from sitrep.api import ApiSettings, create_app
from sitrep.store import Store
from tests.store.postgres import PostgresServer

SAMPLE = Path(sitrep.__file__).parent / "sample" / "corpus.jsonl"
COPIES = 1  # the 26 sample articles, each made distinct from the demo's
TABLES = ("articles", "events", "statements", "relations", "mentions", "event_actors", "actors")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    records = [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]
    with path.open("w") as handle:
        for copy in range(COPIES):
            for record in records:
                handle.write(json.dumps({**record, "text": f"{record['text']}\n\nDispatch {copy}."}) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(corpus, pipeline, tmp_path_factory) -> dict[str, object]:
    """The rows an uninterrupted run stores."""
    from sitrep.batch import ingest

    with Store.open(str(tmp_path_factory.mktemp("reference") / "reference.db")) as store:
        report = ingest([str(corpus)], store, pipeline, batch_size=4)
        assert report.errors == []
        return _snapshot(store)


def _snapshot(store: Store) -> dict[str, object]:
    """Row counts of every table and the ids of every fact (duplicates would show in the counts)."""
    with store.reading() as connection:
        snapshot: dict[str, object] = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in TABLES
        }
        for table in ("articles", "events", "statements", "relations"):
            snapshot[f"{table} ids"] = sorted(connection.execute(text(f"SELECT id FROM {table}")).scalars())
    return snapshot


def _ingest_command(corpus: Path, location: str) -> list[str]:
    return [str(Path(sys.executable).parent / "sitrep"), "ingest", str(corpus), "--db", location, "--batch-size", "4"]


def _environment(tmp_path: Path) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("SITREP_")}
    return {**environment, "SITREP_SETTINGS": str(tmp_path / "no-settings.toml")}


def _kill_midway(corpus: Path, location: str, tmp_path: Path, *, at_least: int = 8) -> int:
    """Start an ingest, kill -9 it once ``at_least`` articles are stored; the count at the kill."""
    process = subprocess.Popen(_ingest_command(corpus, location), env=_environment(tmp_path),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        with Store.open(location) as store:
            while time.monotonic() < deadline and process.poll() is None:
                if store.counts()["articles"] >= at_least:
                    break
                time.sleep(0.05)
            assert process.poll() is None, "the ingest ended before it could be killed"
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            stored = store.counts()["articles"]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert at_least <= stored < 26 * COPIES  # killed in the middle
    return stored


def _rerun(corpus: Path, location: str, tmp_path: Path) -> None:
    finished = subprocess.run(_ingest_command(corpus, location), env=_environment(tmp_path),
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr[-2000:]


def test_kill_9_during_ingest_then_rerun_sqlite_while_the_api_reads(corpus, reference, tmp_path):
    location = str(tmp_path / "crash.db")
    Store.open(location).close()  # migrated before the API and the ingest start
    statuses: list[int] = []
    latencies: list[float] = []
    counts: list[int] = []
    stop = threading.Event()

    def read_api() -> None:
        with Store.open(location) as store:
            with TestClient(create_app(store, ApiSettings()), base_url="http://127.0.0.1",
                            raise_server_exceptions=False) as client:
                while not stop.is_set():
                    for path in ("/api/stats", "/api/events?limit=50", "/api/articles?limit=50", "/api/search?q=killed"):
                        started = time.monotonic()
                        response = client.get(path)
                        latencies.append(time.monotonic() - started)
                        statuses.append(response.status_code)
                        if path == "/api/stats" and response.status_code == 200:
                            counts.append(response.json()["articles"])
                    time.sleep(0.05)  # a steady reader, not one that starves the ingest of the CPU

    reader = threading.Thread(target=read_api)
    reader.start()
    try:
        killed_at = _kill_midway(corpus, location, tmp_path)
        _rerun(corpus, location, tmp_path)
    finally:
        stop.set()
        reader.join()
    with Store.open(location) as store:
        assert _snapshot(store) == reference
    assert killed_at >= 8
    assert len(statuses) > 20 and set(statuses) == {200}
    assert counts == sorted(counts)  # reads saw committed batches only, never a rollback
    assert max(latencies) < 5  # reads never waited out a write transaction's lock


def test_kill_9_during_ingest_then_rerun_postgresql(corpus, reference, tmp_path):
    server = PostgresServer.shared()
    location = server.create_database()
    try:
        Store.open(location).close()
        _kill_midway(corpus, location, tmp_path)
        _rerun(corpus, location, tmp_path)
        with Store.open(location) as store:
            assert _snapshot(store) == reference
    finally:
        server.drop_database(location)
