"""Fusion in the store: near-duplicate article links, merged events (clusters), actor identity.

``fuse_documents`` runs inside ``save_documents``'s transaction, after the batch's rows are
inserted, so a batch is fused completely or not at all. Every step is an indexed lookup, never a
scan of the store:

- an article's copies are the articles that share one of its LSH band keys
  (``article_bands``, keyed by band), confirmed by the MinHash similarity of their signatures;
- an event's candidates are stored events of the same type whose day lies within
  ``MAX_DAYS`` (``event_clusters`` indexed by type and day), in the same country, under the same
  place name or inside a box of ``MAX_KM`` around it; ``sitrep.fuse.same_event`` decides;
- a new actor's namesakes are the stored actors of its kind (``sitrep.fuse.actors``).

An event joins the cluster that most of its matching candidates belong to (ties: the oldest);
clusters are never joined to each other, so one loose match cannot chain two events together.
The events of a near-duplicate article join the clusters of their counterparts in the article it
copies (the same sentence, else the same position among events of the type, at the same place),
whatever their dates: a reprint resolves "on Tuesday" against its own publication date.
``split_event`` takes an event back out of its cluster for good.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, false, func, or_, select, true, update
from sqlalchemy.engine import Connection

from sitrep.fuse.actors import ActorMatcher, ActorName, is_new_candidate
from sitrep.fuse.events import MAX_DAYS, MAX_KM, UNPLACED, EventSummary, same_event
from sitrep.fuse.near_duplicates import THRESHOLD, band_keys, from_bytes, signature, similarity, to_bytes
from sitrep.model import Actor, Document, Event
from sitrep.store import schema

MAX_COPY_CANDIDATES = 200  # articles sharing a band: boilerplate can make a band key common
KM_PER_DEGREE = 111.0


@dataclass(slots=True)
class FusionResult:
    links: int = 0  # new articles linked as near-duplicates
    merged: int = 0  # new events that joined an existing cluster


# --- actors -------------------------------------------------------------------------------------

def same_actors(connection: Connection, found: Mapping[str, Actor], stored: set[str]) -> dict[str, tuple[str, str]]:
    """Map each new actor (not in ``stored``, not in the knowledge base) that respells a known actor
    of its kind to that actor's (id, name). Earlier actors of the batch count as known."""
    fresh = [actor for actor_id, actor in found.items() if actor_id not in stored and is_new_candidate(actor_id, actor.kind)]
    if not fresh:
        return {}
    kinds = sorted({actor.kind for actor in fresh})
    actors = schema.actors
    known = [
        ActorName(row.id, row.kind, (row.name, *json.loads(row.aliases)))
        for row in connection.execute(select(actors.c.id, actors.c.kind, actors.c.name, actors.c.aliases).where(actors.c.kind.in_(kinds)))
    ]
    fresh_ids = {actor.id for actor in fresh}
    known += [ActorName(a.id, a.kind, (a.name, *a.aliases)) for a in found.values() if a.id not in fresh_ids and a.kind in kinds]
    names = {actor.id: actor.spellings[0] for actor in known}
    matcher = ActorMatcher(known)
    mapping: dict[str, tuple[str, str]] = {}
    for actor in fresh:  # in the batch's order: the first spelling seen is the actor's name
        target = matcher.match(actor.kind, actor.name)
        if target is not None and target != actor.id:
            mapping[actor.id] = mapping.get(target, (target, names[target]))
        else:
            matcher.add(ActorName(actor.id, actor.kind, (actor.name, *actor.aliases)))
            names[actor.id] = actor.name
    return mapping


# --- articles -----------------------------------------------------------------------------------

