"""Reading the store: filtered events and actors, whole documents, counts.

The CLI, the exports and (later) the API read through these functions only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.engine import Connection

from sitrep.model import (
    Actor,
    Article,
    Document,
    Event,
    Evidence,
    Fatalities,
    Mention,
    Place,
    PlaceMention,
    Relation,
    Statement,
)
from sitrep.store import schema
from sitrep.store.fusion import cluster_members, clusters_of

CHUNK = 500  # ids per IN (...) clause: well under SQLite's variable limit

# The indexed expression of migration 0003 (GIN index ix_articles_fts), written identically so
# that PostgreSQL's planner matches it to the index.
POSTGRES_DOCUMENT = "to_tsvector('english'::regconfig, coalesce(articles.title, '') || ' ' || articles.text)"


def postgres_fulltext(query: str) -> ColumnElement[bool]:
    """PostgreSQL full-text condition on articles: web-search syntax (``"exact phrase" -word or``)."""
    return literal_column(POSTGRES_DOCUMENT).op("@@")(func.websearch_to_tsquery(literal_column("'english'::regconfig"), query))


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor: str | None = None  # a name, alias or id, matched case-insensitively
    type: str | None = None  # PLOVER type or ACLED type
    country: str | None = None  # ISO alpha-3
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    limit: int | None = None
    merged: bool = True  # for ``events()``: one row per merged event; False: every source event


def _matching_actor_ids(connection: Connection, needle: str) -> list[str]:
    # autoescape: a "%" or "_" typed by the user is a character to find, not a wildcard
    needle_folded = needle.casefold()
    query = select(schema.actors.c.id).where(
        or_(
            schema.actors.c.id == needle,
            func.lower(schema.actors.c.name).contains(needle_folded, autoescape=True),
            func.lower(schema.actors.c.aliases).contains(needle_folded, autoescape=True),
        )
    )
    return list(connection.scalars(query))


def event_conditions(connection: Connection, where: EventFilter) -> list[ColumnElement[bool]]:
    """The filters every event view shares (type, country, time range, actor). ``where`` is an
    ``EventFilter`` or any object with those attributes (the API's filters)."""
    events, articles = schema.events, schema.articles
    when = func.coalesce(events.c.date, articles.c.published)
    conditions = []
    if where.type:
        wanted = where.type.upper()
        conditions.append(or_(events.c.type == wanted, func.upper(events.c.acled_type) == wanted))
    if where.country:
        conditions.append(events.c.country == where.country.upper())
    if where.since:
        conditions.append(when >= where.since)
    if where.until:
        conditions.append(when <= where.until)
    if where.actor:
        ids = _matching_actor_ids(connection, where.actor)
        linked = select(schema.event_actors.c.event_id).where(schema.event_actors.c.actor_id.in_(ids))
        conditions.append(events.c.id.in_(linked))
    return conditions


def event_ids(connection: Connection, where: EventFilter) -> list[str]:
    """Ids of the source events matching ``where``, newest first (``where.merged`` is not used)."""
    events, articles = schema.events, schema.articles
    when = func.coalesce(events.c.date, articles.c.published)
    query = select(events.c.id).join(articles, events.c.article_id == articles.c.id)
    conditions = event_conditions(connection, where)
    if conditions:
        query = query.where(and_(*conditions))
    query = query.order_by(when.desc(), events.c.id)
    if where.limit:
        query = query.limit(where.limit)
    return list(connection.scalars(query))


def merged_only(conditions: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    """The condition that keeps merged events (each cluster's own event) of which some source
    event meets ``conditions``. Without conditions, an indexed test per row instead of a subquery."""
    events, articles, clusters = schema.events, schema.articles, schema.event_clusters
    if not conditions:
        elsewhere = select(clusters.c.event_id).where(clusters.c.event_id == events.c.id, clusters.c.cluster_id != events.c.id)
        return ~elsewhere.exists()
    matched = (
        select(func.coalesce(clusters.c.cluster_id, events.c.id))
        .select_from(events.join(articles, events.c.article_id == articles.c.id).outerjoin(clusters, clusters.c.event_id == events.c.id))
        .where(and_(*conditions))
        .correlate(None)
    )
    return events.c.id.in_(matched)


def merged_event_ids(connection: Connection, where: EventFilter) -> list[str]:
    """Ids of the merged events (each cluster's own event) of which some source event matches
    ``where``, newest first."""
    events, articles = schema.events, schema.articles
    when = func.coalesce(events.c.date, articles.c.published)
    query = (
        select(events.c.id).join(articles, events.c.article_id == articles.c.id)
        .where(merged_only(event_conditions(connection, where))).order_by(when.desc(), events.c.id)
    )
    if where.limit:
        query = query.limit(where.limit)
    return list(connection.scalars(query))


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _evidence(row) -> Evidence:
    return Evidence(text=row.evidence_text, start=row.evidence_start, end=row.evidence_end)


def _event(row, roles: dict[str, dict[str, list[str]]]) -> Event:
    place = None
    if row.place_name:
        place = Place(
            name=row.place_name, country=row.country, admin1=row.admin1, admin2=row.admin2,
            lat=row.lat, lon=row.lon, precision=row.geo_precision, geonameid=row.geonameid,
        )
    fatalities = None
    if row.fatalities_text is not None:
        fatalities = Fatalities(min=row.fatalities_min, max=row.fatalities_max, text=row.fatalities_text)
    return Event(
        id=row.id, type=row.type, mode=row.mode, acled_type=row.acled_type,
        acled_subtype=row.acled_subtype, actors=roles[row.id]["actor"],
        targets=roles[row.id]["target"], place=place, date=row.date,
        date_precision=row.date_precision, fatalities=fatalities,
        injured=(
            Fatalities(min=row.injured_min, max=row.injured_max, text=row.injured_text)
            if row.injured_text is not None
            else None
        ),
        reported_by=json.loads(row.reported_by), negated=bool(row.negated),
        hypothetical=bool(row.hypothetical), evidence=_evidence(row),
    )


def load_documents(connection: Connection, article_ids: Sequence[str]) -> list[Document]:
    """Rebuild the document records of ``article_ids`` (in that order) from the tables."""
    documents: dict[str, Document] = {}
    for chunk in _chunks(list(article_ids)):
        for row in connection.execute(select(schema.articles).where(schema.articles.c.id.in_(chunk))):
            article = Article(
                text=row.text, title=row.title, source=row.source, url=row.url,
                published=row.published, language=row.language, origin=row.origin, id=row.id,
            )
            documents[row.id] = Document(article=article, pipeline_version=row.pipeline_version)
        _attach_facts(connection, documents, chunk)
    return [documents[article_id] for article_id in article_ids if article_id in documents]


def _attach_facts(connection: Connection, documents: dict[str, Document], chunk: Sequence[str]) -> None:
    mentions = schema.mentions
    actor_rows = connection.execute(
        select(mentions, schema.actors.c.name, schema.actors.c.kind, schema.actors.c.country, schema.actors.c.aliases)
        .join(schema.actors, mentions.c.actor_id == schema.actors.c.id)
        .where(mentions.c.article_id.in_(chunk))
        .order_by(mentions.c.article_id, mentions.c.start)
    )
    per_article: dict[str, dict[str, Actor]] = defaultdict(dict)
    for row in actor_rows:
        actors = per_article[row.article_id]
        actor = actors.get(row.actor_id)
        if actor is None:
            actor = actors[row.actor_id] = Actor(
                id=row.actor_id, name=row.name, kind=row.kind, country=row.country,
                aliases=json.loads(row.aliases),
            )
        actor.mentions.append(Mention(start=row.start, end=row.end, text=row.text))
    for article_id, actors in per_article.items():
        documents[article_id].actors = list(actors.values())

    events = schema.events
    event_rows = list(connection.execute(select(events).where(events.c.article_id.in_(chunk)).order_by(events.c.evidence_start, events.c.id)))
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"actor": [], "target": []})
    links = schema.event_actors
    for row in connection.execute(
        select(links).where(links.c.event_id.in_(select(events.c.id).where(events.c.article_id.in_(chunk)))).order_by(links.c.position)
    ):
        roles[row.event_id][row.role].append(row.actor_id)
    for row in event_rows:
        documents[row.article_id].events.append(_event(row, roles))

    statements, targets = schema.statements, schema.statement_targets
    statement_targets: dict[str, list[str]] = defaultdict(list)
    for row in connection.execute(
        select(targets).where(targets.c.statement_id.in_(select(statements.c.id).where(statements.c.article_id.in_(chunk)))).order_by(targets.c.position)
    ):
        statement_targets[row.statement_id].append(row.actor_id)
    for row in connection.execute(select(statements).where(statements.c.article_id.in_(chunk)).order_by(statements.c.evidence_start, statements.c.id)):
        documents[row.article_id].statements.append(
            Statement(
                id=row.id, kind=row.kind, speaker=row.speaker_id, targets=statement_targets[row.id],
                quote=row.quote, direct=bool(row.direct), platform=row.platform, date=row.date,
                evidence=_evidence(row),
            )
        )
    places = schema.place_mentions
    grouped: dict[tuple[str, int], PlaceMention] = {}
    for row in connection.execute(
        select(places).where(places.c.article_id.in_(chunk)).order_by(places.c.article_id, places.c.place, places.c.start)
    ):
        entry = grouped.get((row.article_id, row.place))
        if entry is None:
            entry = grouped[(row.article_id, row.place)] = PlaceMention(
                place=Place(name=row.name, country=row.country, admin1=row.admin1, admin2=row.admin2,
                            lat=row.lat, lon=row.lon, precision=row.precision, geonameid=row.geonameid)
            )
            documents[row.article_id].places.append(entry)
        entry.mentions.append(Mention(start=row.start, end=row.end, text=row.text))
    relations = schema.relations
    for row in connection.execute(select(relations).where(relations.c.article_id.in_(chunk)).order_by(relations.c.evidence_start, relations.c.id)):
        documents[row.article_id].relations.append(
            Relation(id=row.id, subject=row.subject_id, predicate=row.predicate, object=row.object_id, evidence=_evidence(row))
        )


