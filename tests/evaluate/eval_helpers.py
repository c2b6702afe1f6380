"""Hand-built documents for the evaluation tests, and the scripts they test loaded as modules."""

from __future__ import annotations

import importlib.util
from pathlib import Path

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

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str):
    """``scripts/<name>.py`` as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(f"{name}_script", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
