"""The seed actor knowledge base (``actors.json``): canonical names, aliases, kinds, countries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sitrep.model import stable_id


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]

    @property
    def id(self) -> str:
        return actor_id(self.kind, self.name)


def actor_id(kind: str, name: str) -> str:
    """An actor's id follows from its canonical name and kind, so it is the same in every article."""
    return stable_id("actor", kind, name.casefold())


@cache
def known_actors() -> tuple[KnownActor, ...]:
    raw = json.loads(resources.files("sitrep.kb").joinpath("actors.json").read_text("utf-8"))
    return tuple(
        KnownActor(
            name=entry["name"],
            kind=entry["kind"],
            country=entry.get("country"),
            aliases=tuple(entry.get("aliases") or ()),
        )
        for entry in raw["actors"]
    )


@cache
def actor_index() -> dict[str, KnownActor]:
    """Lookup by case-folded name or alias; acronyms are kept case-sensitive by the ruler."""
    index: dict[str, KnownActor] = {}
    for actor in known_actors():
        for name in (actor.name, *actor.aliases):
            index.setdefault(name.casefold(), actor)
            if name.casefold().startswith("the "):
                index.setdefault(name.casefold()[4:], actor)
    return index