def _link_article(connection: Connection, article_id: str, text: str) -> tuple[str, float] | None:
    """Store the article's signature and band keys; return the article it copies, if any."""
    sig = signature(text)
    keys = band_keys(sig)
    bands, signatures, links = schema.article_bands, schema.article_signatures, schema.article_links
    candidates = list(
        connection.scalars(
            select(bands.c.article_id).where(bands.c.band_key.in_(keys), bands.c.article_id != article_id)
            .distinct().limit(MAX_COPY_CANDIDATES)
        )
    )
    best: tuple[str, float] | None = None
    if candidates:
        for row in connection.execute(select(signatures).where(signatures.c.article_id.in_(candidates))):
            score = similarity(sig, from_bytes(row.signature))
            if score >= THRESHOLD and (best is None or (score, best[0]) > (best[1], row.article_id)):
                best = (row.article_id, score)
    connection.execute(signatures.insert(), [{"article_id": article_id, "signature": to_bytes(sig)}])
    connection.execute(bands.insert(), [{"band_key": key, "article_id": article_id} for key in dict.fromkeys(keys)])
    if best is None:
        return None
    original = connection.scalar(select(links.c.duplicate_of).where(links.c.article_id == best[0])) or best[0]
    connection.execute(links.insert(), [{"article_id": article_id, "duplicate_of": original, "similarity": best[1]}])
    return original, best[1]


# --- events -------------------------------------------------------------------------------------

def _day_window(day: str) -> tuple[str, str] | None:
    """The days within ``MAX_DAYS`` of ``day``, clamped to the calendar; None for a malformed day."""
    try:
        center = dt.date.fromisoformat(day)
    except ValueError:  # a date from an untrusted input that no check upstream rejected
        return None
    low = dt.date.fromordinal(max(center.toordinal() - MAX_DAYS, dt.date.min.toordinal()))
    high = dt.date.fromordinal(min(center.toordinal() + MAX_DAYS, dt.date.max.toordinal()))
    return low.isoformat(), high.isoformat()


def _place_condition(event: Event):
    events, place = schema.events, event.place
    if place is None:
        return None
    conditions = []
    if place.country:
        conditions.append(events.c.country == place.country)
    if place.lat is not None and place.lon is not None:
        dlat = MAX_KM / KM_PER_DEGREE
        dlon = MAX_KM / (KM_PER_DEGREE * max(math.cos(math.radians(place.lat)), 0.05))
        conditions.append(and_(events.c.lat.between(place.lat - dlat, place.lat + dlat),
                               events.c.lon.between(place.lon - dlon, place.lon + dlon)))
    if place.name:
        conditions.append(func.lower(events.c.place_name) == place.name.casefold())
    return or_(*conditions) if conditions else None


def _summary(event: Event, day: str | None, mapping: Mapping[str, str]) -> EventSummary:
    place = event.place
    return EventSummary(
        id=event.id, type=event.type, acled_type=event.acled_type, date=day,
        place_name=place.name if place else None, lat=place.lat if place else None,
        lon=place.lon if place else None,
        actors=frozenset(mapping.get(i, i) for i in event.actors),
        negated=event.negated, hypothetical=event.hypothetical, precision=place.precision if place else None,
    )


