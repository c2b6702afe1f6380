"""The event ontology tables: trigger lexicon (term -> PLOVER type and mode) and PLOVER -> ACLED.

Both are data files in this folder (``triggers.tsv``, ``plover_acled.tsv``); see docs/ontology.md.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    term: str
    pos: str  # verb | noun | any
    plover_type: str
    mode: str | None


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a TSV file in this package, skipping ``#`` comment lines."""
    text = resources.files("sitrep.kb").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(
        Trigger(
            term=row["term"].lower(),
            pos=row["pos"],
            plover_type=row["plover_type"],
            mode=None if row["mode"] == "*" else row["mode"],
        )
        for row in read_table("triggers.tsv")
    )


@cache
def _acled_table() -> dict[tuple[str, str], tuple[str, str]]:
    return {
        (row["plover_type"], row["mode"]): (row["acled_type"], row["acled_subtype"])
        for row in read_table("plover_acled.tsv")
    }


def acled_for(plover_type: str, mode: str | None) -> tuple[str | None, str | None]:
    """The ACLED (event type, sub-event type) of a PLOVER type and mode, or (None, None)."""
    table = _acled_table()
    found = table.get((plover_type, mode or "*")) or table.get((plover_type, "*"))
    return found if found else (None, None)
