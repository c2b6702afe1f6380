"""GeoJSON: a FeatureCollection with one Point feature per event that has coordinates.

Properties are the CSV row's fields (:data:`sitrep.export.csv_events.EVENT_COLUMNS`) as JSON
values, ``cluster_id`` and ``sources`` included (one feature per source event); coordinates are ``[lon, lat]`` (RFC 7946). Events without a finite latitude and longitude
are left out and not counted. Features are written one at a time as they are built.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import TextIO

from sitrep.export.csv_events import Fusion, actor_names, event_row
from sitrep.model import Document, Event


def _coordinates(event: Event) -> list[float] | None:
    place = event.place
    if place is None or place.lat is None or place.lon is None:
        return None
    try:
        lat, lon = float(place.lat), float(place.lon)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return [lon, lat]


def write_geojson(documents: Iterable[Document], out: TextIO, *, fusion: Fusion | None = None) -> int:
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for document in documents:
        names = actor_names(document)
        for event in document.events:
            coordinates = _coordinates(event)
            if coordinates is None:
                continue
            feature = {
                "type": "Feature",
                "id": event.id,
                "geometry": {"type": "Point", "coordinates": coordinates},
                "properties": event_row(document, event, names, fusion),
            }
            out.write(",\n" if count else "\n")
            out.write(json.dumps(feature, ensure_ascii=False))
            count += 1
    out.write("\n]}\n")
    return count
