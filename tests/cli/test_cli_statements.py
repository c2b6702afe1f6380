"""``sitrep statements`` on a real store filled by ``sitrep ingest``."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from sitrep.cli.main import cli

ARTICLE = (  # the first line is a headline: the statements are in the body
    "Tensions rise across the region\n\n"
    "Turkey accused Greece of violating its airspace on Sunday.\n\n"
    '"We will respond at the time and place of our choosing," the Iranian foreign ministry said '
    "in a statement on Telegram.\n\n"
    "Egypt praised Qatar's mediation efforts."
)


def _run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("statements")
    path = folder / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    location = str(folder / "s.db")
    result = _run("ingest", str(path), "--db", location)
    assert result.exit_code == 0, result.output
    return location


def test_statements_json_lists_every_statement(db):
    result = _run("statements", "--db", db, "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {row["kind"] for row in rows} == {"ACCUSE", "THREATEN", "PRAISE"}
    threat = next(row for row in rows if row["kind"] == "THREATEN")
    assert threat["direct"] and threat["platform"] == "Telegram"
    assert threat["quote"] == "We will respond at the time and place of our choosing"


def test_statements_filters_by_kind_speaker_and_target(db):
    rows = json.loads(_run("statements", "--db", db, "--kind", "accuse", "--format", "json").stdout)
    assert [(r["speaker"], r["targets"]) for r in rows] == [("Turkey", "Greece")]
    rows = json.loads(_run("statements", "--db", db, "--speaker", "egypt", "--format", "json").stdout)
    assert [r["kind"] for r in rows] == ["PRAISE"]
    rows = json.loads(_run("statements", "--db", db, "--target", "Qatar", "--format", "json").stdout)
    assert [r["speaker"] for r in rows] == ["Egypt"]


def test_statements_date_filters_use_the_publication_date_when_none_is_given(db):
    everything = json.loads(_run("statements", "--db", db, "--format", "json").stdout)
    after = json.loads(
        _run("statements", "--db", db, "--since", "2999-01-01", "--format", "json").stdout)
    assert everything and after == []


def test_statements_csv_has_a_header_and_a_row_per_statement(db):
    result = _run("statements", "--db", db, "--format", "csv", "--limit", "2")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2 and {"speaker", "kind", "quote", "targets"} <= set(rows[0])


def test_statements_rejects_an_unknown_kind(db):
    assert _run("statements", "--db", db, "--kind", "GOSSIP").exit_code == 2
