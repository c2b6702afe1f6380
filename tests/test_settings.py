from sitrep.settings import DEFAULT_MODEL, Settings


def test_explicit_beats_environment_beats_file(tmp_path, monkeypatch):
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text('model = "from_file"\ndb = "/data/file.db"\n', encoding="utf-8")
    monkeypatch.setenv("SITREP_SETTINGS", str(settings_file))
    monkeypatch.delenv("SITREP_MODEL", raising=False)
    monkeypatch.delenv("SITREP_DB", raising=False)
    assert Settings.resolve() == Settings(model="from_file", db="/data/file.db")
    monkeypatch.setenv("SITREP_MODEL", "from_env")
    assert Settings.resolve().model == "from_env"
    assert Settings.resolve(model="explicit").model == "explicit"


def test_defaults_without_any_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_SETTINGS", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("SITREP_MODEL", raising=False)
    monkeypatch.delenv("SITREP_DB", raising=False)
    resolved = Settings.resolve()
    assert resolved.model == DEFAULT_MODEL
    assert resolved.db.endswith("sitrep.db")
