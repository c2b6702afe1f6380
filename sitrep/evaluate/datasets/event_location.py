"""event_location (silver) sentences -> one gold event at the trigger, and where it happened.

The event is any predicted event (any type) whose evidence overlaps the trigger or lies in its
sentence; its place is correct when its name matches one of the gold event locations, or, for a
sentence without one (``has_location`` false), when the predicted event has no place. Not
exhaustive: other events in the sentence are not false alarms.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.datasets.common import gold_of, text_of
from sitrep.evaluate.schema import GoldEvent, GoldPlace, GoldRecord, Span


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    places = [
        GoldPlace(name=loc.get("text"), span=Span.from_record(loc))
        for loc in gold.get("event_locations") or []
        if loc.get("text")
    ]
    has_location = bool(gold.get("has_location")) and bool(places)
    event = GoldEvent(
        label="event",
        scheme="plover",
        accept=frozenset(),
        span=Span.from_record(gold.get("event_trigger")),
        place=places[0] if has_location else None,
        place_alternatives=tuple(places[1:]),
        place_absent=not has_location,
    )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        parts=frozenset({"events"}),
        exhaustive=frozenset(),
        arguments=frozenset({"place"}),
        events=[event],
    )
