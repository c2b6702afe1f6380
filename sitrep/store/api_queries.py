"""Read queries for the API and the web UI: filtered, cursor-paginated lists of events, articles,
statements, actors, relations and places; the timeline, the actor graph and full-text search.

Rows come back as plain dicts of JSON-ready values (the API's schemas validate and document them).
Lists are ordered newest first, with the id as tie-breaker, and paged by an opaque cursor: the
sort key and id of the last row, so a page never repeats or skips a row while rows are added.

Full-text search uses the SQLite FTS5 table ``articles_fts`` (migration 0002), PostgreSQL's
tsvector index (migration 0003) there, and a case-insensitive ``LIKE`` scan on anything else.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, literal, or_, select, text, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from sitrep.store import schema
from sitrep.model import Document
from sitrep.store.fusion import cluster_members, clusters_of
from sitrep.store.statement_queries import statement_conditions
from sitrep.store.queries import (
    CHUNK,
    _cluster_stats,
    _matching_actor_ids,
    event_conditions,
    load_documents,
    merged_only,
    postgres_fulltext,
)

FTS_TABLE = "articles_fts"
MAX_LIMIT = 1000
SNIPPET_START, SNIPPET_END = "\u0002", "\u0003"  # never in article text; the UI turns them into <mark>


def is_search_table(name: str) -> bool:
    """True for the FTS5 table and its shadow tables, which the table metadata does not describe."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


