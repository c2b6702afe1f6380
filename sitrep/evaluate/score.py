"""Scoring: precision, recall and F1 per part and label; accuracy per argument; lists of errors.

Per part (actors, events, statements, relations, places) every gold item is found (a true
positive, under the gold item's label) or missed (a false negative). Where the gold set is
exhaustive for the part, a prediction that matches no gold item is a false alarm, counted under the
label of a gold item of the record that accepts its label, else under its own label; a second
prediction matching an already found gold item (a duplicate) is not counted. Where no record was
exhaustive, precision is unknown (``None``). Arguments are scored on found items only, and only
where the gold states a value (an actor's ``country`` argument is the country accuracy of the
actors part). Predicted events marked ``negated`` or ``hypothetical`` take no part.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.evaluate import match
from sitrep.evaluate.schema import PARTS, GoldEvent, GoldRecord
from sitrep.model.records import Actor, Document, Event, Place


ADMIN_WORDS = re.compile(r"\b(?:governorate|province|region|state|district|muhafazah|county)\b", re.I)


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision_known: bool = False

    @property
    def precision(self) -> float | None:
        if not self.precision_known or self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return None if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.precision_known = self.precision_known or other.precision_known


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.correct / self.total


@dataclass(slots=True)
class ErrorItem:
    part: str
    kind: str  # miss | false_alarm | argument
    label: str
    record_id: str
    sentence: str
    detail: str = ""

    def to_record(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "kind": self.kind,
            "label": self.label,
            "record": self.record_id,
            "sentence": self.sentence,
            "detail": self.detail,
        }


@dataclass
class Score:
    records: int = 0
    datasets: Counter = field(default_factory=Counter)
    parts: dict[str, dict[str, Counts]] = field(default_factory=dict)
    arguments: dict[str, dict[str, Accuracy]] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)
    # km between each found toponym and its gold point (the nearest of the predicted readings)
    distances_km: list[float] = field(default_factory=list)

    def distance_summary(self) -> dict[str, float] | None:
        """Median error and accuracy at 161 km (100 miles, the usual toponym-resolution bar)."""
        if not self.distances_km:
            return None
        ordered = sorted(self.distances_km)
        middle = len(ordered) // 2
        median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        return {
            "toponyms_with_coordinates": len(ordered),
            "median_km": round(median, 1),
            "accuracy_161km": round(sum(d <= 161 for d in ordered) / len(ordered), 3),
        }

    def total(self, part: str) -> Counts:
        total = Counts()
        for counts in self.parts.get(part, {}).values():
            total.add(counts)
        return total

    def worst(self, kind: str, limit: int | None = None) -> list[ErrorItem]:
        """Errors of one kind, those of the most frequently failing labels first."""
        chosen = [error for error in self.errors if error.kind == kind]
        frequency = Counter((error.part, error.label) for error in chosen)
        chosen.sort(key=lambda error: -frequency[(error.part, error.label)])
        return chosen if limit is None else chosen[:limit]


class Scorer:
    """Accumulates the score of predicted documents against gold records."""

    def __init__(self, only: Iterable[str] | None = None, km: float = match.DEFAULT_KM) -> None:
        self.only = set(only) if only else set(PARTS)
        self.km = km
        self.score = Score()

    # -- bookkeeping -----------------------------------------------------------------------------
    def _counts(self, part: str, label: str, exhaustive: bool) -> Counts:
        counts = self.score.parts.setdefault(part, {}).setdefault(label, Counts())
        counts.precision_known = counts.precision_known or exhaustive
        return counts

    def _argument(self, gold: GoldRecord, part: str, name: str, correct: bool, label: str,
                  sentence: str, detail: str) -> None:
        accuracy = self.score.arguments.setdefault(part, {}).setdefault(name, Accuracy())
        accuracy.total += 1
        accuracy.correct += int(correct)
        if not correct:
            self._error(gold, part, "argument", label, sentence, f"{name}: {detail}")

    def _error(self, gold: GoldRecord, part: str, kind: str, label: str, sentence: str,
               detail: str = "") -> None:
        self.score.errors.append(ErrorItem(part, kind, label, gold.id, sentence, detail))

    # -- entry point -----------------------------------------------------------------------------
    def add(self, gold: GoldRecord, document: Document) -> None:
        self.score.records += 1
        self.score.datasets[gold.dataset] += 1
        parts = gold.parts & self.only
        if "actors" in parts:
            self._actors(gold, document)
        if "events" in parts:
            self._events(gold, document)
        if "statements" in parts:
            self._statements(gold, document)
        if "relations" in parts:
            self._relations(gold, document)
        if "places" in parts:
            self._places(gold, document)

    def result(self) -> Score:
        return self.score

    # -- actors ----------------------------------------------------------------------------------
    def _actors(self, gold: GoldRecord, document: Document) -> None:
        exhaustive = "actors" in gold.exhaustive
        matched: set[int] = set()
        for actor in gold.actors:
            counts = self._counts("actors", actor.label, exhaustive)
            found = [p for p in document.actors if match.actor_matches(actor, p)]
            sentence = match.sentence_around(gold.text, actor.spans[0] if actor.spans else None)
            if not found:
                counts.fn += 1
                self._error(gold, "actors", "miss", actor.label, sentence, actor.name)
                continue
            counts.tp += 1
            matched.update(id(p) for p in found)
            if actor.kinds and "kind" in gold.arguments:
                kinds = sorted({p.kind for p in found})
                self._argument(gold, "actors", "kind", any(k in actor.kinds for k in kinds),
                               actor.label, sentence, f"{actor.name}: predicted {kinds}")
            if actor.country:
                # country accuracy: among found actors whose gold states a country, how many
                # were given that country (any of the predicted actors that match it)
                countries = sorted({p.country or "none" for p in found})
                self._argument(gold, "actors", "country", actor.country in countries,
                               actor.label, sentence,
                               f"{actor.name}: gold {actor.country}, predicted {countries}")
        if not exhaustive:
            return
        for predicted in document.actors:
            if id(predicted) in matched or any(
                match.overlaps(span, (m.start, m.end))
                for span in gold.ignore_actor_spans
                for m in predicted.mentions
            ):
                continue
            label = next((a.label for a in gold.actors if predicted.kind in a.kinds), predicted.kind)
            self._counts("actors", label, True).fp += 1
            first = predicted.mentions[0] if predicted.mentions else None
            where = match.sentence_around(gold.text, first) if first else predicted.name
            self._error(gold, "actors", "false_alarm", label, where, predicted.name)

    # -- events ----------------------------------------------------------------------------------
    @staticmethod
    def _label(event: Event, scheme: str) -> str | None:
        return event.acled_type if scheme == "acled" else event.type

    def _event_arguments(self, gold: GoldRecord, g: GoldEvent, p: Event,
                         actors: dict[str, Actor], record: bool) -> int:
        """Score the arguments of a found event; with ``record`` false, only count agreements."""
        sentence = match.sentence_around(gold.text, g.span or p.evidence)
        subjects = [actors.get(i) for i in p.actors]
        objects = [actors.get(i) for i in p.targets]
        if not g.directed:
            subjects = objects = subjects + objects
        checks: list[tuple[str, bool, str]] = []
        args = gold.arguments
        if "actors" in args and g.actors:
            checks.append(("actors", match.any_actor_matches(g.actors, subjects),
                           _names(g.actors, subjects)))
        if "targets" in args and g.targets:
            checks.append(("targets", match.any_actor_matches(g.targets, objects),
                           _names(g.targets, objects)))
        if "place" in args and (g.place or g.place_absent):
            if g.place:
                ok = any(match.place_matches(pl, p.place, self.km)
                         for pl in (g.place, *g.place_alternatives))
            else:
                ok = p.place is None
            checks.append(("place", ok, f"gold {_place(g.place)}, predicted {_place(p.place)}"))
            if g.place and g.place.admin1:
                # Right at the first-level area: the predicted place lies in the gold's admin1, or
                # is that admin1 ("Idlib governorate").
                gold_area = (g.place.admin1, ADMIN_WORDS.sub("", g.place.admin1).strip())
                predicted_area = None
                if p.place is not None:
                    predicted_area = p.place.admin1 or (p.place.name if p.place.precision == "admin1" else None)
                checks.append(("place_admin1", match.place_name_matches(gold_area, predicted_area),
                               f"gold admin1 {g.place.admin1}, predicted {predicted_area}"))
        if "date" in args and g.date:
            checks.append(("date", match.date_matches(g.date, p.date),
                           f"gold {g.date}, predicted {p.date}"))
        if "fatalities" in args and g.fatalities is not None:
            found = p.fatalities.min if p.fatalities else None
            checks.append(("fatalities", match.fatalities_match(g.fatalities, p.fatalities),
                           f"gold {g.fatalities}, predicted {found}"))
        if "reported_by" in args and g.reported_by:
            checks.append(("reported_by", match.names_match(g.reported_by, p.reported_by),
                           f"gold {list(g.reported_by)}, predicted {p.reported_by}"))
        if "acled_subtype" in args and g.acled_subtype:
            ok = (p.acled_subtype or "").casefold() == g.acled_subtype.casefold()
            checks.append(("acled_subtype", ok,
                           f"gold {g.acled_subtype}, predicted {p.acled_subtype}"))
        if record:
            for name, ok, detail in checks:
                self._argument(gold, "events", name, ok, g.label, sentence, detail)
        return sum(ok for _, ok, _ in checks)

    def _events(self, gold: GoldRecord, document: Document) -> None:
        exhaustive = "events" in gold.exhaustive
        scheme = gold.events[0].scheme if gold.events else "plover"
        actors = {actor.id: actor for actor in document.actors}
        # a negated or hypothetical event ("denied shelling", "threatened to attack") is not a
        # claim that an event happened: it is neither found nor a false alarm
        candidates = [e for e in document.events
                      if self._label(e, scheme) and not e.negated and not e.hypothetical]
        matched: set[int] = set()
        accepting: list[GoldEvent] = []
        for g in gold.events:
            counts = self._counts("events", g.label, exhaustive)
            near = [p for p in candidates if match.span_compatible(gold.text, g.span, p.evidence)]
            typed = [p for p in near if not g.accept or self._label(p, scheme) in g.accept]
            sentence = match.sentence_around(gold.text, g.span)
            if not typed:
                counts.fn += 1
                seen = sorted({self._label(p, scheme) or "" for p in near})
                self._error(gold, "events", "miss", g.label, sentence,
                            f"predicted there: {seen}" if seen else "nothing predicted there")
                continue
            best = max(typed, key=lambda p: (id(p) not in matched,
                                             self._event_arguments(gold, g, p, actors, False)))
            counts.tp += 1
            matched.add(id(best))
            accepting.append(g)
            self._event_arguments(gold, g, best, actors, True)
        if not exhaustive:
            return
        for p in candidates:
            label = self._label(p, scheme) or ""
            if id(p) in matched or any(
                (not g.accept or label in g.accept)
                and match.span_compatible(gold.text, g.span, p.evidence)
                for g in accepting
            ):
                continue
            row = next((g.label for g in gold.events if label in g.accept), label)
            self._counts("events", row, True).fp += 1
            self._error(gold, "events", "false_alarm", row,
                        match.sentence_around(gold.text, p.evidence), p.evidence.text[:120])

    # -- statements ------------------------------------------------------------------------------
    def _statements(self, gold: GoldRecord, document: Document) -> None:
        exhaustive = "statements" in gold.exhaustive
        actors = {actor.id: actor for actor in document.actors}
        matched: set[int] = set()
        for g in gold.statements:
            counts = self._counts("statements", g.label, exhaustive)
            near = match.statements_near(gold.text, g, document.statements)
            typed = [p for p in near if not g.accept or p.kind in g.accept]
            sentence = match.sentence_around(gold.text, g.span)
            if not typed:
                counts.fn += 1
                self._error(gold, "statements", "miss", g.label, sentence,
                            f"predicted there: {sorted({p.kind for p in near})}" if near else "")
                continue
            # of several statements there ("X and Y accused each other"), the one not taken yet
            # whose speaker and then targets are the gold ones is scored against it
            best = min(typed, key=lambda p: (
                id(p) in matched,
                g.speaker is not None and not match.actor_matches(g.speaker, actors.get(p.speaker) if p.speaker else None),
                bool(g.targets) and not match.any_actor_matches(g.targets, [actors.get(t) for t in p.targets])))
            counts.tp += 1
            matched.update(id(p) for p in typed)
            if "speaker" in gold.arguments and g.speaker is not None:
                speaker = actors.get(best.speaker) if best.speaker else None
                self._argument(gold, "statements", "speaker",
                               match.actor_matches(g.speaker, speaker), g.label, sentence,
                               f"gold {g.speaker.name!r}, predicted "
                               f"{speaker.name if speaker else None!r}")
            if "targets" in gold.arguments and g.targets:
                predicted = [actors.get(t) for t in best.targets]
                self._argument(gold, "statements", "targets", match.any_actor_matches(g.targets, predicted),
                               g.label, sentence, _names(g.targets, predicted))
            if "direct" in gold.arguments and g.direct is not None:
                self._argument(gold, "statements", "direct", best.direct == g.direct, g.label,
                               sentence, f"gold {g.direct}, predicted {best.direct}")
        if not exhaustive:
            return
        for p in document.statements:
            if id(p) in matched:
                continue
            row = next((g.label for g in gold.statements if not g.accept or p.kind in g.accept),
                       p.kind)
            self._counts("statements", row, True).fp += 1
            self._error(gold, "statements", "false_alarm", row,
                        match.sentence_around(gold.text, p.evidence), p.kind)

    # -- relations -------------------------------------------------------------------------------
    def _relations(self, gold: GoldRecord, document: Document) -> None:
        exhaustive = "relations" in gold.exhaustive
        actors = {actor.id: actor for actor in document.actors}
        matched: set[int] = set()
        for g in gold.relations:
            counts = self._counts("relations", g.label, exhaustive)
            found = []
            for p in document.relations:
                if p.predicate not in g.accept:
                    continue
                subject, obj = actors.get(p.subject), actors.get(p.object)
                forward = match.actor_matches(g.subject, subject) and match.actor_matches(g.object, obj)
                backward = g.symmetric and match.actor_matches(g.subject, obj) and \
                    match.actor_matches(g.object, subject)
                if forward or backward:
                    found.append(p)
            sentence = match.sentence_around(gold.text, g.span or (g.subject.spans or [None])[0])
            if found:
                counts.tp += 1
                matched.update(id(p) for p in found)
            else:
                counts.fn += 1
                self._error(gold, "relations", "miss", g.label, sentence,
                            f"{g.subject.name} -> {g.object.name}")
        if not exhaustive:
            return
        for p in document.relations:
            if id(p) in matched:
                continue
            row = next((g.label for g in gold.relations if p.predicate in g.accept), p.predicate)
            self._counts("relations", row, True).fp += 1
            subject, obj = actors.get(p.subject), actors.get(p.object)
            self._error(gold, "relations", "false_alarm", row,
                        match.sentence_around(gold.text, p.evidence),
                        f"{subject.name if subject else p.subject} {p.predicate} "
                        f"{obj.name if obj else p.object}")

    # -- places ----------------------------------------------------------------------------------
    def _places(self, gold: GoldRecord, document: Document) -> None:
        exhaustive = "places" in gold.exhaustive
        predicted: dict[str, Place] = {}
        extra = getattr(document, "places", None) or []
        # Document.places holds PlaceMention entries (place + namings); events hold bare places.
        extra = [getattr(entry, "place", entry) for entry in extra]
        for place in [e.place for e in document.events if e.place is not None] + list(extra):
            if isinstance(place, Place) and place.name:
                predicted.setdefault(match.fold(place.name), place)
        matched: set[str] = set()
        for g in gold.places:
            counts = self._counts("places", "toponym", exhaustive)
            names = (g.name, *g.aliases)
            found = {k: p for k, p in predicted.items() if match.place_name_matches(names, p.name)}
            sentence = match.sentence_around(gold.text, g.span)
            if not found:
                counts.fn += 1
                self._error(gold, "places", "miss", "toponym", sentence, g.name or "")
                continue
            counts.tp += 1
            matched.update(found)
            if g.has_coordinates and "coordinates" in gold.arguments:
                ok = any(match.coordinates_match(g, p, self.km) for p in found.values())
                located = [p for p in found.values() if p.lat is not None and p.lon is not None]
                if located:
                    self.score.distances_km.append(
                        min(match.haversine_km(g.lat, g.lon, p.lat, p.lon) for p in located)
                    )
                self._argument(gold, "places", "coordinates", ok, "toponym", sentence,
                               f"{g.name} gold ({g.lat}, {g.lon}), predicted "
                               f"{[_place(p) for p in found.values()]}")
        if not exhaustive:
            return
        for key, place in predicted.items():
            if key not in matched:
                self._counts("places", "toponym", True).fp += 1
                self._error(gold, "places", "false_alarm", "toponym", gold.text[:200], place.name)


def _names(gold: Iterable[Any], predicted: Iterable[Actor | None]) -> str:
    return (f"gold {[a.name for a in gold]}, "
            f"predicted {[a.name for a in predicted if a is not None]}")


def _place(place: Any) -> str:
    if place is None:
        return "none"
    where = f" ({place.lat}, {place.lon})" if getattr(place, "lat", None) is not None else ""
    return f"{place.name}{where}"
