"""sitrep's own gold format: the document record of ``docs/product.md`` with the article text.

One JSON object per line::

    {"id": "...", "source_dataset": "sitrep", "text": "...", "publication_date": "YYYY-MM-DD",
     "title": null, "gold": {<document record: article, actors, events, statements, relations>}}

Every part and argument is measured and exhaustive. Gold events marked ``negated`` or
``hypothetical`` are dropped (what is scored is what happened). Gold events are scored by PLOVER ``type``
(``acled_subtype`` and the ACLED type are arguments); actors referenced by id on events,
statements and relations are resolved to the gold actors, so a predicted actor matches by name,
alias or an overlapping mention.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.datasets.common import gold_of, text_of
from sitrep.evaluate.schema import (
    EVENT_ARGUMENTS,
    PARTS,
    STATEMENT_ARGUMENTS,
    GoldActor,
    GoldEvent,
    GoldPlace,
    GoldRecord,
    GoldRelation,
    GoldStatement,
    Span,
)
from sitrep.model.records import Document


def _actor(actor: Any) -> GoldActor:
    return GoldActor(
        name=actor.name,
        aliases=tuple(actor.aliases),
        kinds=frozenset({actor.kind}) if actor.kind else frozenset(),
        country=actor.country,
        spans=tuple(Span(m.start, m.end, m.text) for m in actor.mentions),
        label=actor.kind or "other",
    )


def _evidence(evidence: Any) -> Span | None:
    return Span(evidence.start, evidence.end, evidence.text) if evidence is not None else None


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    document = Document.from_record(gold, text=text)
    actors = {actor.id: _actor(actor) for actor in document.actors}

    def resolve(ids: list[str]) -> tuple[GoldActor, ...]:
        return tuple(actors[i] if i in actors else GoldActor(name=i) for i in ids)

    events = []
    for event in document.events:
        if event.negated or event.hypothetical:
            continue  # gold marks what happened; predicted negated/hypothetical events are skipped too
        place = event.place
        events.append(
            GoldEvent(
                label=event.type,
                scheme="plover",
                accept=frozenset({event.type}),
                span=_evidence(event.evidence),
                actors=resolve(event.actors),
                targets=resolve(event.targets),
                directed=True,
                place=GoldPlace(name=place.name, lat=place.lat, lon=place.lon) if place else None,
                date=event.date,
                fatalities=event.fatalities.min if event.fatalities else None,
                reported_by=tuple(event.reported_by),
                acled_subtype=event.acled_subtype,
            )
        )
    statements = [
        GoldStatement(
            label=statement.kind,
            accept=frozenset({statement.kind}),
            span=_evidence(statement.evidence),
            speaker=resolve([statement.speaker])[0] if statement.speaker else None,
            direct=statement.direct,
            targets=tuple(resolve(statement.targets)) if statement.targets else (),
        )
        for statement in document.statements
    ]
    relations = [
        GoldRelation(
            label=relation.predicate,
            accept=frozenset({relation.predicate}),
            subject=resolve([relation.subject])[0],
            object=resolve([relation.object])[0],
            symmetric=relation.predicate in ("allied_with", "opposes"),
            span=_evidence(relation.evidence),
        )
        for relation in document.relations
    ]
    return GoldRecord(
        id=str(record.get("id") or document.article.id),
        dataset=str(record.get("source_dataset") or "sitrep"),
        text=text,
        published=record.get("publication_date") or document.article.published,
        title=record.get("title") or document.article.title,
        parts=frozenset(PARTS) - {"places"},
        exhaustive=frozenset(PARTS) - {"places"},
        arguments=frozenset(EVENT_ARGUMENTS) | frozenset(STATEMENT_ARGUMENTS) | {"kind"},
        actors=list(actors.values()),
        events=events,
        statements=statements,
        relations=relations,
    )
