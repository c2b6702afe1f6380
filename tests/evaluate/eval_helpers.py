"""Hand-built documents for the evaluation tests."""

from __future__ import annotations

from sitrep.model.records import (
    Actor,
    Article,
    Document,
    Event,
    Evidence,
    Fatalities,
    Mention,
    Place,
    Relation,
    Statement,
)


def evidence(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(fragment, start, start + len(fragment))


def actor(text: str, id_: str, name: str, kind: str = "other", mention: str | None = None,
          country: str | None = None, aliases: list[str] | None = None) -> Actor:
    mentions = []
    if mention is not None:
        start = text.index(mention)
        mentions.append(Mention(start, start + len(mention), mention))
    return Actor(id=id_, name=name, kind=kind, country=country, aliases=aliases or [],
                 mentions=mentions)


def event(text: str, id_: str, type_: str, fragment: str, **fields) -> Event:
    return Event(id=id_, type=type_, evidence=evidence(text, fragment), **fields)


def document(text: str, **parts) -> Document:
    return Document(article=Article(text=text), **parts)


__all__ = [
    "Actor", "Document", "Event", "Fatalities", "Place", "Relation", "Statement",
    "actor", "document", "event", "evidence",
]
