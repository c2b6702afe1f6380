"""The gazetteer file: GeoNames dumps loaded by streaming, written here in GeoNames' own format."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest
from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.resolve import gazetteer as gaz
from sitrep.resolve.gazetteer.geonames import LoadError
from sitrep.resolve.gazetteer.names import fold, skeleton
from sitrep.resolve.gazetteer.store import Writer
from sitrep.resolve.places import resolve_place


def _row(geonameid, name, alternates, lat, lon, fclass, fcode, cc, admin1, admin2, population):
    fields = [str(geonameid), name, fold(name), ",".join(alternates), str(lat), str(lon), fclass, fcode,
              cc, "", admin1, admin2, "", "", str(population), "", "300", "Asia/Damascus", "2024-01-01"]
    return "\t".join(fields) + "\n"


SY_ROWS = (
    _row(9000001, "Kafr Zayta", ["Kfar Zeit", "Kafr Zita"], 35.37, 36.60, "P", "PPL", "SY", "12", "1203", 900)
    + _row(9000002, "Ma‘arrat an Nu‘mān", ["Maarat al-Numan", "Maarat an-Numan"], 35.64, 36.67, "P", "PPL", "SY", "12", "1202", 58000)
    + _row(9000003, "Muḩāfaẓat Idlib", ["Idlib Governorate", "Idlib"], 35.75, 36.58, "A", "ADM1", "SY", "12", "", 1500000)
    + _row(9000004, "Old Kafr", [], 35.0, 36.0, "P", "PPLQ", "SY", "12", "", 0)  # abandoned: skipped
    + _row(9000005, "Some Hotel", [], 35.0, 36.0, "S", "HTL", "SY", "12", "", 0)  # not a place: skipped
    + _row(9000006, "Kafr Zayta", [], 31.9, 35.2, "P", "PPL", "PS", "", "", 5000)  # a namesake elsewhere
)


@pytest.fixture
def tiny_gazetteer(tmp_path, monkeypatch):
    """A current-version gazetteer with no places, so nothing triggers the full default build."""
    path = tmp_path / "gazetteer.sqlite"
    connection = sqlite3.connect(path)
    writer = Writer(connection)
    writer.set_meta("version", gaz.BUILDER_VERSION)
    writer.finish()
    connection.close()
    monkeypatch.setenv("SITREP_GAZETTEER", str(path))
    gaz.reset()
    yield path
    gaz.reset()


def _dump_files(folder):
    (folder / "admin1CodesASCII.txt").write_text("SY.12\tIdlib\tIdlib\t169388\nPS.00\tGaza\tGaza\t1\n", encoding="utf-8")
    (folder / "admin2Codes.txt").write_text("SY.12.1203\tHarem District\tHarem District\t1\n", encoding="utf-8")
    with zipfile.ZipFile(folder / "SY.zip", "w") as archive:
        archive.writestr("readme.txt", "not data")
        archive.writestr("SY.txt", SY_ROWS)
    return [folder / "SY.zip", folder / "admin1CodesASCII.txt", folder / "admin2Codes.txt"]


def test_resolve_gazetteer_load_command_adds_villages_with_admin_names(tiny_gazetteer, tmp_path):
    files = _dump_files(tmp_path)
    result = CliRunner().invoke(cli, ["gazetteer", "load", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert "4 of 6 places rows loaded" in result.output
    gaz.reset()
    place = resolve_place("the village of Kfar Zeit", "SYR")
    assert (place.name, place.country, place.admin1, place.admin2) == ("Kfar Zeit", "SYR", "Idlib", "Harem District")
    assert place.precision == "exact" and place.geonameid == 9000001
    # The article's country focus decides between namesakes.
    assert resolve_place("Kafr Zayta", "PSE").geonameid == 9000006
    assert resolve_place("Idlib province", "SYR").precision == "admin1"
    assert gaz.open_gazetteer().meta("loaded") == "SY.zip\nadmin1CodesASCII.txt\nadmin2Codes.txt"


def test_resolve_gazetteer_finds_transliteration_variants(tiny_gazetteer, tmp_path):
    gaz.load_files(_dump_files(tmp_path), tiny_gazetteer)
    gaz.reset()
    # Not among the names in the dump: met through the consonant skeleton, kept by rapidfuzz.
    entries = gaz.open_gazetteer().lookup("Maarrat al-Nouman")
    assert [entry.id for entry in entries] == [9000002]
    assert entries[0].score < 100
    assert gaz.open_gazetteer().lookup("Marseille") == []


def test_resolve_gazetteer_rejects_a_file_that_is_not_geonames(tiny_gazetteer, tmp_path):
    bad = tmp_path / "cities.txt"
    bad.write_text("name,lat,lon\nAleppo,36.2,37.1\n", encoding="utf-8")
    with pytest.raises(LoadError):
        gaz.load_files([bad], tiny_gazetteer)
    result = CliRunner().invoke(cli, ["gazetteer", "load", str(bad)])
    assert result.exit_code == 1 and "not a GeoNames dump" in result.output


def test_resolve_gazetteer_rebuilds_a_file_from_an_older_builder(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    writer = Writer(connection)
    writer.set_meta("version", "0")
    writer.finish()
    connection.close()
    built = []
    monkeypatch.setattr(gaz, "build_default", lambda target: built.append(target))
    assert gaz.ensure_built(path) == path and built == [path]


def test_resolve_gazetteer_name_keys():
    assert fold("Ma‘arrat an-Nu‘mān") == "maarrat an numan"
    assert skeleton(fold("Deir ez-Zor")) == skeleton(fold("Dayr az Zawr")) == skeleton(fold("Deir al-Zour"))
    assert skeleton(fold("Idlib")) == skeleton(fold("Edlib"))
