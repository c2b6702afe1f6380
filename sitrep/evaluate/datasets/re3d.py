"""re3d documents -> gold actors (entities) and relations.

Entity types map to sitrep actor kinds by ``ENTITY_KINDS``; entities of the other types
(Location, Nationality, Temporal, Quantity, Weapon, ...) are no actors, but a predicted actor whose
mention overlaps one of them is not counted as a false alarm (re3d marks "Iraq" as a Location where
sitrep may see a state acting).

| re3d entity type | sitrep actor kinds accepted |
|---|---|
| Person | person |
| Organisation | state_forces, armed_group, government, political_party, monitor, media, international_org, state, civilians, other |

Mentions with the same folded text are one gold actor. Relation types map to predicates by
``RELATION_PREDICATES``; the others (CoLocated, HasAttrOf, CommWith, IsSynonymOf, Likes, Dislikes,
Apart) are not measured.

| re3d relation | sitrep predicates accepted | direction |
|---|---|---|
| BelongsTo | member_of, part_of | source -> target |
| InChargeOf | leader_of | source -> target |
| AlliesOf | allied_with, supports, backed_by | either |
| FightingAgainst | opposes | either |

A relation matches when the predicate is accepted and both ends match (mention overlap with the gold
span, or name). Gold is the annotations with confidence >= 0.5 (the file's ``gold``).
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.datasets.common import gold_of, text_of
from sitrep.evaluate.match import fold
from sitrep.evaluate.schema import GoldActor, GoldRecord, GoldRelation, Span

ORGANISATION_KINDS = frozenset(
    {
        "state_forces",
        "armed_group",
        "government",
        "political_party",
        "monitor",
        "media",
        "international_org",
        "state",
        "civilians",
        "other",
    }
)
ENTITY_KINDS: dict[str, frozenset[str]] = {
    "Person": frozenset({"person"}),
    "Organisation": ORGANISATION_KINDS,
}
RELATION_PREDICATES: dict[str, tuple[frozenset[str], bool]] = {
    "BelongsTo": (frozenset({"member_of", "part_of"}), False),
    "InChargeOf": (frozenset({"leader_of"}), False),
    "AlliesOf": (frozenset({"allied_with", "supports", "backed_by"}), True),
    "FightingAgainst": (frozenset({"opposes"}), True),
}


def _relation_actor(end: dict[str, Any]) -> GoldActor:
    span = Span.from_record(end)
    name = (end or {}).get("text") or ""
    return GoldActor(name=name, spans=(span,) if span else ())


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    grouped: dict[str, tuple[str, frozenset[str], list[Span]]] = {}
    ignore: list[Span] = []
    for entity in gold.get("entities") or []:
        span = Span.from_record(entity)
        if span is None:
            continue
        kinds = ENTITY_KINDS.get(entity.get("type") or "")
        if kinds is None:
            ignore.append(span)
            continue
        key = f"{entity.get('type')}:{fold(span.text)}"
        grouped.setdefault(key, (span.text, kinds, []))[2].append(span)
    actors = [
        GoldActor(name=name, kinds=kinds, spans=tuple(spans), label=key.split(":", 1)[0].casefold())
        for key, (name, kinds, spans) in grouped.items()
    ]
    relations = []
    for relation in gold.get("relations") or []:
        mapped = RELATION_PREDICATES.get(relation.get("type") or "")
        if mapped is None:
            continue
        accept, symmetric = mapped
        relations.append(
            GoldRelation(
                label="/".join(sorted(accept)),
                accept=accept,
                subject=_relation_actor(relation.get("source")),
                object=_relation_actor(relation.get("target")),
                symmetric=symmetric,
                span=Span.from_record(relation.get("trigger")),
            )
        )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        title=record.get("title"),
        parts=frozenset({"actors", "relations"}),
        exhaustive=frozenset({"actors", "relations"}),
        arguments=frozenset({"kind"}),
        actors=actors,
        ignore_actor_spans=ignore,
        relations=relations,
    )
