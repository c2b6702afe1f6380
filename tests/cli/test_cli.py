"""The CLI, run for real (click's runner, the real model, a real SQLite file)."""

import csv
import io
import json
import shutil

from click.testing import CliRunner

from sitrep.cli.demo import sample_path
from sitrep.cli.main import cli
from sitrep.store import Store
from tests.model.test_model_records import RECORD_KEYS


def _run(*args, input=None):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def test_extract_prints_the_document_record_with_every_key(tmp_path, clash_text):
    path = tmp_path / "story.txt"
    path.write_text(clash_text, encoding="utf-8")
    result = _run("extract", str(path), "--published", "2026-11-19", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record["article"]) == RECORD_KEYS["article"]
    assert record["article"]["published"] == "2026-11-19"
    for part in ("actors", "events", "statements", "relations"):
        for item in record[part]:
            assert set(item) == RECORD_KEYS[part]
    assert record["events"] and record["actors"]


def test_extract_reads_standard_input(clash_text):
    result = _run("extract", "-", "--json", input=clash_text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"]


def test_same_article_three_times_is_stored_once(tmp_path, clash_text):
    original = tmp_path / "a.txt"
    original.write_text(clash_text, encoding="utf-8")
    copy = tmp_path / "copy-of-a.txt"
    shutil.copy(original, copy)
    db = str(tmp_path / "s.db")
    assert _run("ingest", str(original), "--db", db).exit_code == 0
    result = _run("ingest", str(original), str(copy), "--db", db)
    assert result.exit_code == 0
    assert "0 articles stored, 2 already in the store" in result.stdout
    with Store.open(db) as store:
        counts = store.counts()
        (document,) = store.documents()
    assert counts["articles"] == 1
    assert counts["events"] == len(document.events) > 0


def test_bad_inputs_are_named_and_the_good_one_is_stored(tmp_path, clash_text):
    good = tmp_path / "good.txt"
    good.write_text(clash_text, encoding="utf-8")
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = str(tmp_path / "s.db")
    _run("ingest", str(good), "--db", db)  # stored before the bad batch
    result = _run("ingest", str(binary), str(empty), str(tmp_path / "missing.txt"), str(good), "--db", db)
    assert result.exit_code == 1
    for name in ("image.bin", "empty.txt", "missing.txt"):
        assert name in result.stderr
    with Store.open(db) as store:
        assert store.counts()["articles"] == 1


def test_export_writes_csv_jsonl_geojson(tmp_path):
    db = str(tmp_path / "s.db")
    assert _run("ingest", sample_path(), "--db", db).exit_code == 0
    out = {}
    for fmt in ("csv", "jsonl", "geojson", "graphml"):
        target = tmp_path / f"out.{fmt}"
        result = _run("export", "--db", db, "--format", fmt, "--output", str(target))
        assert result.exit_code == 0, result.output
        out[fmt] = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(out["csv"])))
    assert len(rows) > 20 and rows[0]["event_type"]
    lines = [json.loads(line) for line in out["jsonl"].splitlines()]
    assert len(lines) == 26 and all("events" in line for line in lines)
    geo = json.loads(out["geojson"])
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in geo["features"])
    assert "<graphml" in out["graphml"]


def test_events_and_actors_filters_and_formats(tmp_path):
    db = str(tmp_path / "s.db")
    _run("ingest", sample_path(), "--db", db)
    result = _run("events", "--db", db, "--country", "SYR", "--format", "json")
    rows = json.loads(result.stdout)
    assert rows and all(row["country"] == "SYR" for row in rows)
    result = _run("events", "--db", db, "--type", "ASSAULT", "--since", "2026-10-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["type"] == "ASSAULT" and r["date"] >= "2026-10-01" for r in rows)
    result = _run("actors", "--db", db, "--kind", "armed_group", "--format", "json")
    assert all(row["kind"] == "armed_group" for row in json.loads(result.stdout))
    assert _run("events", "--db", db, "--since", "not-a-date").exit_code == 2


def test_demo_ingests_the_sample_and_prints_a_summary(tmp_path):
    result = _run("demo", "--db", str(tmp_path / "demo.db"))
    assert result.exit_code == 0, result.output
    assert "26 articles stored" in result.stdout
    for heading in ("Events by type", "Most mentioned actors", "Statements by kind"):
        assert heading in result.stdout
    again = _run("demo", "--db", str(tmp_path / "demo.db"))
    assert "0 articles stored, 26 already in the store" in again.stdout


def test_unknown_model_is_one_clear_error(tmp_path, clash_text):
    path = tmp_path / "a.txt"
    path.write_text(clash_text)
    result = _run("extract", str(path), "--model", "no_such_pipeline")
    assert result.exit_code == 1
    assert "no_such_pipeline" in result.output and "not installed" in result.output
