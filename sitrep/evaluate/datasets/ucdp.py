"""UCDP GED events (headlines) -> one gold event: the two sides, place (lat/lon), date.

UCDP coded each event from whole articles, so the headline may not state this event's deaths:
fatalities are *not* measured, nor is the type (UCDP's three violence types have no PLOVER or ACLED
counterpart). The event counts as found when a predicted event has a violent ACLED type
(``VIOLENT``); its row label is UCDP's ``type_of_violence``. Sides are compared without direction
(``side_a`` as actors, ``side_b`` as targets); a side listing several groups ("A, B, C") is found when
any of them is. "Government of X" and "X insurgents" are generic actors matched by kind and country;
UCDP's short names get the aliases in ``ALIASES``. Not exhaustive: a headline often reports more
than the coded event, so unmatched predictions are not false alarms.
"""

from __future__ import annotations

import re
from typing import Any

from sitrep.evaluate.datasets.common import (
    as_float,
    country_code,
    gold_of,
    strip_parentheses,
    text_of,
)
from sitrep.evaluate.schema import GoldActor, GoldEvent, GoldPlace, GoldRecord

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
STATE = frozenset({"state_forces", "state", "government"})
ALIASES: dict[str, tuple[str, ...]] = {
    "IS": ("Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"),
    "SDF": ("Syrian Democratic Forces",),
    "HTS": ("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Tahrir al-Sham"),
    "YPG": ("People's Protection Units",),
    "PKK": ("Kurdistan Workers' Party",),
    "Jabhat Fateh al-Sham": ("Jabhat Fatah al-Sham", "Nusra Front", "al-Nusra Front"),
}
# UCDP names insurgents by demonym ("Syrian insurgents"); held-out twins may cover other countries
_DEMONYMS = {
    "Syrian": "Syria", "Iraqi": "Iraq", "Turkish": "Turkey", "Lebanese": "Lebanon",
    "Afghan": "Afghanistan", "Yemeni": "Yemen", "Somali": "Somalia", "Sudanese": "Sudan",
    "Nigerian": "Nigeria", "Malian": "Mali", "Nigerien": "Niger", "Burkinabe": "Burkina Faso",
    "Chadian": "Chad", "Cameroonian": "Cameroon", "Congolese": "Congo, The Democratic Republic of the",
    "Libyan": "Libya", "Egyptian": "Egypt", "Algerian": "Algeria", "Ethiopian": "Ethiopia",
    "Eritrean": "Eritrea", "Kenyan": "Kenya", "Ugandan": "Uganda", "Mozambican": "Mozambique",
    "Colombian": "Colombia", "Mexican": "Mexico", "Peruvian": "Peru", "Ukrainian": "Ukraine",
    "Russian": "Russia", "Pakistani": "Pakistan", "Indian": "India", "Burmese": "Myanmar",
    "Myanmar": "Myanmar", "Filipino": "Philippines", "Philippine": "Philippines", "Thai": "Thailand",
    "Israeli": "Israel", "Palestinian": "Palestine, State of", "Iranian": "Iran", "Azerbaijani": "Azerbaijan",
    "Armenian": "Armenia", "Georgian": "Georgia", "Tajik": "Tajikistan",
}


def side_actors(side: str | None) -> tuple[GoldActor, ...]:
    actors = []
    for name in (side or "").split(","):
        name = name.strip()
        if not name:
            continue
        government = re.match(r"^Government of (?P<country>.+)$", name)
        insurgents = re.match(r"^(?P<demonym>\w+) insurgents$", name)
        if government:
            actors.append(
                GoldActor(
                    name=name,
                    aliases=("government", "army", "regime forces"),
                    kinds=STATE,
                    country=country_code(strip_parentheses(government.group("country"))),
                    generic=True,
                )
            )
        elif insurgents:
            country = _DEMONYMS.get(insurgents.group("demonym"), insurgents.group("demonym"))
            actors.append(
                GoldActor(
                    name=name,
                    aliases=("rebels", "insurgents", "opposition factions"),
                    kinds=frozenset({"armed_group"}),
                    country=country_code(country),
                    generic=True,
                )
            )
        elif name == "Civilians":
            actors.append(GoldActor(name=name, kinds=frozenset({"civilians"}), generic=True))
        else:
            actors.append(
                GoldActor(name=name, aliases=ALIASES.get(name, ()), kinds=frozenset({"armed_group"}))
            )
    return tuple(actors)


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    location = gold.get("location_name") or ""
    short = re.sub(r"\s+(town|village|city|area|district|governorate)$", "", location, flags=re.I)
    place = GoldPlace(
        name=location,
        lat=as_float(gold.get("latitude")),
        lon=as_float(gold.get("longitude")),
        aliases=(short,) if short != location else (),
        admin1=gold.get("adm_1") or None,
    )
    date = gold.get("date_start") if gold.get("date_start") == gold.get("date_end") else None
    event = GoldEvent(
        label=f"UCDP {gold.get('type_of_violence') or 'event'}",
        scheme="acled",
        accept=VIOLENT,
        span=None,
        actors=side_actors(gold.get("side_a")),
        targets=side_actors(gold.get("side_b")),
        directed=False,
        place=place,
        date=date,
    )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        parts=frozenset({"events"}),
        exhaustive=frozenset(),
        arguments=frozenset({"actors", "targets", "place", "date"}),
        events=[event],
    )
