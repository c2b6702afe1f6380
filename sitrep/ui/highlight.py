"""Cutting an article's text into segments for the reader, each knowing which actors, events,
statements and places cover it (by the stored character offsets).

The segments are plain text: the template escapes them, so article text never becomes markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("actor", "event", "statement", "relation", "place")


@dataclass(slots=True)
class Mark:
    kind: str  # one of KINDS
    ref: str  # the id of what it marks
    start: int
    end: int
    label: str


@dataclass(slots=True)
class Segment:
    text: str
    marks: list[Mark] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # element ids that start here (ev-..., st-...)

    @property
    def classes(self) -> str:
        kinds = sorted({mark.kind for mark in self.marks}, key=KINDS.index)
        return " ".join(f"hl hl-{kind}" for kind in kinds)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(mark.label for mark in self.marks))

    @property
    def refs(self) -> str:
        return " ".join(dict.fromkeys(mark.ref for mark in self.marks))


def _valid(start: int, end: int, length: int) -> bool:
    return 0 <= start < end <= length


def marks_for(record: dict[str, Any], text: str) -> list[Mark]:
    """Every highlight of a document record (``Document.to_record()``) whose offsets fit ``text``."""
    names = {actor["id"]: actor["name"] for actor in record["actors"]}
    marks: list[Mark] = []
    for actor in record["actors"]:
        for mention in actor["mentions"]:
            marks.append(Mark("actor", actor["id"], mention["start"], mention["end"], f"{actor['name']} ({actor['kind']})"))
    for event in record["events"]:
        evidence = event["evidence"]
        label = " / ".join(filter(None, [event["type"], event.get("acled_subtype")]))
        marks.append(Mark("event", event["id"], evidence["start"], evidence["end"], f"event: {label}"))
        place = event.get("place")
        if place and place.get("name") and not record.get("places"):
            # records stored before places had offsets: find the event's place in its sentence
            at = text.casefold().find(place["name"].casefold(), evidence["start"], evidence["end"])
            if at >= 0:
                marks.append(Mark("place", event["id"], at, at + len(place["name"]), f"place: {place['name']}"))
    for number, place in enumerate(record.get("places") or []):
        where = ", ".join(filter(None, [place["name"], place.get("admin1"), place.get("country")]))
        label = f"place: {where} ({place.get('precision') or 'not located'})"
        for mention in place.get("mentions") or []:
            marks.append(Mark("place", f"place-{number}", mention["start"], mention["end"], label))
    for statement in record["statements"]:
        evidence = statement["evidence"]
        speaker = names.get(statement.get("speaker") or "", "unknown speaker")
        marks.append(Mark("statement", statement["id"], evidence["start"], evidence["end"], f"statement: {statement['kind']} by {speaker}"))
    for relation in record["relations"]:
        evidence = relation["evidence"]
        label = f"relation: {names.get(relation['subject'], '?')} {relation['predicate']} {names.get(relation['object'], '?')}"
        marks.append(Mark("relation", relation["id"], evidence["start"], evidence["end"], label))
    return [mark for mark in marks if _valid(mark.start, mark.end, len(text))]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece lists the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[str]] = {}
    for mark in marks:
        if mark.kind in ("event", "statement", "relation"):
            starting.setdefault(mark.start, []).append(f"{mark.kind[:2]}-{mark.ref}")
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [mark for mark in marks if mark.start <= start and end <= mark.end]
        pieces.append(Segment(text[start:end], covering, starting.get(start, [])))
    return pieces
