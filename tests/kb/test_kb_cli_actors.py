"""`sitrep actors load FILE` and `sitrep actor NAME` run as commands against a real store."""

from __future__ import annotations

import json

from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.kb import actors as kb


def test_actors_load_then_profile_shows_the_entry_and_its_relations(tmp_path, monkeypatch):
    monkeypatch.setenv(kb.OVERLAY_ENV, str(tmp_path / "overlay.json"))
    kb.reload()
    try:
        source = tmp_path / "mine.csv"
        source.write_text(
            "name,kind,country,aliases,affiliations\n"
            "Northern Lions Brigade,armed_group,SYR,NLB|Liwa Usud al-Shamal,backed_by:Turkey\n",
            encoding="utf-8",
        )
        runner = CliRunner()
        result = runner.invoke(cli, ["actors", "load", str(source)])
        assert result.exit_code == 0, result.output
        assert "1 actors loaded" in result.output
        db = str(tmp_path / "s.db")
        result = runner.invoke(cli, ["actor", "NLB", "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        profile = json.loads(result.output)
        assert profile["name"] == "Northern Lions Brigade"
        assert {"predicate": "backed_by", "other": "Turkey", "source": "knowledge base"} in profile["relations"]
    finally:
        monkeypatch.delenv(kb.OVERLAY_ENV)
        kb.reload()


def test_actor_profile_reads_relations_and_events_from_the_store(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    text = tmp_path / "a.txt"
    text.write_text(
        "Hezbollah, backed by Iran, clashed with Hayat Tahrir al-Sham near Qusayr on Monday.",
        encoding="utf-8",
    )
    assert runner.invoke(cli, ["ingest", str(text), "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["actor", "Hizballah", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.output)
    assert profile["name"] == "Hezbollah" and profile["mentions"] >= 1
    text_relations = {(r["predicate"], r["other"]) for r in profile["relations"] if r["source"] == "text"}
    assert ("backed_by", "Iran") in text_relations
    assert runner.invoke(cli, ["actor", "Nobody Anywhere", "--db", db]).exit_code == 1