def _candidates(connection: Connection, event: Event, article_id: str, day: str) -> list[tuple[EventSummary, str]]:
    """Stored events that could be ``event``, each with its cluster id (indexed lookups only)."""
    place = _place_condition(event)
    if place is None or event.place is None or event.place.precision in UNPLACED:
        return []
    events, clusters = schema.events, schema.event_clusters
    window_days = _day_window(day)
    if window_days is None:
        return []
    low, high = window_days
    # Two steps, so that every database answers the first from ix_event_clusters_type_day (a
    # join lets a planner start from an events index and scan every event of the type).
    window = {
        row.event_id: row
        for row in connection.execute(
            select(clusters.c.event_id, clusters.c.cluster_id, clusters.c.day)
            .where(clusters.c.type == event.type, clusters.c.day.between(low, high), clusters.c.split == false())
        )
    }
    if not window:
        return []
    rows = []
    ids = list(window)
    for start in range(0, len(ids), 500):
        rows += connection.execute(
            select(events.c.id, events.c.type, events.c.acled_type, events.c.place_name, events.c.lat,
                   events.c.lon, events.c.geo_precision)
            .where(events.c.id.in_(ids[start : start + 500]), events.c.article_id != article_id,
                   events.c.negated == false(), events.c.hypothetical == false(), place)
        ).all()
    if not rows:
        return []
    roles: dict[str, set[str]] = defaultdict(set)
    links = schema.event_actors
    doers = select(links.c.event_id, links.c.actor_id).where(links.c.event_id.in_([r.id for r in rows]), links.c.role == "actor")
    for row in connection.execute(doers):
        roles[row.event_id].add(row.actor_id)
    return [
        (EventSummary(id=r.id, type=r.type, acled_type=r.acled_type, date=window[r.id].day, place_name=r.place_name,
                      lat=r.lat, lon=r.lon, actors=frozenset(roles[r.id]), precision=r.geo_precision), window[r.id].cluster_id)
        for r in rows
    ]


def _copied_clusters(connection: Connection, document: Document, original: str) -> dict[str, str]:
    """For a near-duplicate article: each event's counterpart in the original, by the same
    sentence, else the same position among events of its type; returns event id -> cluster id."""
    events, clusters = schema.events, schema.event_clusters
    rows = list(
        connection.execute(
            select(events.c.id, events.c.type, events.c.evidence_text, events.c.negated, events.c.hypothetical,
                   events.c.place_name, clusters.c.cluster_id, clusters.c.split)
            .join(clusters, clusters.c.event_id == events.c.id)
            .where(events.c.article_id == original)
            .order_by(events.c.evidence_start, events.c.id)
        )
    )
    by_type: dict[str, list] = defaultdict(list)
    for row in rows:
        by_type[row.type].append(row)
    found: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for event in document.events:
        same_type = by_type.get(event.type, [])
        ordinal = seen[event.type]
        seen[event.type] += 1
        match = next((r for r in same_type if r.evidence_text == event.evidence.text), None)
        if match is None and ordinal < len(same_type):
            match = same_type[ordinal]
        if match is None or match.split or bool(match.negated) != event.negated or bool(match.hypothetical) != event.hypothetical:
            continue
        place = event.place.name.casefold() if event.place and event.place.name else None
        if place != (match.place_name.casefold() if match.place_name else None):
            continue  # a look-alike story in another town, told in the same words
        found[event.id] = match.cluster_id
    return found


def _choose_cluster(event: EventSummary, candidates: Sequence[tuple[EventSummary, str]]) -> str | None:
    votes = Counter(cluster for candidate, cluster in candidates if same_event(event, candidate))
    if not votes:
        return None
    return min(votes, key=lambda cluster: (-votes[cluster], cluster))


def fuse_documents(
    connection: Connection, documents: Sequence[Document], actor_ids: Mapping[str, str] | None = None,
    *, keep: frozenset[str] = frozenset(),
) -> FusionResult:
    """Link and cluster the articles and events of ``documents`` (already inserted, in order).
    Events in ``keep`` already have their cluster row (split out by hand) and are left alone."""
    mapping = actor_ids or {}
    result = FusionResult()
    for document in documents:
        article = document.article
        link = _link_article(connection, article.id, article.text)
        copied = _copied_clusters(connection, document, link[0]) if link else {}
        if link:
            result.links += 1
        for event in document.events:
            if event.id in keep:
                continue
            day = event.date or article.published
            cluster = copied.get(event.id)
            if cluster is None and day and not (event.negated or event.hypothetical):
                cluster = _choose_cluster(_summary(event, day, mapping), _candidates(connection, event, article.id, day))
            if cluster is not None:
                result.merged += 1
            row = {"event_id": event.id, "cluster_id": cluster or event.id, "type": event.type, "day": day, "split": False}
            # inserted one by one: the batch's later events must see this one
            connection.execute(schema.event_clusters.insert(), [row])
    return result


