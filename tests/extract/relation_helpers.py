"""Helpers for the relation tests: relations as (subject name, predicate, object name) triples."""

from __future__ import annotations

from sitrep.model import Article


def relations_of(pipeline, text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    """The relations extracted from ``text``, by actor names; every evidence span is checked to be
    the text it claims."""
    found = pipeline.extract_one(Article(text=text, published=published))
    names = {a.id: a.name for a in found.actors}
    for relation in found.relations:
        assert text[relation.evidence.start : relation.evidence.end] == relation.evidence.text
    return {(names[r.subject], r.predicate, names[r.object]) for r in found.relations}


def opposed(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "opposes", b) in found or (b, "opposes", a) in found


def extracted(pipeline, text: str, published: str = "2026-04-14"):
    """The extracted document and its actors' names by id."""
    found = pipeline.extract_one(Article(text=text, published=published))
    return found, {a.id: a.name for a in found.actors}


def statements_of(pipeline, text: str, published: str = "2026-04-14") -> list[tuple[str, str | None, list[str]]]:
    """The extracted statements as (kind, speaker name, sorted target names)."""
    found, names = extracted(pipeline, text, published)
    return [(s.kind, names.get(s.speaker), sorted(names[t] for t in s.targets)) for s in found.statements]


def events_of(pipeline, text: str, published: str = "2026-04-14") -> list[tuple[str, list[str], list[str]]]:
    """The extracted events as (type, sorted actor names, sorted target names)."""
    found, names = extracted(pipeline, text, published)
    return [(e.type, sorted(names[a] for a in e.actors), sorted(names[t] for t in e.targets)) for e in found.events]


def kinds_of(pipeline, text: str, published: str = "2026-04-14") -> dict[str, str]:
    """The extracted actors' kinds by name."""
    found, _ = extracted(pipeline, text, published)
    return {a.name: a.kind for a in found.actors}
