"""Extraction on a local Dask cluster stores exactly what a single process stores, survives a
killed worker, resumes an interrupted run, and writes to SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli.demo import sample_path
from sitrep.cli.main import cli
from sitrep.cluster import ingest_on_cluster, parse_cluster
from sitrep.store import Store
from tests.cluster.conftest import CORPUS_SIZE, stored_facts


def test_cluster_run_stores_the_same_events_as_a_single_process(client, corpus, reference, tmp_path):
    with Store.open(str(tmp_path / "cluster.db")) as store:
        report = ingest_on_cluster([str(corpus)], store, client, partition_size=3)
        assert (report.read, report.stored, report.failed) == (CORPUS_SIZE, CORPUS_SIZE, 0)
        assert stored_facts(store) == reference


def test_ingest_command_with_cluster_gives_the_same_store_as_without(corpus, reference, tmp_path):
    clustered = str(tmp_path / "cluster.db")
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", clustered, "--cluster", "local:2", "--batch-size", "3"])
    assert result.exit_code == 0, result.output
    assert f"{CORPUS_SIZE} articles stored, 0 already in the store, 0 failed" in result.output
    with Store.open(clustered) as store:
        assert stored_facts(store) == reference


def test_killing_a_worker_mid_run_loses_no_article(client, corpus, reference, tmp_path):
    killed: list[int] = []

    def kill_a_worker_after_the_first_save(report) -> None:
        if not killed:
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    with Store.open(str(tmp_path / "killed.db")) as store:
        report = ingest_on_cluster(
            [str(corpus)], store, client, partition_size=1, on_progress=kill_a_worker_after_the_first_save
        )
        assert killed
        assert (report.stored, report.failed) == (CORPUS_SIZE, 0)
        assert stored_facts(store) == reference
    client.wait_for_workers(2, timeout=60)  # the nanny restarts the killed worker


def test_an_interrupted_run_resumes_to_the_same_result(client, corpus, reference, tmp_path):
    lines = corpus.read_text(encoding="utf-8").splitlines()
    first_half = tmp_path / "first_half.jsonl"
    first_half.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    with Store.open(str(tmp_path / "resumed.db")) as store:
        ingest_on_cluster([str(first_half)], store, client)  # the run that was cut short
        report = ingest_on_cluster([str(corpus)], store, client)
        assert (report.stored, report.skipped, report.failed) == (CORPUS_SIZE - 3, 3, 0)
        assert stored_facts(store) == reference


def test_cluster_workers_fill_a_postgresql_store(client, corpus, reference, postgres_server):
    url = postgres_server.create_database()
    try:
        with Store.open(url) as store:
            ingest_on_cluster([str(corpus)], store, client, partition_size=3)
            assert stored_facts(store) == reference
    finally:
        postgres_server.drop_database(url)


def test_the_same_text_twice_in_a_run_is_extracted_once(client, corpus, tmp_path):
    row = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])
    corpus = tmp_path / "twice.jsonl"
    corpus.write_text(json.dumps(row) + "\n" + json.dumps({**row, "title": "copy"}) + "\n", encoding="utf-8")
    with Store.open(str(tmp_path / "twice.db")) as store:
        report = ingest_on_cluster([str(corpus)], store, client, partition_size=1)
        assert (report.stored, report.skipped) == (1, 1)


@pytest.mark.parametrize("spec", ["local:0", "local:two", "cluster", "tcp://"])
def test_a_malformed_cluster_is_refused_with_the_accepted_forms(spec):
    with pytest.raises(ValueError, match="local:N"):
        parse_cluster(spec)
    result = CliRunner().invoke(cli, ["ingest", sample_path(), "--db", ":memory:", "--cluster", spec])
    assert result.exit_code == 2
    assert "local:N" in result.output
