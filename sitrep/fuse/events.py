"""Whether two events from different articles are the same event.

ACLED's practice, made explicit: the same type (or compatible modes of ASSAULT), dates at most
``MAX_DAYS`` apart (an undated event is dated by its article), the same place (within ``MAX_KM``,
or the same name) and no contradiction between the actors (they overlap, or one side names none).
A place known only to its country (or not at all) cannot tell an event from its look-alikes, so
such an event is never merged; a province or region matches only the same province or region.
Distinct events that look alike — the same kind of strike in two towns on one day — differ in place
and stay apart.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

MAX_DAYS = 2
MAX_KM = 25.0
# Modes of one PLOVER type that reports of one event mix: "shelling" and "air strike" are often
# the same bombardment told by two outlets; a protest is not a riot.
COMPATIBLE_ACLED = {
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
}


@dataclass(frozen=True, slots=True)
class EventSummary:
    """What fusion needs of an event: no text, so that candidates can come straight from the store."""

    id: str
    type: str
    acled_type: str | None
    date: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    actors: frozenset[str]
    negated: bool = False
    hypothetical: bool = False
    precision: str | None = "exact"  # the place's geo precision: exact, admin2, admin1, region, country


COARSE = frozenset({"admin1", "region"})  # a name to compare, not a point
UNPLACED = frozenset({"country"})  # the article's country as fallback: too vague to merge on


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _same_type(first: EventSummary, second: EventSummary) -> bool:
    if first.type != second.type:
        return False
    if first.acled_type == second.acled_type:
        return True
    return frozenset({first.acled_type, second.acled_type}) in COMPATIBLE_ACLED


def _same_place(first: EventSummary, second: EventSummary) -> bool:
    if first.precision in UNPLACED or second.precision in UNPLACED:
        return False
    if first.precision in COARSE or second.precision in COARSE:
        return (
            first.precision == second.precision
            and bool(first.place_name and second.place_name)
            and first.place_name.casefold() == second.place_name.casefold()
        )
    if None not in (first.lat, first.lon, second.lat, second.lon):
        return _km(first.lat, first.lon, second.lat, second.lon) <= MAX_KM
    if first.place_name and second.place_name:
        return first.place_name.casefold() == second.place_name.casefold()
    return False  # an unplaced event cannot be told apart from look-alikes: keep it alone


def _close_dates(first: EventSummary, second: EventSummary) -> bool:
    if first.date is None or second.date is None:
        return False
    gap = abs((dt.date.fromisoformat(first.date) - dt.date.fromisoformat(second.date)).days)
    return gap <= MAX_DAYS


def same_event(first: EventSummary, second: EventSummary) -> bool:
    if first.negated or second.negated or first.hypothetical or second.hypothetical:
        return False
    if not (_same_type(first, second) and _close_dates(first, second) and _same_place(first, second)):
        return False
    if first.actors and second.actors and not (first.actors & second.actors):
        return False
    return True