def has_article(connection: Connection, article_id: str) -> bool:
    return connection.scalar(select(schema.articles.c.id).where(schema.articles.c.id == article_id)) is not None


def known_article_ids(connection: Connection, candidates: Sequence[str]) -> set[str]:
    known: set[str] = set()
    for chunk in _chunks(list(dict.fromkeys(candidates))):
        known.update(connection.scalars(select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk))))
    return known


def article_ids(connection: Connection) -> list[str]:
    return list(connection.scalars(select(schema.articles.c.id).order_by(schema.articles.c.published, schema.articles.c.id)))


def events_with_articles(connection: Connection, where: EventFilter) -> list[tuple[Event, Document]]:
    """Events matching ``where``, each with the document it came from (for names and sources)."""
    wanted = event_ids(connection, where)
    if not wanted:
        return []
    owners = {}
    for chunk in _chunks(wanted):
        owners.update(connection.execute(select(schema.events.c.id, schema.events.c.article_id).where(schema.events.c.id.in_(chunk))).all())
    documents = {d.article.id: d for d in load_documents(connection, list(dict.fromkeys(owners.values())))}
    result = []
    for event_id in wanted:
        document = documents[owners[event_id]]
        event = next(e for e in document.events if e.id == event_id)
        result.append((event, document))
    return result


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: str
    name: str
    kind: str
    country: str | None
    aliases: list[str]
    mentions: int
    events: int


