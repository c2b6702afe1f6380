"""The offline gazetteer: where its file lives, building it on first use, and reading it.

``open_gazetteer()`` returns the process's gazetteer. Its file is ``SITREP_GAZETTEER`` when set,
else ``gazetteer.sqlite`` in the user cache directory; when missing, or written by an older
builder, the default gazetteer is built there first (a one-off of some seconds). Full GeoNames
dumps are added with ``sitrep gazetteer load`` (``load_files``).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from pathlib import Path

import platformdirs

from sitrep.resolve.gazetteer.build import BUILDER_VERSION, build_default
from sitrep.resolve.gazetteer.geonames import load_files
from sitrep.resolve.gazetteer.store import Entry, Gazetteer

__all__ = ["BUILDER_VERSION", "Entry", "Gazetteer", "build_default", "default_path", "load_files",
           "open_gazetteer", "reset"]

_lock = threading.Lock()
_opened: dict[Path, Gazetteer] = {}


def default_path() -> Path:
    configured = os.environ.get("SITREP_GAZETTEER")
    if configured:
        return Path(configured).expanduser()
    return _cache_file()


@functools.lru_cache(maxsize=1)
def _cache_file() -> Path:
    # platformdirs looks the directory up afresh on every call: too slow for once per toponym.
    return Path(platformdirs.user_cache_dir("sitrep")) / "gazetteer.sqlite"


def _version(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def ensure_built(path: Path | None = None) -> Path:
    """The gazetteer file at ``path``, built (or rebuilt after a builder change) when needed."""
    target = path or default_path()
    if not target.exists() or _version(target) != BUILDER_VERSION:
        build_default(target)
    return target


def open_gazetteer(path: Path | None = None) -> Gazetteer:
    target = path or default_path()
    with _lock:
        gazetteer = _opened.get(target)
        if gazetteer is None:
            gazetteer = _opened[target] = Gazetteer(ensure_built(target))
        return gazetteer


def reset() -> None:
    """Forget opened gazetteers (after a load, or when ``SITREP_GAZETTEER`` changes)."""
    with _lock:
        for gazetteer in _opened.values():
            gazetteer.close()
        _opened.clear()
