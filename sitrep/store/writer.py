"""Saving documents: one transaction per batch, idempotent by article id.

An article already in the store is skipped whole, so re-ingesting a file, or a copy of it under
another name, stores nothing twice; a failed batch rolls back and leaves earlier batches intact.

Concurrent writers (cluster workers, several ``sitrep ingest`` runs on one PostgreSQL store):
actors are inserted with ``ON CONFLICT DO NOTHING`` and their rows locked (``FOR UPDATE``, in id
order) before their aliases are merged, so no alias is lost; a batch that loses a race for an
article (unique violation), or a deadlock, is rolled back and saved again, when the articles the
other writer stored are skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from sitrep.model import Actor, Document
from sitrep.store import fusion, schema


@dataclass(slots=True)
class SaveResult:
    stored: int = 0
    skipped: int = 0  # already in the store
    linked: int = 0  # new articles linked as near-duplicates of stored ones
    merged: int = 0  # new events merged into an event already stored (docs/fusion.md)


def _evidence(fact, version: str) -> dict:
    return {
        "evidence_text": fact.evidence.text,
        "evidence_start": fact.evidence.start,
        "evidence_end": fact.evidence.end,
        "pipeline_version": version,
    }


# unique violation, serialization failure, deadlock: another writer won; saving again succeeds
RETRYABLE_SQLSTATES = {"23505", "40001", "40P01"}
ATTEMPTS = 5


def _insert_ignoring_conflicts(connection: Connection, rows: list[dict]) -> None:
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(postgresql.insert(schema.actors).on_conflict_do_nothing(index_elements=["id"]), rows)
    elif dialect == "sqlite":
        connection.execute(sqlite.insert(schema.actors).on_conflict_do_nothing(index_elements=["id"]), rows)
    else:  # other databases: the retry in save_with_retry covers a lost race
        connection.execute(schema.actors.insert(), rows)


def _upsert_actors(connection: Connection, found: dict[str, Actor]) -> None:
    """Insert new actors; add newly seen spellings to the aliases of known ones."""
    if not found:
        return
    ordered = sorted(found)  # one lock order for every writer: no deadlock between two batches
    existing = {
        row.id: row
        for row in connection.execute(
            select(schema.actors.c.id, schema.actors.c.aliases)
            .where(schema.actors.c.id.in_(ordered))
            .order_by(schema.actors.c.id)
            .with_for_update()
        )
    }
    new_rows = []
    for actor_id in ordered:
        actor = found[actor_id]
        if actor_id not in existing:
            new_rows.append(
                {
                    "id": actor.id,
                    "name": actor.name,
                    "kind": actor.kind,
                    "country": actor.country,
                    "aliases": json.dumps(actor.aliases, ensure_ascii=False),
                }
            )
            continue
        aliases = json.loads(existing[actor_id].aliases)
        added = [alias for alias in actor.aliases if alias not in aliases]
        if added:
            connection.execute(
                update(schema.actors)
                .where(schema.actors.c.id == actor_id)
                .values(aliases=json.dumps(aliases + added, ensure_ascii=False))
            )
    if new_rows:
        _insert_ignoring_conflicts(connection, new_rows)
        raced = [row["id"] for row in new_rows]
        # A concurrent writer may have inserted some of these first: merge into its row.
        stored = {
            row.id: json.loads(row.aliases)
            for row in connection.execute(
                select(schema.actors.c.id, schema.actors.c.aliases)
                .where(schema.actors.c.id.in_(raced))
                .order_by(schema.actors.c.id)
                .with_for_update()
            )
        }
        for actor_id in raced:
            aliases = stored.get(actor_id, [])
            added = [alias for alias in found[actor_id].aliases if alias not in aliases]
            if added:
                connection.execute(
                    update(schema.actors)
                    .where(schema.actors.c.id == actor_id)
                    .values(aliases=json.dumps(aliases + added, ensure_ascii=False))
                )


def _retryable(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def save_with_retry(engine: Engine, documents: list[Document]) -> SaveResult:
    """Save ``documents`` in one transaction, again if a concurrent writer made it fail."""
    attempt = 1
    while True:
        try:
            with engine.begin() as connection:
                return save_documents(connection, documents)
        except DBAPIError as error:  # IntegrityError included
            if attempt >= ATTEMPTS or not _retryable(error):
                raise
        time.sleep(0.05 * attempt)
        attempt += 1


def save_documents(connection: Connection, documents: Iterable[Document]) -> SaveResult:
    """Write ``documents`` on ``connection``, inside the caller's transaction."""
    documents = list(documents)
    result = SaveResult()
    ids = [document.article.id for document in documents]
    present = set(
        connection.scalars(select(schema.articles.c.id).where(schema.articles.c.id.in_(ids)))
    )
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    fresh: list[Document] = []
    for document in documents:
        if document.article.id in present:
            result.skipped += 1
            continue
        present.add(document.article.id)  # the same text twice in one batch
        fresh.append(document)
    actors: dict[str, Actor] = {}
    for document in fresh:
        for actor in document.actors:
            merged = actors.setdefault(actor.id, Actor(actor.id, actor.name, actor.kind, actor.country))
            merged.aliases.extend(a for a in actor.aliases if a not in merged.aliases)
    mapping = _same_actors(connection, actors)
    _upsert_actors(connection, actors)

    def same(actor_id: str) -> str:
        return mapping.get(actor_id, actor_id)

    rows: dict[str, list[dict]] = {name: [] for name in schema.metadata.tables}
    for document in fresh:
        article, version = document.article, document.pipeline_version
        rows["articles"].append(
            {
                "id": article.id, "title": article.title, "source": article.source,
                "url": article.url, "published": article.published, "language": article.language,
                "origin": article.origin, "text": article.text, "pipeline_version": version,
                "ingested_at": now,
            }
        )
        for actor in document.actors:
            rows["mentions"].extend(
                {"article_id": article.id, "actor_id": same(actor.id), "start": m.start, "end": m.end, "text": m.text}
                for m in actor.mentions
            )
        for event in document.events:
            place = event.place
            fatalities = event.fatalities
            rows["events"].append(
                {
                    "id": event.id, "article_id": article.id, "type": event.type, "mode": event.mode,
                    "acled_type": event.acled_type, "acled_subtype": event.acled_subtype,
                    "place_name": place.name if place else None,
                    "country": place.country if place else None,
                    "admin1": place.admin1 if place else None,
                    "admin2": place.admin2 if place else None,
                    "lat": place.lat if place else None, "lon": place.lon if place else None,
                    "geo_precision": place.precision if place else None,
                    "geonameid": place.geonameid if place else None,
                    "date": event.date, "date_precision": event.date_precision,
                    "fatalities_min": fatalities.min if fatalities else None,
                    "fatalities_max": fatalities.max if fatalities else None,
                    "fatalities_text": fatalities.text if fatalities else None,
                    "injured_min": event.injured.min if event.injured else None,
                    "injured_max": event.injured.max if event.injured else None,
                    "injured_text": event.injured.text if event.injured else None,
                    "reported_by": json.dumps(event.reported_by, ensure_ascii=False),
                    "negated": event.negated, "hypothetical": event.hypothetical,
                    **_evidence(event, version),
                }
            )
            for role, actor_ids in (("actor", event.actors), ("target", event.targets)):
                rows["event_actors"].extend(
                    {"event_id": event.id, "actor_id": actor_id, "role": role, "position": position}
                    for position, actor_id in enumerate(dict.fromkeys(map(same, actor_ids)))
                )
        for statement in document.statements:
            rows["statements"].append(
                {
                    "id": statement.id, "article_id": article.id, "kind": statement.kind,
                    "speaker_id": same(statement.speaker) if statement.speaker else None, "quote": statement.quote,
                    "direct": statement.direct, "platform": statement.platform,
                    "date": statement.date, **_evidence(statement, version),
                }
            )
            rows["statement_targets"].extend(
                {"statement_id": statement.id, "actor_id": actor_id, "position": position}
                for position, actor_id in enumerate(dict.fromkeys(map(same, statement.targets)))
            )
        for relation in document.relations:
            rows["relations"].append(
                {
                    "id": relation.id, "article_id": article.id, "subject_id": same(relation.subject),
                    "predicate": relation.predicate, "object_id": same(relation.object),
                    **_evidence(relation, version),
                }
            )
        for number, entry in enumerate(document.places):
            place = entry.place
            rows["place_mentions"].extend(
                {
                    "article_id": article.id, "place": number, "name": place.name,
                    "country": place.country, "admin1": place.admin1, "admin2": place.admin2,
                    "lat": place.lat, "lon": place.lon, "precision": place.precision,
                    "geonameid": place.geonameid, "start": m.start, "end": m.end, "text": m.text,
                }
                for m in entry.mentions
            )
        result.stored += 1
    for table in schema.metadata.sorted_tables:
        if table.name != "actors" and rows[table.name]:
            connection.execute(table.insert(), rows[table.name])
    fused = fusion.fuse_documents(connection, fresh, mapping)
    result.linked, result.merged = fused.links, fused.merged
    return result


def _same_actors(connection: Connection, actors: dict[str, Actor]) -> dict[str, str]:
    """Fold new actors that respell a known one into it (``sitrep.fuse.actors``): the known actor
    keeps its name and gains both spellings as aliases; the new id is replaced by the known one."""
    if not actors:
        return {}
    stored = set(connection.scalars(select(schema.actors.c.id).where(schema.actors.c.id.in_(sorted(actors)))))
    mapping = {}
    for old, (new, name) in fusion.same_actors(connection, actors, stored).items():
        respelled = actors.pop(old)
        known = actors.setdefault(new, Actor(new, name, respelled.kind, respelled.country))
        known.aliases.extend(s for s in dict.fromkeys((name, respelled.name, *respelled.aliases)) if s not in known.aliases)
        mapping[old] = new
    return mapping