class BadCursor(ValueError):
    """A cursor that this module did not make (or that was altered)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What a list is narrowed to; each query uses the fields that apply to it."""

    since: str | None = None  # YYYY-MM-DD, inclusive (event date, else publication date)
    until: str | None = None
    country: str | None = None  # ISO alpha-3
    actor: str | None = None  # actor id, name or alias
    speaker: str | None = None  # statements: the speaker (id, name or alias)
    target: str | None = None  # statements: one of the targets
    type: str | None = None  # PLOVER or ACLED event type
    kind: str | None = None  # statement kind, or actor kind
    predicate: str | None = None  # relation predicate
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    article: str | None = None
    name: str | None = None  # substring of an actor's or place's name
    located: bool = False  # only events with coordinates


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def encode_cursor(key: Any, row_id: str) -> str:
    raw = json.dumps([key, row_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, row_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as error:
        raise BadCursor(f"not a cursor from this API: {cursor!r}") from error
    if not isinstance(row_id, str) or not isinstance(key, str | int | float):
        raise BadCursor(f"not a cursor from this API: {cursor!r}")
    return key, row_id


def _clamp(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def _after_desc(key_column: ColumnElement, id_column: ColumnElement, cursor: str | None) -> ColumnElement | None:
    if not cursor:
        return None
    key, row_id = decode_cursor(cursor)
    return or_(key_column < key, and_(key_column == key, id_column < row_id))


def _page(rows: list[dict[str, Any]], limit: int, sort_key: str) -> Page:
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor(rows[-1][sort_key] or "", rows[-1]["id"]) if more and rows else None
    return Page(items=rows, next_cursor=cursor)


def _names(connection: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    actors = schema.actors
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        for row in connection.execute(select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country).where(actors.c.id.in_(chunk))):
            found[row.id] = {"id": row.id, "name": row.name, "kind": row.kind, "country": row.country}
    return found


# --- events -------------------------------------------------------------------------------------

def _event_when():
    return func.coalesce(schema.events.c.date, schema.articles.c.published, "")


def _event_conditions(connection: Connection, where: Filters) -> list[ColumnElement]:
    events = schema.events
    conditions: list[ColumnElement] = event_conditions(connection, where)
    if where.article:
        conditions.append(events.c.article_id == where.article)
    if where.bbox:
        min_lon, min_lat, max_lon, max_lat = where.bbox
        conditions.append(events.c.lat.between(min_lat, max_lat))
        if min_lon <= max_lon:
            conditions.append(events.c.lon.between(min_lon, max_lon))
        else:  # the box crosses the antimeridian
            conditions.append(or_(events.c.lon >= min_lon, events.c.lon <= max_lon))
    if where.located or where.bbox:
        conditions.append(and_(events.c.lat.is_not(None), events.c.lon.is_not(None)))
    return conditions


def _selected(connection: Connection, where: Filters, merged: bool) -> list[ColumnElement]:
    """The conditions of a list of events: the matching source events, or (``merged``) the merged
    events, each the first event of its cluster, of which any source event matches."""
    conditions = _event_conditions(connection, where)
    if not merged:
        return conditions
    kept = [merged_only(conditions)]
    if where.located or where.bbox:
        kept.append(and_(schema.events.c.lat.is_not(None), schema.events.c.lon.is_not(None)))
    return kept


def _fusion(connection: Connection, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """event id -> its cluster id, number of sources and fatality spread."""
    cluster_of = clusters_of(connection, list(event_ids))
    stats = _cluster_stats(connection, list(dict.fromkeys(cluster_of.values())))
    found = {}
    for event_id, cluster in cluster_of.items():
        sources, _, low, high = stats.get(cluster, (1, 1, None, None))
        spread = {"min": low, "max": high} if low is not None or high is not None else None
        found[event_id] = {"cluster_id": cluster, "sources": sources, "fatalities_spread": spread}
    return found


def _event_select(connection: Connection, where: Filters, merged: bool = False):
    events, articles = schema.events, schema.articles
    query = (
        select(
            events, _event_when().label("when"), articles.c.title.label("article_title"),
            articles.c.source.label("article_source"), articles.c.published.label("article_published"),
            articles.c.url.label("article_url"),
        )
        .join(articles, events.c.article_id == articles.c.id)
    )
    conditions = _selected(connection, where, merged)
    return query.where(and_(*conditions)) if conditions else query


def _event_dict(row, roles: dict[str, list[dict[str, Any]]], fusion: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    place = None
    if row.place_name:
        place = {
            "name": row.place_name, "country": row.country, "admin1": row.admin1, "admin2": row.admin2,
            "lat": row.lat, "lon": row.lon, "precision": row.geo_precision, "geonameid": row.geonameid,
        }
    fatalities = None
    if row.fatalities_text is not None:
        fatalities = {"min": row.fatalities_min, "max": row.fatalities_max, "text": row.fatalities_text}
    linked = roles.get(row.id, [])
    return {
        "id": row.id, "type": row.type, "mode": row.mode, "acled_type": row.acled_type,
        "acled_subtype": row.acled_subtype, "date": row.date, "when": row.when or None,
        "date_precision": row.date_precision, "country": row.country, "lat": row.lat, "lon": row.lon,
        "place": place, "fatalities": fatalities, "reported_by": json.loads(row.reported_by),
        "injured": (
            {"min": row.injured_min, "max": row.injured_max, "text": row.injured_text}
            if row.injured_text is not None
            else None
        ),
        "negated": bool(row.negated), "hypothetical": bool(row.hypothetical),
        "evidence": {"text": row.evidence_text, "start": row.evidence_start, "end": row.evidence_end},
        "pipeline_version": row.pipeline_version,
        "actors": [link for link in linked if link["role"] == "actor"],
        "targets": [link for link in linked if link["role"] == "target"],
        "article": {
            "id": row.article_id, "title": row.article_title, "source": row.article_source,
            "published": row.article_published, "url": row.article_url,
        },
        **(fusion or {}).get(row.id, {"cluster_id": row.id, "sources": 1, "fatalities_spread": None}),
    }


def _event_roles(connection: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    links, actors = schema.event_actors, schema.actors
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(event_ids), CHUNK):
        chunk = event_ids[start : start + CHUNK]
        query = (
            select(links.c.event_id, links.c.role, actors.c.id, actors.c.name, actors.c.kind, actors.c.country)
            .join(actors, links.c.actor_id == actors.c.id)
            .where(links.c.event_id.in_(chunk))
            .order_by(links.c.event_id, links.c.role, links.c.position)
        )
        for row in connection.execute(query):
            roles[row.event_id].append({"id": row.id, "name": row.name, "kind": row.kind, "country": row.country, "role": row.role})
    return roles


def list_events(connection: Connection, where: Filters, *, limit: int = 100, cursor: str | None = None, merged: bool = True) -> Page:
    """Events newest first: merged across articles (one per cluster, with its number of sources and
    fatality spread), or with ``merged=False`` every source event."""
    limit = _clamp(limit)
    query = _event_select(connection, where, merged)
    after = _after_desc(_event_when(), schema.events.c.id, cursor)
    if after is not None:
        query = query.where(after)
    query = query.order_by(_event_when().desc(), schema.events.c.id.desc()).limit(limit + 1)
    rows = list(connection.execute(query))
    roles = _event_roles(connection, [row.id for row in rows])
    fusion = _fusion(connection, [row.id for row in rows])
    return _page([_event_dict(row, roles, fusion) for row in rows], limit, "when")


def get_event(connection: Connection, event_id: str) -> dict[str, Any] | None:
    """One event, with the merged event it belongs to: ``source_events`` lists every source event
    of its cluster (the event itself included), each with its article."""
    row = connection.execute(_event_select(connection, Filters()).where(schema.events.c.id == event_id)).first()
    if row is None:
        return None
    fusion = _fusion(connection, [row.id])
    event = _event_dict(row, _event_roles(connection, [row.id]), fusion)
    members = cluster_members(connection, [event["cluster_id"]])[event["cluster_id"]]
    events, articles = schema.events, schema.articles
    sources = {
        source.id: source
        for source in connection.execute(
            select(events.c.id, events.c.date, events.c.place_name, events.c.fatalities_min, events.c.fatalities_max,
                   events.c.fatalities_text, events.c.evidence_text, articles.c.id.label("article_id"), articles.c.title,
                   articles.c.source, articles.c.published, articles.c.url)
            .join(articles, events.c.article_id == articles.c.id)
            .where(events.c.id.in_(members))
        )
    }
    event["source_events"] = [
        {
            "id": source.id, "date": source.date, "place": source.place_name,
            "fatalities": (
                {"min": source.fatalities_min, "max": source.fatalities_max, "text": source.fatalities_text}
                if source.fatalities_text is not None
                else None
            ),
            "evidence": source.evidence_text,
            "article": {"id": source.article_id, "title": source.title, "source": source.source,
                        "published": source.published, "url": source.url},
        }
        for source in (sources[member] for member in members if member in sources)
    ]
    return event


def event_points(connection: Connection, where: Filters, *, limit: int = 50_000, merged: bool = True) -> list[dict[str, Any]]:
    """Located events, lightest form, for the map: no evidence, no actors; merged by default."""
    events, articles = schema.events, schema.articles
    conditions = [*_selected(connection, where, merged), events.c.lat.is_not(None), events.c.lon.is_not(None)]
    query = (
        select(
            events.c.id, events.c.lat, events.c.lon, events.c.type, events.c.acled_subtype,
            events.c.place_name, events.c.fatalities_min, events.c.fatalities_max,
            _event_when().label("when"), events.c.article_id, articles.c.title,
        )
        .join(articles, events.c.article_id == articles.c.id)
        .where(and_(*conditions))
        .order_by(_event_when().desc(), events.c.id.desc())
        .limit(max(1, limit))
    )
    rows = list(connection.execute(query))
    fusion = _fusion(connection, [row.id for row in rows])
    return [
        {
            "id": row.id, "lat": row.lat, "lon": row.lon, "type": row.type, "subtype": row.acled_subtype,
            "place": row.place_name, "fatalities": _fatalities(row.fatalities_min, row.fatalities_max),
            "date": row.when or None, "article_id": row.article_id, "title": row.title,
            "sources": fusion[row.id]["sources"],
        }
        for row in rows
    ]


def _fatalities(low: int | None, high: int | None) -> int:
    return int(low if low is not None else (high or 0))


def filtered_event_ids(connection: Connection, where: Filters, *, limit: int | None = None) -> list[str]:
    query = select(schema.events.c.id).join(schema.articles, schema.events.c.article_id == schema.articles.c.id)
    conditions = _event_conditions(connection, where)
    if conditions:
        query = query.where(and_(*conditions))
    query = query.order_by(_event_when().desc(), schema.events.c.id.desc())
    if limit:
        query = query.limit(limit)
    return list(connection.scalars(query))


def documents_for_events(connection: Connection, where: Filters, *, limit: int | None = None) -> list[Document]:
    """The documents of the events matching ``where``, each keeping only those events (for exports)."""
    wanted = filtered_event_ids(connection, where, limit=limit)
    owners: dict[str, str] = {}
    events = schema.events
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        owners.update(connection.execute(select(events.c.id, events.c.article_id).where(events.c.id.in_(chunk))).all())
    documents = load_documents(connection, list(dict.fromkeys(owners.values())))
    keep = set(wanted)
    for document in documents:
        document.events = [event for event in document.events if event.id in keep]
    return documents


def timeline(connection: Connection, where: Filters, *, bucket: str = "day", merged: bool = True) -> list[dict[str, Any]]:
    """Event counts and fatalities per day or ISO week (weeks start on Monday); undated events are
    left out. Merged by default: an event told by several sources counts once, on its first
    source's day and with its first source's figure."""
    events = schema.events
    day = func.substr(_event_when(), 1, 10)
    conditions = [*_selected(connection, where, merged), _event_when() != ""]
    query = (
        select(day.label("day"), func.count().label("events"),
               func.sum(func.coalesce(events.c.fatalities_min, events.c.fatalities_max, 0)).label("fatalities"))
        .select_from(events.join(schema.articles, events.c.article_id == schema.articles.c.id))
        .where(and_(*conditions))
        .group_by(day)
        .order_by(day)
    )
    totals: dict[str, list[int]] = {}
    for row in connection.execute(query):
        start = row.day if bucket == "day" else _week_start(row.day)
        if start is None:
            continue
        counts = totals.setdefault(start, [0, 0])
        counts[0] += row.events
        counts[1] += int(row.fatalities or 0)
    return [{"start": start, "events": n, "fatalities": dead} for start, (n, dead) in sorted(totals.items())]


def _week_start(day: str) -> str | None:
    try:
        value = date.fromisoformat(day)
    except ValueError:
        return None
    return (value - timedelta(days=value.weekday())).isoformat()


# --- articles -----------------------------------------------------------------------------------

def list_articles(connection: Connection, where: Filters, *, limit: int = 100, cursor: str | None = None) -> Page:
    articles = schema.articles
    limit = _clamp(limit)
    published = func.coalesce(articles.c.published, "")
    event_count = select(func.count()).where(schema.events.c.article_id == articles.c.id).scalar_subquery()
    query = select(
        articles.c.id, articles.c.title, articles.c.source, articles.c.url, articles.c.language,
        published.label("published"), event_count.label("events"),
    )
    conditions = []
    if where.since:
        conditions.append(published >= where.since)
    if where.until:
        conditions.append(and_(published != "", published <= where.until))
    if where.actor:
        ids = _matching_actor_ids(connection, where.actor)
        conditions.append(articles.c.id.in_(select(schema.mentions.c.article_id).where(schema.mentions.c.actor_id.in_(ids))))
    if where.country:
        conditions.append(articles.c.id.in_(select(schema.events.c.article_id).where(schema.events.c.country == where.country.upper())))
    after = _after_desc(published, articles.c.id, cursor)
    if after is not None:
        conditions.append(after)
    if conditions:
        query = query.where(and_(*conditions))
    rows = connection.execute(query.order_by(published.desc(), articles.c.id.desc()).limit(limit + 1))
    items = [dict(row._mapping) | {"published": row.published or None} for row in rows]
    return _page(items, limit, "published")


# --- statements ---------------------------------------------------------------------------------

def list_statements(connection: Connection, where: Filters, *, limit: int = 100, cursor: str | None = None) -> Page:
    statements, articles, targets = schema.statements, schema.articles, schema.statement_targets
    limit = _clamp(limit)
    when = func.coalesce(statements.c.date, articles.c.published, "")
    query = select(statements, when.label("when"), articles.c.title.label("article_title"),
                   articles.c.published.label("article_published")).join(articles, statements.c.article_id == articles.c.id)
    conditions = statement_conditions(
        connection, kind=where.kind, since=where.since, until=where.until, article=where.article,
        actor=where.actor, speaker=where.speaker, target=where.target,
    )
    after = _after_desc(when, statements.c.id, cursor)
    if after is not None:
        conditions.append(after)
    if conditions:
        query = query.where(and_(*conditions))
    rows = list(connection.execute(query.order_by(when.desc(), statements.c.id.desc()).limit(limit + 1)))
    target_ids: dict[str, list[str]] = defaultdict(list)
    ids = [row.id for row in rows]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for link in connection.execute(select(targets).where(targets.c.statement_id.in_(chunk)).order_by(targets.c.position)):
            target_ids[link.statement_id].append(link.actor_id)
    names = _names(connection, [row.speaker_id for row in rows if row.speaker_id] + [a for t in target_ids.values() for a in t])
    items = [
        {
            "id": row.id, "kind": row.kind, "quote": row.quote, "direct": bool(row.direct),
            "platform": row.platform, "date": row.date, "when": row.when or None,
            "speaker": names.get(row.speaker_id) if row.speaker_id else None,
            "targets": [names[a] for a in target_ids[row.id] if a in names],
            "evidence": {"text": row.evidence_text, "start": row.evidence_start, "end": row.evidence_end},
            "article": {"id": row.article_id, "title": row.article_title, "published": row.article_published},
        }
        for row in rows
    ]
    return _page(items, limit, "when")


# --- relations and the actor graph --------------------------------------------------------------

def list_relations(connection: Connection, where: Filters, *, limit: int = 100, cursor: str | None = None) -> Page:
    relations = schema.relations
    limit = _clamp(limit)
    query = select(relations)
    conditions = []
    if where.predicate:
        conditions.append(relations.c.predicate == where.predicate)
    if where.article:
        conditions.append(relations.c.article_id == where.article)
    if where.actor:
        ids = _matching_actor_ids(connection, where.actor)
        conditions.append(or_(relations.c.subject_id.in_(ids), relations.c.object_id.in_(ids)))
    if cursor:
        _, row_id = decode_cursor(cursor)
        conditions.append(relations.c.id > row_id)
    if conditions:
        query = query.where(and_(*conditions))
    rows = list(connection.execute(query.order_by(relations.c.id).limit(limit + 1)))
    names = _names(connection, [r.subject_id for r in rows] + [r.object_id for r in rows])
    items = [
        {
            "id": row.id, "predicate": row.predicate, "subject": names.get(row.subject_id),
            "object": names.get(row.object_id), "article_id": row.article_id,
            "evidence": {"text": row.evidence_text, "start": row.evidence_start, "end": row.evidence_end},
        }
        for row in rows
    ]
    more = len(items) > limit
    items = items[:limit]
    return Page(items=items, next_cursor=encode_cursor("", items[-1]["id"]) if more and items else None)


def actor_graph(connection: Connection, where: Filters, *, min_weight: int = 1, max_nodes: int = 300) -> dict[str, Any]:
    """Actors as nodes; relations (by predicate) and event interactions (actor → target) as
    weighted edges. ``where.kind``/``where.country`` narrow the nodes; dates narrow event edges."""
    relations, links = schema.relations, schema.event_actors
    relation_edges = select(
        relations.c.subject_id.label("source"), relations.c.object_id.label("target"),
        relations.c.predicate.label("label"), func.count().label("weight"),
    ).group_by(relations.c.subject_id, relations.c.object_id, relations.c.predicate)
    doers, targets = links.alias("doers"), links.alias("targets")
    event_filter = Filters(since=where.since, until=where.until, country=where.country, type=where.type)
    event_ids = select(schema.events.c.id).join(schema.articles, schema.events.c.article_id == schema.articles.c.id)
    conditions = _event_conditions(connection, event_filter)
    if conditions:
        event_ids = event_ids.where(and_(*conditions))
    event_edges = (
        select(doers.c.actor_id.label("source"), targets.c.actor_id.label("target"),
               literal("event").label("label"), func.count(func.distinct(doers.c.event_id)).label("weight"))
        .join(targets, and_(doers.c.event_id == targets.c.event_id, targets.c.role == "target"))
        .where(doers.c.role == "actor", doers.c.actor_id != targets.c.actor_id, doers.c.event_id.in_(event_ids))
        .group_by(doers.c.actor_id, targets.c.actor_id)
    )
    edges = [dict(row._mapping) for row in connection.execute(union_all(relation_edges, event_edges))]
    edges = [edge for edge in edges if edge["weight"] >= min_weight]
    nodes = _names(connection, [e["source"] for e in edges] + [e["target"] for e in edges])
    if where.kind:
        nodes = {k: v for k, v in nodes.items() if v["kind"] == where.kind}
    if where.country:
        nodes = {k: v for k, v in nodes.items() if v["country"] == where.country.upper()}
    if where.actor:
        focus = set(_matching_actor_ids(connection, where.actor))
        near = {e["source"] for e in edges if e["target"] in focus} | {e["target"] for e in edges if e["source"] in focus}
        nodes = {k: v for k, v in nodes.items() if k in focus | near}
    degree: dict[str, int] = defaultdict(int)
    edges = [e for e in edges if e["source"] in nodes and e["target"] in nodes]
    for edge in edges:
        degree[edge["source"]] += edge["weight"]
        degree[edge["target"]] += edge["weight"]
    kept = set(sorted(degree, key=lambda k: (-degree[k], k))[:max_nodes])
    return {
        "nodes": [nodes[k] | {"degree": degree[k]} for k in sorted(kept)],
        "edges": [e for e in edges if e["source"] in kept and e["target"] in kept],
    }


# --- actors -------------------------------------------------------------------------------------

def list_actors(connection: Connection, where: Filters, *, limit: int = 100, cursor: str | None = None) -> Page:
    actors = schema.actors
    limit = _clamp(limit)
    mention_count = select(func.count()).where(schema.mentions.c.actor_id == actors.c.id).scalar_subquery()
    event_count = select(func.count(func.distinct(schema.event_actors.c.event_id))).where(schema.event_actors.c.actor_id == actors.c.id).scalar_subquery()
    query = select(actors, mention_count.label("mentions"), event_count.label("events"))
    conditions = []
    if where.name:
        conditions.append(actors.c.id.in_(_matching_actor_ids(connection, where.name)))
    if where.kind:
        conditions.append(actors.c.kind == where.kind)
    if where.country:
        conditions.append(actors.c.country == where.country.upper())
    if cursor:
        name, row_id = decode_cursor(cursor)
        conditions.append(or_(actors.c.name > name, and_(actors.c.name == name, actors.c.id > row_id)))
    if conditions:
        query = query.where(and_(*conditions))
    rows = connection.execute(query.order_by(actors.c.name, actors.c.id).limit(limit + 1))
    items = [_actor_dict(row) for row in rows]
    more = len(items) > limit
    items = items[:limit]
    return Page(items=items, next_cursor=encode_cursor(items[-1]["name"], items[-1]["id"]) if more and items else None)


def _actor_dict(row) -> dict[str, Any]:
    return {
        "id": row.id, "name": row.name, "kind": row.kind, "country": row.country,
        "aliases": json.loads(row.aliases), "mentions": row.mentions, "events": row.events,
    }


def get_actor(connection: Connection, actor_id: str) -> dict[str, Any] | None:
    actors = schema.actors
    mention_count = select(func.count()).where(schema.mentions.c.actor_id == actors.c.id).scalar_subquery()
    event_count = select(func.count(func.distinct(schema.event_actors.c.event_id))).where(schema.event_actors.c.actor_id == actors.c.id).scalar_subquery()
    row = connection.execute(
        select(actors, mention_count.label("mentions"), event_count.label("events")).where(actors.c.id == actor_id)
    ).first()
    return _actor_dict(row) if row is not None else None


# --- places -------------------------------------------------------------------------------------

def list_places(connection: Connection, where: Filters, *, limit: int = 100) -> list[dict[str, Any]]:
    """Places named by events, with how many events and fatalities each has, most events first."""
    events = schema.events
    conditions = [*_event_conditions(connection, where), events.c.place_name.is_not(None)]
    if where.name:
        conditions.append(func.lower(events.c.place_name).contains(where.name.casefold(), autoescape=True))
    query = (
        select(
            events.c.place_name, events.c.country, events.c.admin1, events.c.lat, events.c.lon,
            events.c.geo_precision, events.c.geonameid, func.count().label("events"),
            func.sum(func.coalesce(events.c.fatalities_min, events.c.fatalities_max, 0)).label("fatalities"),
            func.min(_event_when()).label("first"), func.max(_event_when()).label("last"),
        )
        .select_from(events.join(schema.articles, events.c.article_id == schema.articles.c.id))
        .where(and_(*conditions))
        .group_by(events.c.place_name, events.c.country, events.c.admin1, events.c.lat, events.c.lon, events.c.geo_precision, events.c.geonameid)
        .order_by(func.count().desc(), events.c.place_name)
        .limit(_clamp(limit))
    )
    return [
        {
            "name": row.place_name, "country": row.country, "admin1": row.admin1, "lat": row.lat,
            "lon": row.lon, "precision": row.geo_precision, "geonameid": row.geonameid,
            "events": row.events, "fatalities": int(row.fatalities or 0),
            "first": row.first or None, "last": row.last or None,
        }
        for row in connection.execute(query)
    ]


# --- full-text search ---------------------------------------------------------------------------

_TERM = re.compile(r"[^\s\"]+\*?|\"[^\"]*\"")


def fts_query(user_query: str) -> str:
    """The FTS5 MATCH expression for what a user typed: every word must occur (as a phrase, so
    FTS5 operators and punctuation in the input are plain text); ``word*`` keeps its prefix star."""
    terms = []
    for term in _TERM.findall(user_query):
        prefix = term.endswith("*") and not term.startswith('"')
        body = term.strip('"').rstrip("*") if prefix else term.strip('"')
        if body.strip():
            terms.append('"' + body.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def has_search_index(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": FTS_TABLE})
    return found.first() is not None


def search_articles(connection: Connection, user_query: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Articles whose title or text contains every word of ``user_query``, best match first, each
    with a snippet whose matches are wrapped in ``SNIPPET_START``/``SNIPPET_END``."""
    limit = _clamp(limit)
    match = fts_query(user_query)
    if not match:
        return []
    if connection.dialect.name == "postgresql":
        return _search_postgresql(connection, user_query, limit)
    if not has_search_index(connection):
        return _search_by_like(connection, user_query, limit)
    query = text(
        f"SELECT a.id, a.title, a.source, a.published, "
        f"snippet({FTS_TABLE}, 1, :open, :close, '…', 16) AS snippet "
        f"FROM {FTS_TABLE} JOIN articles AS a ON a.rowid = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH :match ORDER BY bm25({FTS_TABLE}, 5.0, 1.0) LIMIT :limit"
    )
    rows = connection.execute(query, {"open": SNIPPET_START, "close": SNIPPET_END, "match": match, "limit": limit})
    return [dict(row._mapping) for row in rows]


def _search_postgresql(connection: Connection, user_query: str, limit: int) -> list[dict[str, Any]]:
    """PostgreSQL's own full-text search (GIN index of migration 0003), snippets cut by ``LIKE`` rules."""
    articles = schema.articles
    rows = connection.execute(
        select(articles.c.id, articles.c.title, articles.c.source, articles.c.published, articles.c.text)
        .where(postgres_fulltext(user_query)).limit(limit)
    )
    return [_like_hit(row, user_query) for row in rows]


def _like_hit(row, user_query: str) -> dict[str, Any]:
    words = [w for w in re.split(r"\W+", user_query) if w] or [""]
    at = max(0, row.text.casefold().find(words[0].casefold()))
    start = max(0, at - 60)
    return {"id": row.id, "title": row.title, "source": row.source, "published": row.published,
            "snippet": ("…" if start else "") + row.text[start : start + 160] + "…"}


def _search_by_like(connection: Connection, user_query: str, limit: int) -> list[dict[str, Any]]:
    articles = schema.articles
    words = [w for w in re.split(r"\s+", user_query.replace('"', " ").replace("*", " ")) if w]
    conditions = [or_(func.lower(articles.c.text).contains(w.casefold(), autoescape=True),
                       func.lower(articles.c.title).contains(w.casefold(), autoescape=True)) for w in words]
    rows = connection.execute(select(articles.c.id, articles.c.title, articles.c.source, articles.c.published, articles.c.text).where(and_(*conditions)).limit(limit))
    return [_like_hit(row, user_query) for row in rows]
