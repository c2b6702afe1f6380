"""The gazetteer's SQLite file: its schema, the writer used by the builders, and read queries.

One table of places (populated places, admin areas and countries alike, so one lookup finds
"Idlib" the city and "Idlib" the province), one of name keys pointing at them, and the names of
admin1/admin2 codes. Read connections are opened per process: a connection must not cross a fork.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sitrep.resolve.gazetteer.names import FUZZY_MIN, fold, similarity, skeleton

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,        -- the GeoNames id; negative for areas we made up ourselves
    name TEXT NOT NULL,
    country TEXT,                  -- ISO 3166-1 alpha-3
    admin1 TEXT, admin2 TEXT,      -- GeoNames codes within the country
    fclass TEXT, fcode TEXT,
    lat REAL, lon REAL,
    population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, skel TEXT NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1 (country TEXT, code TEXT, name TEXT, PRIMARY KEY (country, code));
CREATE TABLE IF NOT EXISTS admin2 (
    country TEXT, admin1 TEXT, code TEXT, name TEXT, PRIMARY KEY (country, admin1, code)
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_skel ON names (skel);
CREATE INDEX IF NOT EXISTS places_area ON places (country, admin1);
"""


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    fclass: str | None
    fcode: str | None
    lat: float | None
    lon: float | None
    population: int
    admin1_name: str | None = None
    admin2_name: str | None = None
    score: float = 100.0  # how close the matched name was to the query (100: same key)

    @property
    def level(self) -> str:
        """The precision this entry gives a place: country, admin1, admin2 or exact."""
        if self.fcode in {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}:
            return "country"
        if self.fcode in {"CONT", "RGN", "OCN", "SEA"}:
            return "region"
        if self.fcode == "ADM1":
            return "admin1"
        if self.fcode in {"ADM2", "ADM3", "ADMD"}:
            return "admin2"
        return "exact"


class Writer:
    """Batched inserts into a gazetteer file; the caller commits."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        connection.executescript(SCHEMA)

    def add_place(self, row: tuple, names: Iterable[str]) -> None:
        self.add_places([(row, names)])

    def add_places(self, rows: Iterable[tuple[tuple, Iterable[str]]]) -> None:
        place_rows, name_rows = [], []
        for row, names in rows:
            place_rows.append(row)
            keys = {fold(name) for name in names}
            name_rows.extend((key, skeleton(key), row[0]) for key in keys if key)
        self.connection.executemany(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows
        )
        self.connection.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", name_rows)

    def set_admin_name(self, country: str, codes: tuple[str, ...], name: str) -> None:
        if len(codes) == 1:
            self.connection.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)", (country, codes[0], name))
        else:
            self.connection.execute("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?)", (country, *codes, name))

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))

    def finish(self) -> None:
        self.connection.executescript(INDEXES)
        self.connection.commit()


_SELECT = """
SELECT p.id, p.name, p.country, p.admin1, p.admin2, p.fclass, p.fcode, p.lat, p.lon, p.population,
       a1.name, a2.name{extra}
FROM {source}
LEFT JOIN admin1 a1 ON a1.country = p.country AND a1.code = p.admin1
LEFT JOIN admin2 a2 ON a2.country = p.country AND a2.admin1 = p.admin1 AND a2.code = p.admin2
"""


class Gazetteer:
    """Read access to one gazetteer file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._cache: dict[str, list[Entry]] = {}
        self._areas: dict[tuple[str, str | None], Entry | None] = {}

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def lookup(self, name: str) -> list[Entry]:
        """Places called ``name`` (any of their names, folded); failing that, places whose name
        is a close transliteration variant of it, each with its similarity in ``score``."""
        key = fold(name)
        if key in self._cache:
            return self._cache[key]
        if len(self._cache) > 50_000:
            self._cache.clear()
        sql = _SELECT.format(extra=", n.key", source="names n JOIN places p ON p.id = n.place")
        rows = self.connection.execute(sql + " WHERE n.key = ?", (key,)).fetchall()
        found = [Entry(*row[:12]) for row in rows]
        if not found and len(key) >= 4 and skeleton(key):
            best: dict[int, Entry] = {}
            for row in self.connection.execute(sql + " WHERE n.skel = ?", (skeleton(key),)):
                score = similarity(key, row[12])
                if score >= FUZZY_MIN and score > best.get(row[0], Entry(*row[:12], score=0)).score:
                    best[row[0]] = Entry(*row[:12], score=score)
            found = list(best.values())
        self._cache[key] = found
        return found

    def get(self, place_id: int) -> Entry | None:
        sql = _SELECT.format(extra="", source="places p")
        row = self.connection.execute(sql + " WHERE p.id = ?", (place_id,)).fetchone()
        return Entry(*row) if row else None

    def area(self, country: str, admin1: str | None = None) -> Entry | None:
        """The entry of a country, or of one of its admin1 areas (remembered: a few hundred exist
        and every event that falls back to its country asks)."""
        key = (country, admin1)
        if key not in self._areas:
            self._areas[key] = self._area(country, admin1)
        return self._areas[key]

    def _area(self, country: str, admin1: str | None) -> Entry | None:
        if admin1 is None:
            where, args = "p.country = ? AND p.fcode = 'PCLI'", (country,)
        else:
            where, args = "p.country = ? AND p.admin1 = ? AND p.fcode = 'ADM1'", (country, admin1)
        sql = _SELECT.format(extra="", source="places p")
        row = self.connection.execute(sql + f" WHERE {where} ORDER BY p.id > 0 DESC LIMIT 1", args).fetchone()
        return Entry(*row) if row else None

    def points(self, country: str, admin1: str | None = None) -> list[tuple[float, float]]:
        """Positions of the populated places of an area: its extent, for direction phrases."""
        sql = "SELECT lat, lon FROM places WHERE country = ? AND fclass = 'P' AND lat IS NOT NULL"
        args: tuple = (country,)
        if admin1 is not None:
            sql += " AND admin1 = ?"
            args = (country, admin1)
        return [(lat, lon) for lat, lon in self.connection.execute(sql, args)]
