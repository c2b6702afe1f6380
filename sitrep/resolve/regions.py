"""Region phrases -> an area with a representative point and precision ``region``.

"northwestern Syria" is the part of Syria's towns that lie north-west of its centre: the point is
their mean. "the outskirts of X", "the X countryside" and "the X front" are X's surroundings: X's
point. "40 km east of X" is X's area moved that far that way ("north of X": X's point).
"the A-B border" is where the two countries' towns come closest. The phrase's wording
(direction included) is kept as the place's name.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from sitrep.model import Place
from sitrep.resolve.gazetteer import Entry, open_gazetteer
from sitrep.resolve.places import to_place

_D = math.sqrt(0.5)
DIRECTIONS: dict[str, tuple[float, float]] = {}  # word -> (north, east) unit vector
for _words, _vector in (
    (("north", "northern"), (1.0, 0.0)),
    (("south", "southern"), (-1.0, 0.0)),
    (("east", "eastern"), (0.0, 1.0)),
    (("west", "western"), (0.0, -1.0)),
    (("northeast", "northeastern", "north-east", "north-eastern"), (_D, _D)),
    (("northwest", "northwestern", "north-west", "north-western"), (_D, -_D)),
    (("southeast", "southeastern", "south-east", "south-eastern"), (-_D, _D)),
    (("southwest", "southwestern", "south-west", "south-western"), (-_D, -_D)),
    (("central", "centre", "center"), (0.0, 0.0)),
):
    for _word in _words:
        DIRECTIONS[_word] = _vector
SURROUNDINGS = {"outskirts", "outskirt", "countryside", "countrysides", "suburbs", "outside", "vicinity",
                "edge", "edges", "front", "frontline", "environs", "rural", "periphery", "fringes"}


@lru_cache(maxsize=2048)
def _direction_point(country: str, admin1: str | None, vector: tuple[float, float]) -> tuple[float, float] | None:
    points = np.array(open_gazetteer().points(country, admin1), dtype=float)
    if len(points) == 0:
        return None
    centre = points.mean(axis=0)
    if vector == (0.0, 0.0):
        return float(centre[0]), float(centre[1])
    scale = math.cos(math.radians(centre[0]))
    offsets = np.column_stack(((points[:, 0] - centre[0]), (points[:, 1] - centre[1]) * scale))
    lengths = np.hypot(offsets[:, 0], offsets[:, 1])
    along = offsets @ np.array(vector)
    # Within ~50 degrees of the direction: the towns that lie that way from the centre.
    chosen = points[(lengths > 0) & (along > 0.64 * lengths)]
    if len(chosen) == 0:
        return float(centre[0]), float(centre[1])
    lat, lon = chosen.mean(axis=0)
    return float(lat), float(lon)


def direction_place(entry: Entry, direction: str, phrase: str) -> Place | None:
    """"northwestern Syria": ``entry`` is the area (country, admin1 or town), ``phrase`` the text."""
    vector = DIRECTIONS.get(direction.casefold())
    if vector is None or entry.country is None:
        return None
    level = entry.level
    point = None
    if level == "country":
        point = _direction_point(entry.country, None, vector)
    elif level == "admin1" and entry.admin1:
        point = _direction_point(entry.country, entry.admin1, vector)
    place = to_place(entry, name=phrase, precision="region", point=point)
    if level == "country":
        place.admin1 = None
    return place


def offset_place(entry: Entry, direction: str, distance_km: float | None, phrase: str) -> Place:
    """"40 km east of Menaka", "north of Ramallah": ``entry``'s area at region precision, its point
    moved ``distance_km`` in ``direction`` (kept in place when no distance is given)."""
    north, east = DIRECTIONS.get(direction.casefold(), (0.0, 0.0))
    point = None
    if distance_km and entry.lat is not None and entry.lon is not None:
        lat = entry.lat + north * distance_km / 111.2
        lon = entry.lon + east * distance_km / (111.2 * max(0.1, math.cos(math.radians(entry.lat))))
        point = (lat, lon)
    return to_place(entry, name=phrase, precision="region", point=point)


def surroundings_place(entry: Entry, phrase: str) -> Place:
    """"the outskirts of Aleppo", "the Idlib countryside", "the Bakhmut front"."""
    return to_place(entry, name=phrase, precision="region")


@lru_cache(maxsize=512)
def _border_point(first: str, second: str) -> tuple[float, float] | None:
    gazetteer = open_gazetteer()
    a = np.array(gazetteer.points(first), dtype=float)
    b = np.array(gazetteer.points(second), dtype=float)
    if len(a) == 0 or len(b) == 0:
        return None
    # Bounded work for large countries: a regular sample keeps the shape of the settled area.
    a, b = a[:: max(1, len(a) // 1500)], b[:: max(1, len(b) // 1500)]
    scale = math.cos(math.radians((a[:, 0].mean() + b[:, 0].mean()) / 2))
    dlat = a[:, None, 0] - b[None, :, 0]
    dlon = (a[:, None, 1] - b[None, :, 1]) * scale
    distance = np.hypot(dlat, dlon)
    closest = np.argsort(distance, axis=None)[:10]
    rows, cols = np.unravel_index(closest, distance.shape)
    middle = (a[rows] + b[cols]) / 2
    lat, lon = middle.mean(axis=0)
    return float(lat), float(lon)


def border_place(first: str, second: str, phrase: str) -> Place | None:
    """"the Syria-Turkey border": two alpha-3 codes; the point lies between their nearest towns."""
    if first == second:
        return None
    point = _border_point(*sorted((first, second)))
    if point is None:
        return None
    return Place(name=phrase, country=first, lat=round(point[0], 5), lon=round(point[1], 5),
                 precision="region")
