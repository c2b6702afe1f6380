"""Reading one actor's profile from the store: the actor, its relations with evidence, its events
and statements. Depends on ``sitrep.model`` and the store's schema only."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from sitrep.store import Store, schema


@dataclass(slots=True)
class StoredProfile:
    id: str
    name: str
    kind: str
    country: str | None
    aliases: list[str]
    mentions: int = 0
    relations: list[dict] = field(default_factory=list)  # predicate, other, direction, evidence
    events: list[dict] = field(default_factory=list)  # id, type, date, evidence (newest first)
    statements: list[dict] = field(default_factory=list)  # id, kind, date, quote, evidence
    event_count: int = 0


def find_actor(store: Store, needle: str) -> list[dict]:
    """Stored actors whose id, name or alias is ``needle`` (exact, any case), else contains it."""
    actors = schema.actors
    with store.reading() as connection:
        exact = list(connection.execute(select(actors).where(
            or_(actors.c.id == needle, func.lower(actors.c.name) == needle.casefold()))))
        rows = exact or list(connection.execute(select(actors).where(or_(
            func.lower(actors.c.name).contains(needle.casefold(), autoescape=True),
            func.lower(actors.c.aliases).contains(needle.casefold(), autoescape=True)))))
    return [dict(row._mapping) for row in rows]


def actor_profile(store: Store, actor_id: str, *, limit: int = 10) -> StoredProfile | None:
    actors, relations = schema.actors, schema.relations
    with store.reading() as connection:
        row = connection.execute(select(actors).where(actors.c.id == actor_id)).first()
        if row is None:
            return None
        profile = StoredProfile(id=row.id, name=row.name, kind=row.kind, country=row.country,
                                aliases=json.loads(row.aliases))
        profile.mentions = connection.scalar(
            select(func.count()).where(schema.mentions.c.actor_id == actor_id)) or 0
        names = dict(connection.execute(select(actors.c.id, actors.c.name)).all())
        for rel in connection.execute(select(relations).where(
                or_(relations.c.subject_id == actor_id, relations.c.object_id == actor_id))):
            outgoing = rel.subject_id == actor_id
            other = rel.object_id if outgoing else rel.subject_id
            profile.relations.append({
                "predicate": rel.predicate, "direction": "out" if outgoing else "in",
                "other": names.get(other, other), "source": "text", "evidence": rel.evidence_text,
            })
        links, events = schema.event_actors, schema.events
        event_ids = select(links.c.event_id).where(links.c.actor_id == actor_id)
        profile.event_count = connection.scalar(
            select(func.count(func.distinct(links.c.event_id))).where(links.c.actor_id == actor_id)) or 0
        for event in connection.execute(
                select(events).where(events.c.id.in_(event_ids)).order_by(events.c.date.desc()).limit(limit)):
            profile.events.append({"id": event.id, "type": event.type, "date": event.date,
                                   "evidence": event.evidence_text})
        statements = schema.statements
        for statement in connection.execute(
                select(statements).where(statements.c.speaker_id == actor_id)
                .order_by(statements.c.date.desc()).limit(limit)):
            profile.statements.append({"id": statement.id, "kind": statement.kind, "date": statement.date,
                                       "quote": statement.quote, "evidence": statement.evidence_text})
    return profile