def list_actors(
    connection: Connection, *, name: str | None = None, kind: str | None = None,
    country: str | None = None, limit: int | None = None,
) -> list[ActorRow]:
    actors = schema.actors
    mention_count = select(func.count()).where(schema.mentions.c.actor_id == actors.c.id).scalar_subquery()
    event_count = (
        select(func.count(func.distinct(schema.event_actors.c.event_id)))
        .where(schema.event_actors.c.actor_id == actors.c.id)
        .scalar_subquery()
    )
    query = select(actors, mention_count.label("mention_count"), event_count.label("event_count"))
    if name:
        query = query.where(actors.c.id.in_(_matching_actor_ids(connection, name)))
    if kind:
        query = query.where(actors.c.kind == kind)
    if country:
        query = query.where(actors.c.country == country.upper())
    query = query.order_by(mention_count.desc(), actors.c.name)
    if limit:
        query = query.limit(limit)
    return [
        ActorRow(
            id=row.id, name=row.name, kind=row.kind, country=row.country,
            aliases=json.loads(row.aliases), mentions=row.mention_count, events=row.event_count,
        )
        for row in connection.execute(query)
    ]


def counts(connection: Connection) -> dict[str, int]:
    return {
        table: connection.scalar(select(func.count()).select_from(schema.metadata.tables[table]))
        for table in ("articles", "actors", "events", "statements", "relations")
    }


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One event as the store knows it across articles: the cluster's own event (the first stored)
    and what its sources add up to."""

    event: Event
    document: Document  # the article the event was first stored from
    cluster_id: str
    sources: int  # distinct articles that report the event
    events: int  # source events merged (usually one per article)
    fatalities_min: int | None  # the lowest figure any source gives
    fatalities_max: int | None  # the highest
    members: tuple[tuple[Event, Document], ...] = ()  # with ``sources=True``: every source event, this one first


def _cluster_stats(connection: Connection, cluster_ids: Sequence[str]) -> dict[str, tuple[int, int, int | None, int | None]]:
    events, clusters = schema.events, schema.event_clusters
    stats = {}
    for chunk in _chunks(list(cluster_ids)):
        query = (
            select(
                clusters.c.cluster_id, func.count(func.distinct(events.c.article_id)), func.count(),
                func.min(func.coalesce(events.c.fatalities_min, events.c.fatalities_max)),
                func.max(func.coalesce(events.c.fatalities_max, events.c.fatalities_min)),
            )
            .join(events, events.c.id == clusters.c.event_id)
            .where(clusters.c.cluster_id.in_(chunk))
            .group_by(clusters.c.cluster_id)
        )
        stats.update((row[0], tuple(row[1:])) for row in connection.execute(query))
    return stats


def _events_by_id(connection: Connection, event_ids: Sequence[str]) -> dict[str, tuple[Event, Document]]:
    owners: dict[str, str] = {}
    for chunk in _chunks(list(event_ids)):
        owners.update(connection.execute(select(schema.events.c.id, schema.events.c.article_id).where(schema.events.c.id.in_(chunk))).all())
    documents = {d.article.id: d for d in load_documents(connection, list(dict.fromkeys(owners.values())))}
    found = {}
    for event_id, article_id in owners.items():
        document = documents[article_id]
        found[event_id] = (next(e for e in document.events if e.id == event_id), document)
    return found


def events(connection: Connection, where: EventFilter, *, sources: bool = False) -> list[MergedEvent]:
    """Merged events matching ``where`` (one per cluster; ``where.merged=False``: one per source
    event, each with its cluster's figures), newest first; ``sources=True`` adds every source event."""
    wanted = merged_event_ids(connection, where) if where.merged else event_ids(connection, where)
    if not wanted:
        return []
    cluster_of = clusters_of(connection, wanted)
    cluster_ids = list(dict.fromkeys(cluster_of.values()))
    stats = _cluster_stats(connection, cluster_ids)
    members = cluster_members(connection, cluster_ids) if sources else {}
    loaded = _events_by_id(connection, list(dict.fromkeys([*wanted, *(i for ids in members.values() for i in ids)])))
    result = []
    for event_id in wanted:
        event, document = loaded[event_id]
        cluster = cluster_of[event_id]
        count, merged, low, high = stats.get(cluster, (1, 1, None, None))
        own = tuple(loaded[i] for i in members.get(cluster, []))
        if own and own[0][0].id != event_id:  # the source event asked for comes first
            own = (loaded[event_id], *(pair for pair in own if pair[0].id != event_id))
        result.append(MergedEvent(event, document, cluster, count, merged, low, high, own))
    return result


def event_fusion(connection: Connection, event_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
    """event id -> (its merged event's id, how many articles report it): what exports need."""
    cluster_of = clusters_of(connection, list(event_ids))
    stats = _cluster_stats(connection, list(dict.fromkeys(cluster_of.values())))
    return {event_id: (cluster, stats.get(cluster, (1,))[0]) for event_id, cluster in cluster_of.items()}
