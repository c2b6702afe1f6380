"""Streaming GeoNames dumps into a gazetteer file: ``allCountries.zip``, per-country ``XX.zip``
or their ``.txt``, ``admin1CodesASCII.txt`` and ``admin2Codes.txt``.

Rows are read one line at a time from the (zipped) file and written in batches, so memory stays
bounded whatever the dump's size (allCountries is ~1.5 GB of text). Only the features news names as
places are kept: populated places, administrative areas, regions, and a few sites that conflict
reporting locates events at (airports, bases, camps, dams, ports).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.resolve.gazetteer.build import country_codes
from sitrep.resolve.gazetteer.names import usable_alternate
from sitrep.resolve.gazetteer.store import Writer

BATCH = 5_000
KEPT_CLASSES = {"P", "A", "L"}
KEPT_SITES = {"AIRP", "AIRB", "AIRF", "MILB", "INSM", "CMPRF", "DAM", "PRT", "BDG", "PS", "PSTB"}
# Historical and abandoned features would outrank the living town of the same name.
SKIPPED_CODES = {"PPLH", "PPLQ", "PPLW", "ADM1H", "ADM2H", "ADMDH", "PCLH", "ZN", "ZNB"}


class LoadError(ValueError):
    """A file that is not one of the GeoNames formats sitrep reads."""


@dataclass(slots=True)
class LoadReport:
    path: str
    kind: str  # places | admin1 | admin2
    rows: int = 0
    kept: int = 0


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [name for name in archive.namelist()
                       if name.endswith(".txt") and not name.lower().startswith("readme")]
            if not members:
                raise LoadError(f"{path}: no GeoNames .txt file inside the zip archive")
            for member in members:
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as handle:
            yield from handle


def kind_of(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    return "places"


def load_file(writer: Writer, path: Path, iso3: dict[str, str] | None = None) -> LoadReport:
    """Load one GeoNames file into ``writer``'s gazetteer; commits every batch."""
    iso3 = iso3 or country_codes()
    report = LoadReport(str(path), kind_of(path))
    if report.kind == "places":
        _load_places(writer, path, iso3, report)
    else:
        _load_admin(writer, path, iso3, report)
    writer.connection.commit()
    return report


def _load_admin(writer: Writer, path: Path, iso3: dict[str, str], report: LoadReport) -> None:
    depth = 1 if report.kind == "admin1" else 2
    for line in _lines(path):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 2 or not fields[0]:
            continue
        report.rows += 1
        code = fields[0].split(".")
        if len(code) != depth + 1 or code[0] not in iso3:
            if report.rows == 1:
                raise LoadError(f"{path}: expected 'CC.{'.'.join(['CODE'] * depth)}<TAB>name' lines")
            continue
        writer.set_admin_name(iso3[code[0]], tuple(code[1:]), fields[1])
        report.kept += 1


def _load_places(writer: Writer, path: Path, iso3: dict[str, str], report: LoadReport) -> None:
    batch: list[tuple[tuple, list[str]]] = []
    for line in _lines(path):
        fields = line.rstrip("\n").split("\t")
        report.rows += 1
        if len(fields) < 15:
            if report.rows == 1:
                raise LoadError(f"{path}: not a GeoNames dump (expected 19 tab-separated columns)")
            continue
        fclass, fcode, country = fields[6], fields[7], iso3.get(fields[8])
        if country is None or fcode in SKIPPED_CODES:
            continue
        if fclass not in KEPT_CLASSES and fcode not in KEPT_SITES:
            continue
        try:
            row = (int(fields[0]), fields[1], country, fields[10] or None, fields[11] or None, fclass,
                   fcode, float(fields[4]), float(fields[5]), int(fields[14] or 0))
        except ValueError:
            continue
        names = [fields[1], fields[2], *(alt for alt in fields[3].split(",") if usable_alternate(alt))]
        batch.append((row, names))
        report.kept += 1
        if len(batch) >= BATCH:
            writer.add_places(batch)
            writer.connection.commit()
            batch = []
    writer.add_places(batch)


def load_files(paths: list[str | Path], gazetteer_path: str | Path) -> list[LoadReport]:
    """Load GeoNames files into the gazetteer at ``gazetteer_path`` (admin code files first, so
    the order on the command line does not matter)."""
    import sqlite3

    ordered = sorted((Path(p) for p in paths), key=lambda p: kind_of(p) == "places")
    iso3 = country_codes()
    connection = sqlite3.connect(gazetteer_path)
    try:
        writer = Writer(connection)
        reports = [load_file(writer, path, iso3) for path in ordered]
        loaded = writer.connection.execute("SELECT value FROM meta WHERE key = 'loaded'").fetchone()
        names = sorted({*(loaded[0].split("\n") if loaded and loaded[0] else ()), *(Path(r.path).name for r in reports)})
        writer.set_meta("loaded", "\n".join(names))
        writer.finish()
    finally:
        connection.close()
    return reports
