"""GeoVirus and GeoWebNews -> gold places: toponym spans with coordinates.

Only toponyms with coordinates are gold places (GeoWebNews' demonyms, languages, non-toponyms and
literal expressions without coordinates are not). Toponyms with the same name in one article are
one gold place (the first occurrence's coordinates). sitrep's document record holds places on
events (and, when the pipeline adds it, a ``places`` list); a predicted place matches a gold
toponym by name, and its coordinates are then checked within the km tolerance. Exhaustive: a
predicted place whose name is no gold toponym of the article is a false alarm.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.datasets.common import as_float, gold_of, text_of
from sitrep.evaluate.match import fold
from sitrep.evaluate.schema import GoldPlace, GoldRecord, Span


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    places: list[GoldPlace] = []
    seen: set[str] = set()
    toponyms = sorted(gold.get("toponyms") or [], key=lambda t: t.get("start") or 0)
    for toponym in toponyms:
        lat, lon = as_float(toponym.get("lat")), as_float(toponym.get("lon"))
        name = toponym.get("text") or ""
        if lat is None or lon is None or not name or fold(name) in seen:
            continue
        seen.add(fold(name))
        normalised = toponym.get("normalised_name")
        places.append(
            GoldPlace(
                name=name,
                lat=lat,
                lon=lon,
                span=Span(int(toponym["start"]), int(toponym["end"]), name),
                aliases=(normalised,) if normalised and normalised != name else (),
            )
        )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        title=record.get("title"),
        parts=frozenset({"places"}),
        exhaustive=frozenset({"places"}),
        arguments=frozenset({"coordinates"}),
        places=places,
    )
