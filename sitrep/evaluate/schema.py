"""Normalised gold objects: what one gold record says, in terms sitrep's output can be scored against.

Every dataset adapter (``sitrep.evaluate.datasets``) turns one JSON line of its set into a
:class:`GoldRecord`. A record names the *parts* its set measures (``actors``, ``events``,
``statements``, ``relations``, ``places``), the parts for which it is *exhaustive* (an unmatched
prediction there is a false alarm; elsewhere it is not counted, and precision is not known), and the
event *arguments* it measures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PARTS = ("actors", "events", "statements", "relations", "places")
EVENT_ARGUMENTS = (
    "actors",
    "targets",
    "place",
    "date",
    "fatalities",
    "reported_by",
    "acled_subtype",
)
STATEMENT_ARGUMENTS = ("speaker", "targets", "direct")
ACTOR_ARGUMENTS = ("kind",)
PLACE_ARGUMENTS = ("coordinates",)


class GoldError(Exception):
    """A gold file or record that cannot be read."""


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str = ""

    @classmethod
    def from_record(cls, record: dict | None) -> Span | None:
        """A span from ``{start, end, text}``; a discontinuous one (``segments``) becomes the
        stretch from its first to its last character."""
        if not record or record.get("start") is None or record.get("end") is None:
            return None
        bounds = [(int(s["start"]), int(s["end"])) for s in record.get("segments") or []]
        bounds.append((int(record["start"]), int(record["end"])))
        start = min(min(pair) for pair in bounds)
        end = max(max(pair) for pair in bounds)
        return cls(start, end, record.get("text") or "")


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor as a gold set names it.

    ``kinds`` are the sitrep actor kinds that fit it (used for kind accuracy). A ``generic`` actor
    ("Civilians (Nigeria)", "Military Forces of Somalia") also matches any predicted actor of one of
    those kinds whose country does not contradict ``country``.
    """

    name: str
    aliases: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()
    country: str | None = None  # ISO 3166-1 alpha-3
    generic: bool = False
    spans: tuple[Span, ...] = ()
    label: str = "actor"  # the row it is scored under in the actors part

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldPlace:
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    aliases: tuple[str, ...] = ()
    admin1: str | None = None  # the first-level area's name, where the gold states it

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(slots=True)
class GoldEvent:
    """One gold event. ``label`` is the row it is scored under; ``accept`` the predicted labels that
    count as its type (empty: any). ``scheme`` says which predicted field is the label: ``plover``
    (``Event.type``) or ``acled`` (``Event.acled_type``). ``span`` None means anywhere in the text.

    ``place_absent`` marks a gold event that has no place (the predicted event should have none).
    """

    label: str
    scheme: str = "plover"
    accept: frozenset[str] = frozenset()
    span: Span | None = None
    actors: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()
    directed: bool = True
    place: GoldPlace | None = None
    place_alternatives: tuple[GoldPlace, ...] = ()
    place_absent: bool = False
    date: str | None = None
    fatalities: int | None = None
    reported_by: tuple[str, ...] = ()
    acled_subtype: str | None = None


@dataclass(slots=True)
class GoldStatement:
    label: str = "STATEMENT"
    accept: frozenset[str] = frozenset()
    span: Span | None = None  # the content (what was said)
    cue: Span | None = None
    speaker: GoldActor | None = None
    direct: bool | None = None
    targets: tuple[GoldActor, ...] = ()  # whom it is about or against, where the gold says


@dataclass(slots=True)
class GoldRelation:
    label: str
    accept: frozenset[str]
    subject: GoldActor
    object: GoldActor
    symmetric: bool = False
    span: Span | None = None


@dataclass(slots=True)
class GoldRecord:
    id: str
    dataset: str
    text: str
    published: str | None = None
    title: str | None = None
    parts: frozenset[str] = frozenset()
    exhaustive: frozenset[str] = frozenset()
    arguments: frozenset[str] = frozenset()
    actors: list[GoldActor] = field(default_factory=list)
    ignore_actor_spans: list[Span] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    statements: list[GoldStatement] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    places: list[GoldPlace] = field(default_factory=list)


def locate(text: str, needle: str | None) -> Span | None:
    """The first exact occurrence of ``needle`` in ``text`` as a span, or None."""
    if not needle:
        return None
    start = text.find(needle)
    if start < 0:
        return None
    return Span(start, start + len(needle), needle)
