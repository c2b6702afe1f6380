"""PLOVER gold standard records (GSR) -> one gold event: type, source and target actors, place, dead.

The GSR uses PLOVER 0.5 types; ``EVENT_TYPES`` maps those that the current 16-type PLOVER (as
sitrep emits it) renamed or merged. Types not listed are the same in both.

| GSR type | current PLOVER type |
|---|---|
| DEMAND | REQUEST |
| DISAPPROVE | ACCUSE |
| INVESTIGATE | ACCUSE |
| FIGHT | ASSAULT |

Source actors are the event's actors, target actors its targets (directed). Actor texts are
located in the sentence so that a predicted mention overlapping them counts; the GSR's ``...``
elisions are split into separate names. The place is compared by name (the GSR has no
coordinates); ``dead`` is compared with the predicted minimum fatalities when given. Exhaustive:
a predicted event of another type in the sentence is a false alarm.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.datasets.common import as_int, gold_of, text_of
from sitrep.evaluate.schema import GoldActor, GoldEvent, GoldPlace, GoldRecord, locate

EVENT_TYPES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


def current_type(gsr_type: str) -> str:
    return EVENT_TYPES.get(gsr_type, gsr_type)


def _actor(text: str, entry: dict[str, Any]) -> GoldActor | None:
    name = (entry.get("text") or "").strip()
    if not name:
        return None
    pieces = [piece.strip() for piece in name.split("...") if piece.strip()]
    spans = tuple(span for piece in pieces if (span := locate(text, piece)) is not None)
    return GoldActor(name=pieces[0] if pieces else name, aliases=tuple(pieces[1:]), spans=spans)


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    label = current_type((gold.get("event") or "").strip().upper())
    location = gold.get("event_location") or {}
    place = GoldPlace(name=location.get("name")) if location.get("name") else None
    actors = tuple(a for e in gold.get("source_actors") or [] if (a := _actor(text, e)))
    targets = tuple(a for e in gold.get("target_actors") or [] if (a := _actor(text, e)))
    dead = as_int(gold.get("dead"))
    event = GoldEvent(
        label=label,
        scheme="plover",
        accept=frozenset({label}),
        span=None,
        actors=actors,
        targets=targets,
        directed=True,
        place=place,
        fatalities=dead,
    )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        parts=frozenset({"events"}),
        exhaustive=frozenset({"events"}),
        arguments=frozenset({"actors", "targets", "place", "fatalities"}),
        events=[event],
    )
