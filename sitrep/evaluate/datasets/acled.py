"""ACLED (2016 scheme) event notes -> one gold event: type, actors, place, date, fatalities.

Old ACLED event types are mapped to the current scheme by ``EVENT_TYPES``:

| ACLED 2016 event_type | current event type | current sub-event type |
|---|---|---|
| Battle-No change of territory | Battles | Armed clash |
| Battle-Government regains territory | Battles | Government regains territory |
| Battle-Non-state actor overtakes territory | Battles | Non-state actor overtakes territory |
| Remote violence | Explosions/Remote violence | (not said) |
| Violence against civilians | Violence against civilians | (not said) |
| Riots/Protests | Protests or Riots (either accepted) | (not said) |
| Strategic development | Strategic developments | (not said) |
| Non-violent transfer of territory | Strategic developments | Non-violent transfer of territory |
| Headquarters or base established | Strategic developments | Headquarters or base established |

The date is measured only where the note can give it: the record has a publication date, or the
text names the day ("13 March"); ACLED notes rarely state the date, which ACLED takes from the
source article. Current-scheme types are accepted as they are. ``actor1`` (+ ``assoc_actor_1``) are the event's
actors, ``actor2`` (+ ``assoc_actor_2``) its targets, compared without direction. Generic ACLED
actors ("Military Forces of X (1991-)", "Civilians (X)", "Protesters (X)", "Unidentified Armed
Group (X)") match by kind and country, see ``generic_actor``.
"""

from __future__ import annotations

import re
from typing import Any

from sitrep.evaluate.datasets.common import (
    as_float,
    as_int,
    country_code,
    gold_of,
    strip_parentheses,
    text_of,
)
from sitrep.evaluate.schema import GoldActor, GoldEvent, GoldPlace, GoldRecord

CURRENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# old event_type -> (row label, accepted current types, current sub-event type or None)
EVENT_TYPES: dict[str, tuple[str, frozenset[str], str | None]] = {
    "Battle-No change of territory": ("Battles", frozenset({"Battles"}), "Armed clash"),
    "Battle-Government regains territory": (
        "Battles",
        frozenset({"Battles"}),
        "Government regains territory",
    ),
    "Battle-Non-state actor overtakes territory": (
        "Battles",
        frozenset({"Battles"}),
        "Non-state actor overtakes territory",
    ),
    "Remote violence": (
        "Explosions/Remote violence",
        frozenset({"Explosions/Remote violence"}),
        None,
    ),
    "Violence against civilians": (
        "Violence against civilians",
        frozenset({"Violence against civilians"}),
        None,
    ),
    "Riots/Protests": ("Protests/Riots", frozenset({"Protests", "Riots"}), None),
    "Strategic development": (
        "Strategic developments",
        frozenset({"Strategic developments"}),
        None,
    ),
    "Non-violent transfer of territory": (
        "Strategic developments",
        frozenset({"Strategic developments"}),
        "Non-violent transfer of territory",
    ),
    "Headquarters or base established": (
        "Strategic developments",
        frozenset({"Strategic developments"}),
        "Headquarters or base established",
    ),
}
for _type in CURRENT_TYPES:
    EVENT_TYPES.setdefault(_type, (_type, frozenset({_type}), None))