def fuse_again(connection: Connection, article_ids: Sequence[str], load: Callable[[Connection, list[str]], list[Document]],
               batch_size: int = 200) -> FusionResult:
    """Fuse every stored article again, from scratch, in ``article_ids`` order: for a store filled
    before fusion existed (migration 0005 made each stored event a cluster of its own and gave
    stored articles no signature) or after the fusion rules changed. Events split out by hand stay
    split. Runs in the caller's transaction, so it is done completely or not at all."""
    clusters = schema.event_clusters
    keep = frozenset(connection.scalars(select(clusters.c.event_id).where(clusters.c.split == true())))
    connection.execute(delete(clusters).where(clusters.c.split == false()))
    for table in (schema.article_links, schema.article_bands, schema.article_signatures):
        connection.execute(delete(table))
    result = FusionResult()
    for start in range(0, len(article_ids), batch_size):
        documents = load(connection, list(article_ids[start : start + batch_size]))
        fused = fuse_documents(connection, documents, keep=keep)
        result.links += fused.links
        result.merged += fused.merged
    return result


# --- reading and undoing -------------------------------------------------------------------------

def clusters_of(connection: Connection, event_ids: Sequence[str]) -> dict[str, str]:
    """event id -> cluster id (an event with no row is a cluster of its own)."""
    clusters = schema.event_clusters
    found = {event_id: event_id for event_id in event_ids}
    for start in range(0, len(event_ids), 500):
        chunk = list(event_ids[start : start + 500])
        found.update(connection.execute(select(clusters.c.event_id, clusters.c.cluster_id).where(clusters.c.event_id.in_(chunk))).all())
    return found


def cluster_members(connection: Connection, cluster_ids: Sequence[str]) -> dict[str, list[str]]:
    """cluster id -> its events' ids, the cluster's own event first."""
    clusters = schema.event_clusters
    members: dict[str, list[str]] = {cluster_id: [] for cluster_id in cluster_ids}
    for start in range(0, len(cluster_ids), 500):
        chunk = list(cluster_ids[start : start + 500])
        for row in connection.execute(
            select(clusters.c.cluster_id, clusters.c.event_id).where(clusters.c.cluster_id.in_(chunk)).order_by(clusters.c.event_id)
        ):
            members[row.cluster_id].append(row.event_id)
    for cluster_id, ids in members.items():
        if cluster_id in ids:
            ids.remove(cluster_id)
        ids.insert(0, cluster_id)
    return members


def split_event(connection: Connection, event_id: str) -> bool:
    """Take ``event_id`` out of its cluster, for good: later articles never merge it again. When it
    was the cluster's own event, the others keep together under the smallest of their ids.
    Returns False when there is no such event."""
    clusters = schema.event_clusters
    row = connection.execute(select(clusters).where(clusters.c.event_id == event_id)).first()
    if row is None:
        return False
    others = sorted(
        connection.scalars(select(clusters.c.event_id).where(clusters.c.cluster_id == row.cluster_id, clusters.c.event_id != event_id))
    )
    if row.cluster_id == event_id and others:
        connection.execute(update(clusters).where(clusters.c.cluster_id == event_id, clusters.c.event_id != event_id).values(cluster_id=others[0]))
    connection.execute(update(clusters).where(clusters.c.event_id == event_id).values(cluster_id=event_id, split=True))
    return True


def duplicates(connection: Connection, article_ids: Sequence[str]) -> dict[str, tuple[str, float]]:
    """article id -> (the article it copies, similarity), for those of ``article_ids`` that copy one."""
    links = schema.article_links
    return {
        row.article_id: (row.duplicate_of, row.similarity)
        for row in connection.execute(select(links).where(links.c.article_id.in_(list(article_ids))))
    }
