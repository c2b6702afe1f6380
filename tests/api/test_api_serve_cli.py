"""``sitrep serve``: binds to loopback by default and serves the app over the chosen store."""

import uvicorn
from click.testing import CliRunner

from sitrep.cli.main import cli


def test_serve_defaults_to_loopback_and_accepts_only_local_host_names(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    monkeypatch.delenv("SITREP_API_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    app, options = calls[0]
    assert options["host"] == "127.0.0.1" and options["port"] == 8000
    assert "localhost" in app.state.settings.allowed_hosts and app.state.settings.token is None
    assert "writing disabled" in result.output


def test_serve_help_names_its_options():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.output and "--port" in result.output and "--db" in result.output
