"""Reading statements from the store: filtered by speaker, kind, target and date, newest first.

A statement's date is its own resolved date, else its article's publication date. Speaker and
target filters match an actor's id, or its name or aliases as a case-insensitive substring.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.engine import Connection

from sitrep.store import schema
from sitrep.store.queries import CHUNK, _matching_actor_ids


@dataclass(frozen=True, slots=True)
class StatementFilter:
    speaker: str | None = None  # a name, alias or id
    kind: str | None = None  # ACCUSE, THREATEN, ...
    target: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: str
    article_id: str
    date: str | None
    kind: str
    speaker: str | None  # the speaker's name
    speaker_id: str | None
    targets: tuple[str, ...]  # names, in the statement's order
    quote: str | None
    direct: bool
    platform: str | None
    source: str | None
    evidence: str


def statement_conditions(
    connection: Connection, *, kind: str | None = None, since: str | None = None,
    until: str | None = None, speaker: str | None = None, target: str | None = None,
    actor: str | None = None, article: str | None = None,
) -> list[ColumnElement[bool]]:
    """The filters every statement view shares (the CLI's list, the API's pages, a profile).
    Queries must join ``articles`` on the statement's article: its date stands in for a statement
    without one of its own. ``actor`` matches the speaker or a target."""
    statements, targets = schema.statements, schema.statement_targets
    dated = func.coalesce(statements.c.date, schema.articles.c.published)
    conditions: list[ColumnElement[bool]] = []
    if kind:
        conditions.append(statements.c.kind == kind.upper())
    if since:
        conditions.append(dated >= since)
    if until:
        conditions.append(dated <= until)
    if article:
        conditions.append(statements.c.article_id == article)
    if speaker:
        conditions.append(statements.c.speaker_id.in_(_matching_actor_ids(connection, speaker)))
    if target:
        linked = select(targets.c.statement_id).where(targets.c.actor_id.in_(_matching_actor_ids(connection, target)))
        conditions.append(statements.c.id.in_(linked))
    if actor:
        ids = _matching_actor_ids(connection, actor)
        targeted = select(targets.c.statement_id).where(targets.c.actor_id.in_(ids))
        conditions.append(or_(statements.c.speaker_id.in_(ids), statements.c.id.in_(targeted)))
    return conditions


def find_statements(connection: Connection, where: StatementFilter) -> list[StatementRow]:
    statements, articles, actors = schema.statements, schema.articles, schema.actors
    targets = schema.statement_targets
    when = func.coalesce(statements.c.date, articles.c.published)
    query = (
        select(statements, when.label("when"), articles.c.source, actors.c.name.label("speaker_name"))
        .join(articles, statements.c.article_id == articles.c.id)
        .outerjoin(actors, statements.c.speaker_id == actors.c.id)
    )
    conditions = statement_conditions(
        connection, kind=where.kind, since=where.since, until=where.until,
        speaker=where.speaker, target=where.target,
    )
    if conditions:
        query = query.where(and_(*conditions))
    query = query.order_by(when.desc(), statements.c.evidence_start, statements.c.id)
    if where.limit:
        query = query.limit(where.limit)
    rows = list(connection.execute(query))
    names = _target_names(connection, [row.id for row in rows])
    return [
        StatementRow(
            id=row.id, article_id=row.article_id, date=row.when, kind=row.kind,
            speaker=row.speaker_name, speaker_id=row.speaker_id, targets=tuple(names.get(row.id, ())),
            quote=row.quote, direct=bool(row.direct), platform=row.platform, source=row.source,
            evidence=row.evidence_text,
        )
        for row in rows
    ]


def _target_names(connection: Connection, ids: list[str]) -> dict[str, list[str]]:
    targets, actors = schema.statement_targets, schema.actors
    found: dict[str, list[str]] = {}
    for start in range(0, len(ids), CHUNK):
        query = (
            select(targets.c.statement_id, actors.c.name)
            .join(actors, targets.c.actor_id == actors.c.id)
            .where(targets.c.statement_id.in_(ids[start : start + CHUNK]))
            .order_by(targets.c.statement_id, targets.c.position)
        )
        for statement_id, name in connection.execute(query):
            found.setdefault(statement_id, []).append(name)
    return found
