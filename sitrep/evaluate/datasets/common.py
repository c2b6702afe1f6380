"""Helpers shared by the dataset adapters."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sitrep.evaluate.schema import GoldError

_PARENTHESES = re.compile(r"\s*\([^)]*\)")
# names the gold sets use that pycountry does not know
VARIANTS = {
    "dr congo": "Congo, The Democratic Republic of the",
    "drc": "Congo, The Democratic Republic of the",
    "democratic republic of the congo": "Congo, The Democratic Republic of the",
    "republic of congo": "Congo",
    "ivory coast": "Côte d'Ivoire",
    "russia": "Russian Federation",
    "iran": "Iran, Islamic Republic of",
    "syria": "Syrian Arab Republic",
    "palestine": "Palestine, State of",
    "burma": "Myanmar",
    "turkey": "Türkiye",
    "swaziland": "Eswatini",
}


def gold_of(record: dict[str, Any]) -> dict[str, Any]:
    gold = record.get("gold")
    if not isinstance(gold, dict):
        raise GoldError(f"record {record.get('id')!r} has no 'gold' object")
    return gold


def text_of(record: dict[str, Any]) -> str:
    text = record.get("text")
    if not isinstance(text, str):
        raise GoldError(f"record {record.get('id')!r} has no 'text'")
    return text


def strip_parentheses(name: str) -> str:
    return _PARENTHESES.sub("", name).strip()


def as_float(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def as_int(value: Any) -> int | None:
    try:
        return None if value is None or value == "" else int(float(value))
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=1024)
def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for a country name or code, when pycountry is installed and knows it."""
    if not name:
        return None
    try:
        import pycountry
    except ImportError:  # optional: without it, gold countries are simply not compared
        return None
    name = name.strip()
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        pass
    for variant in (
        name.replace("Democratic Republic of Congo", "Congo, The Democratic Republic of the"),
        VARIANTS.get(name.casefold(), name),
    ):
        try:
            return pycountry.countries.lookup(variant).alpha_3
        except LookupError:
            pass
    try:
        matches = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return matches[0].alpha_3 if len(matches) == 1 else None
