"""Record types of the document record (see ``docs/data-model.md``).

Dataclasses rather than pydantic: the records are plain values built in hot loops of the extractor,
and validation of untrusted input happens once, at ingest.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

ACTOR_KINDS = (
    "state",
    "state_forces",
    "armed_group",
    "government",
    "political_party",
    "person",
    "monitor",
    "media",
    "international_org",
    "civilians",
    "other",
)
STATEMENT_KINDS = (
    "ACCUSE",
    "THREATEN",
    "DEMAND",
    "APPEAL",
    "DENY",
    "PLEDGE",
    "CONDEMN",
    "CLAIM",
    "PRAISE",
    "STATEMENT",
)
RELATION_PREDICATES = (
    "backed_by",
    "supports",
    "part_of",
    "member_of",
    "leader_of",
    "allied_with",
    "opposes",
)

_WHITESPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form of an article's text that its id is computed from.

    Unicode NFC and collapsed whitespace, so that the same story saved with other line endings or
    indentation is recognised as the same article.
    """
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id: the same inputs always give the same id, across runs and machines."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


def article_id_for(text: str) -> str:
    """An article's id: a hash of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class Evidence:
    """Where a fact came from: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Evidence:
        return cls(text=record["text"], start=int(record["start"]), end=int(record["end"]))


@dataclass(slots=True)
class Mention:
    """A stretch of article text that names something; ``label`` says what the extractor took it for."""

    start: int
    end: int
    text: str
    label: str = ""

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Mention:
        return cls(
            start=int(record["start"]),
            end=int(record["end"]),
            text=record["text"],
            label=record.get("label", ""),
        )


@dataclass(slots=True)
class Article:
    """One input text with its metadata. ``id`` is derived from the text; pass none."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    origin: str | None = None  # the file, URL or corpus row it was read from
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id_for(self.text)

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published,
            "language": self.language,
        }


@dataclass(slots=True)
class Place:
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # exact | admin2 | admin1 | country | region
    geonameid: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Place | None:
        if not record or not record.get("name"):
            return None
        return cls(**{key: record.get(key) for key in cls.__slots__})


@dataclass(slots=True)
class PlaceMention:
    """A place the article names, resolved, with every stretch of text that names it."""

    place: Place
    mentions: list[Mention] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {**self.place.to_record(), "mentions": [m.to_record() for m in self.mentions]}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> PlaceMention:
        place = Place.from_record(record) or Place(name="")
        return cls(place=place, mentions=[Mention.from_record(m) for m in record.get("mentions") or []])


@dataclass(slots=True)
class Fatalities:
    min: int | None
    max: int | None
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"min": self.min, "max": self.max, "text": self.text}

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Fatalities | None:
        if not record:
            return None
        return cls(min=record.get("min"), max=record.get("max"), text=record.get("text") or "")


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            "mentions": [mention.to_record() for mention in self.mentions],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Actor:
        return cls(
            id=record["id"],
            name=record["name"],
            kind=record.get("kind") or "other",
            country=record.get("country"),
            aliases=list(record.get("aliases") or []),
            mentions=[Mention.from_record(m) for m in record.get("mentions") or []],
        )


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER
    evidence: Evidence
    mode: str | None = None
    acled_type: str | None = None
    acled_subtype: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: Place | None = None
    date: str | None = None
    date_precision: str | None = None
    fatalities: Fatalities | None = None
    injured: Fatalities | None = None  # same shape: min, max and the text they came from
    reported_by: list[str] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "acled_type": self.acled_type,
            "acled_subtype": self.acled_subtype,
            "actors": list(self.actors),
            "targets": list(self.targets),
            "place": self.place.to_record() if self.place else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "fatalities": self.fatalities.to_record() if self.fatalities else None,
            "injured": self.injured.to_record() if self.injured else None,
            "reported_by": list(self.reported_by),
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "evidence": self.evidence.to_record(),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        return cls(
            id=record["id"],
            type=record["type"],
            evidence=Evidence.from_record(record["evidence"]),
            mode=record.get("mode"),
            acled_type=record.get("acled_type"),
            acled_subtype=record.get("acled_subtype"),
            actors=list(record.get("actors") or []),
            targets=list(record.get("targets") or []),
            place=Place.from_record(record.get("place")),
            date=record.get("date"),
            date_precision=record.get("date_precision"),
            fatalities=Fatalities.from_record(record.get("fatalities")),
            injured=Fatalities.from_record(record.get("injured")),
            reported_by=list(record.get("reported_by") or []),
            negated=bool(record.get("negated")),
            hypothetical=bool(record.get("hypothetical")),
        )


@dataclass(slots=True)
class Statement:
    id: str
    kind: str
    evidence: Evidence
    speaker: str | None = None
    targets: list[str] = field(default_factory=list)
    quote: str | None = None
    direct: bool = False
    platform: str | None = None
    date: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker,
            "targets": list(self.targets),
            "quote": self.quote,
            "direct": self.direct,
            "platform": self.platform,
            "date": self.date,
            "evidence": self.evidence.to_record(),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Statement:
        return cls(
            id=record["id"],
            kind=record["kind"],
            evidence=Evidence.from_record(record["evidence"]),
            speaker=record.get("speaker"),
            targets=list(record.get("targets") or []),
            quote=record.get("quote"),
            direct=bool(record.get("direct")),
            platform=record.get("platform"),
            date=record.get("date"),
        )


@dataclass(slots=True)
class Relation:
    id: str
    subject: str
    predicate: str
    object: str
    evidence: Evidence

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "evidence": self.evidence.to_record(),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Relation:
        return cls(
            id=record["id"],
            subject=record["subject"],
            predicate=record["predicate"],
            object=record["object"],
            evidence=Evidence.from_record(record["evidence"]),
        )


@dataclass(slots=True)
class Document:
    """Everything extracted from one article: the document record."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    pipeline_version: str = ""

    def to_record(self) -> dict[str, Any]:
        return {
            "article": self.article.to_record(),
            "actors": [actor.to_record() for actor in self.actors],
            "events": [event.to_record() for event in self.events],
            "statements": [statement.to_record() for statement in self.statements],
            "relations": [relation.to_record() for relation in self.relations],
            "places": [place.to_record() for place in self.places],
            "pipeline_version": self.pipeline_version,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], text: str = "") -> Document:
        meta = record.get("article") or {}
        article = Article(
            text=text or meta.get("text") or "",
            title=meta.get("title"),
            source=meta.get("source"),
            url=meta.get("url"),
            published=meta.get("published"),
            language=meta.get("language"),
            id=meta.get("id") or "",
        )
        return cls(
            article=article,
            actors=[Actor.from_record(r) for r in record.get("actors") or []],
            events=[Event.from_record(r) for r in record.get("events") or []],
            statements=[Statement.from_record(r) for r in record.get("statements") or []],
            relations=[Relation.from_record(r) for r in record.get("relations") or []],
            places=[PlaceMention.from_record(r) for r in record.get("places") or []],
            pipeline_version=record.get("pipeline_version") or "",
        )
