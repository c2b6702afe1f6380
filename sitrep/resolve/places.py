"""Toponyms -> places, in context, against the offline gazetteer (``resolve.gazetteer``).

Candidates come from every name and alternate name of a place, transliteration-tolerant
(``gazetteer.names``). They are ranked by what the article tells: its country focus, the countries
and admin areas named near the toponym ("Kfar Zeit in Idlib province"), what the text calls it
("the village of X", "X province"), then population. The place records its precision: exact,
admin2, admin1 or country (region phrases are ``resolve.regions``). A name met only as a close
transliteration variant is believed only in the article's focus country or one named beside it:
a village missing from the gazetteer must not become its namesake on another continent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.kb.countries import country_code, country_name
from sitrep.model import Place
from sitrep.resolve.gazetteer import Entry, open_gazetteer

STAGE = "sitrep.places.v2"
PRECISION_RANK = {"exact": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}

# What the text calls a place says which kind of place it is.
ADMIN_WORDS = {"province", "governorate", "state", "region", "oblast", "prefecture", "department",
               "county", "district", "territory", "municipality", "commune", "subdistrict", "sub-district"}
TOWN_WORDS = {"village", "town", "city", "hamlet", "township", "neighbourhood", "neighborhood",
              "suburb", "camp", "settlement"}
_KIND_WORDS = "|".join(sorted(ADMIN_WORDS | TOWN_WORDS))
_SUFFIX = re.compile(r"\s+(" + _KIND_WORDS + r")$", re.I)
_PREFIX = re.compile(r"^(" + _KIND_WORDS + r")\s+of\s+", re.I)


@dataclass(frozen=True, slots=True)
class Nearby:
    """What the surrounding text says about where a toponym is."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Nearby:
        entries = [entry for entry in entries if entry.country]
        return cls(
            countries=frozenset(entry.country for entry in entries),
            admin1=frozenset((entry.country, entry.admin1) for entry in entries
                             if entry.admin1 and entry.level in {"admin1", "admin2"}),
        )


def split_kind(name: str) -> tuple[str, str | None]:
    """"Idlib province" -> ("Idlib", "admin"); "the village of Kfar Zeit" -> ("Kfar Zeit", "town")."""
    cleaned = " ".join(name.split()).strip(" ,.;:")
    if cleaned.casefold().startswith("the "):
        cleaned = cleaned[4:]
    match = _PREFIX.match(cleaned)
    if match and match.end() < len(cleaned):
        word = match.group(1).casefold()
        return cleaned[match.end():], "admin" if word in ADMIN_WORDS else "town"
    match = _SUFFIX.search(cleaned)
    if match and match.start() > 0:
        word = match.group(1).casefold()
        return cleaned[: match.start()], "admin" if word in ADMIN_WORDS else "town"
    return cleaned, None


def _score(entry: Entry, focus: str | None, nearby: Nearby, kind: str | None) -> float:
    score = math.log10(entry.population + 1) * 0.5 + (entry.score - 100) / 8
    if entry.country == focus:
        score += 4
    if entry.country in nearby.countries:
        score += 3
    if (entry.country, entry.admin1) in nearby.admin1 and entry.level == "exact":
        score += 6
    level = entry.level
    if kind == "admin":
        score += 5 if level in {"admin1", "admin2"} else -2
    elif kind == "town":
        score += 5 if level == "exact" else -5
    elif level == "exact":
        score += 0.5  # a bare name is the town more often than the province named after it
    if entry.fcode in {"PPLC", "PPLA"}:
        score += 0.5
    return score


NEAR_IDENTICAL = 95.0  # a name-match score above which a variant is the same name (al-/ash-, one vowel)


def _plausible(entry: Entry, focus: str | None, nearby: Nearby) -> bool:
    """A spelling variant (matched by skeleton, not by name) is only believed in a country the
    article is about: "Zamalka" is a Damascus suburb the gazetteer lacks, not "Samalka" in Delhi."""
    if entry.score >= NEAR_IDENTICAL:
        return True  # "Jisr al-Shughur" / "Jisr ash Shughur": the same name, another transliteration
    return entry.country is not None and (entry.country == focus or entry.country in nearby.countries)


def best_entry(name: str, focus: str | None = None, *, nearby: Nearby = Nearby(),
               kind: str | None = None) -> Entry | None:
    """The most likely gazetteer entry called ``name``, or None."""
    cleaned, suffix_kind = split_kind(name)
    kind = kind or suffix_kind
    gazetteer = open_gazetteer()
    code = country_code(cleaned)
    if code is not None and kind is None:
        return gazetteer.area(code) or Entry(0, country_name(code), code, None, None, "A", "PCLI",
                                             None, None, 0)
    candidates = [entry for entry in gazetteer.lookup(cleaned)
                  if entry.level != "country" and _plausible(entry, focus, nearby)]
    if not candidates:
        return None
    return max(candidates, key=lambda entry: _score(entry, focus, nearby, kind))


def to_place(entry: Entry, *, name: str | None = None, precision: str | None = None,
             point: tuple[float, float] | None = None) -> Place:
    level = entry.level
    lat, lon = point if point is not None else (entry.lat, entry.lon)
    return Place(
        name=name or (country_name(entry.country) if level == "country" and entry.country else entry.name),
        country=entry.country,
        admin1=entry.admin1_name or (entry.name if level == "admin1" else None),
        admin2=entry.admin2_name or (entry.name if level == "admin2" and entry.fcode == "ADM2" else None),
        lat=round(lat, 5) if lat is not None else None,
        lon=round(lon, 5) if lon is not None else None,
        precision=precision or level,
        geonameid=entry.id if entry.id > 0 and precision != "region" else None,
    )


def resolve_place(name: str, focus: str | None = None, *, nearby: Nearby = Nearby(),
                  kind: str | None = None) -> Place | None:
    """The most likely place called ``name``; ``focus`` is the article's main country (alpha-3).

    The place keeps the name as the text spells it ("Kobani", not GeoNames' "‘Ayn al ‘Arab"):
    ``geonameid``, admin names and country say which place it is.
    """
    entry = best_entry(name, focus, nearby=nearby, kind=kind)
    if entry is None:
        return None
    surface = split_kind(name)[0] if entry.level != "country" else None
    return to_place(entry, name=surface)