STATE = frozenset({"state_forces", "state", "government"})
# pattern of a generic ACLED actor name -> (kinds it accepts, aliases)
GENERIC: tuple[tuple[re.Pattern[str], frozenset[str], tuple[str, ...]], ...] = (
    (re.compile(r"^Military Forces of (?P<country>.+)$"), STATE, ("military", "army", "troops")),
    (re.compile(r"^Police Forces of (?P<country>.+)$"), STATE, ("police",)),
    (re.compile(r"^Government of (?P<country>.+)$"), STATE, ("government",)),
    (re.compile(r"^Protesters \((?P<country>.+)\)$"), frozenset({"civilians", "other"}),
     ("protesters", "demonstrators")),
    (re.compile(r"^Rioters \((?P<country>.+)\)$"), frozenset({"civilians", "other"}),
     ("rioters", "protesters")),
    (re.compile(r"^Civilians \((?P<country>.+)\)$"), frozenset({"civilians"}), ("civilians",)),
    (re.compile(r"^Unidentified Armed Group \((?P<country>.+)\)$"), frozenset({"armed_group"}),
     ("gunmen", "armed men", "unidentified gunmen")),
)
# ACLED ``inter`` codes -> sitrep actor kinds
INTER_KINDS: dict[int, frozenset[str]] = {
    1: STATE,
    2: frozenset({"armed_group"}),
    3: frozenset({"armed_group", "political_party"}),
    4: frozenset({"armed_group"}),
    5: frozenset({"civilians", "other"}),
    6: frozenset({"civilians", "other"}),
    7: frozenset({"civilians"}),
    8: frozenset({"state_forces", "state", "international_org", "other"}),
}


def generic_actor(name: str, kinds: frozenset[str] = frozenset()) -> GoldActor:
    """A gold actor from an ACLED actor name."""
    name = name.strip()
    base = re.sub(r"\s*\(\d{4}-\d{0,4}\)\s*$", "", name)
    for pattern, generic_kinds, aliases in GENERIC:
        found = pattern.match(base)
        if found:
            country = strip_parentheses(found.group("country"))
            return GoldActor(
                name=base,
                aliases=aliases,
                kinds=generic_kinds,
                country=country_code(country),
                generic=True,
            )
    aliases: list[str] = []
    plain = strip_parentheses(base)
    if plain != base:
        aliases.append(plain)
    for separator in (":", " - "):
        if separator in plain:
            aliases.extend(part.strip() for part in plain.split(separator) if part.strip())
    return GoldActor(name=base, aliases=tuple(aliases), kinds=kinds)


def _actors(gold: dict[str, Any], main: str, associated: str, inter: str) -> tuple[GoldActor, ...]:
    kinds = INTER_KINDS.get(as_int(gold.get(inter)) or 0, frozenset())
    actors = []
    if gold.get(main):
        actors.append(generic_actor(gold[main], kinds))
    for name in (gold.get(associated) or "").split(";"):
        if name.strip():
            actors.append(generic_actor(name))
    return tuple(actors)


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")


def date_stated(text: str, iso: str | None) -> bool:
    """Whether ``text`` names the day of ``iso`` ("13 March", "March 13th", "13th of Mar.")."""
    if not iso or len(iso) < 10:
        return False
    try:
        month, day = int(iso[5:7]), int(iso[8:10])
        name = MONTHS[month - 1]
    except (ValueError, IndexError):
        return False
    months = rf"(?:{name}|{name[:3]}\.?)"
    days = rf"0?{day}(?:st|nd|rd|th)?"
    pattern = rf"\b(?:{days}(?:\s+of)?\s+{months}|{months}\s+{days})\b"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    old_type = (gold.get("event_type") or "").strip()
    label, accept, subtype = EVENT_TYPES.get(old_type, (old_type, frozenset({old_type}), None))
    place = GoldPlace(
        name=gold.get("location"),
        lat=as_float(gold.get("latitude")),
        lon=as_float(gold.get("longitude")),
        aliases=tuple(n for n in (gold.get("admin3"), gold.get("admin2")) if n),
        admin1=gold.get("admin1") or None,
    )
    event = GoldEvent(
        label=label,
        scheme="acled",
        accept=accept,
        span=None,
        actors=_actors(gold, "actor1", "assoc_actor_1", "inter1"),
        targets=_actors(gold, "actor2", "assoc_actor_2", "inter2"),
        directed=False,
        place=place,
        date=gold.get("event_date"),
        fatalities=as_int(gold.get("fatalities")),
        acled_subtype=subtype,
    )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        parts=frozenset({"events"}),
        exhaustive=frozenset({"events"}),
        arguments=frozenset({"actors", "targets", "place", "fatalities", "acled_subtype"})
        | ({"date"} if record.get("publication_date") or date_stated(text, event.date) else set()),
        events=[event],
    )
