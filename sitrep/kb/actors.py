"""The actor knowledge base: bundled data files plus the user's overlay, loaded once per process.

Owns the schema of an entry (``KnownActor``), reading the bundled TSV files (``states.tsv`` for UN
member and observer states, ``actors_*.tsv`` for armed groups, monitors, organisations, media and
leaders), reading and writing the user overlay (``sitrep actors load``), and exact lookup by name or
alias. Spelling-tolerant lookup lives in ``sitrep.resolve.actors``. Schema: ``docs/actors.md``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import platformdirs

from sitrep.model import ACTOR_KINDS, RELATION_PREDICATES, stable_id

BUNDLED_FILES = (
    "actors_middle_east.tsv",
    "actors_africa.tsv",
    "actors_asia_europe_americas.tsv",
    "actors_organisations.tsv",
)
OVERLAY_ENV = "SITREP_ACTORS"
OVERLAY_NAME = "actors.json"


class ActorFileError(ValueError):
    """A user actor file has an entry without a name or with an unknown kind or predicate."""


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    affiliations: tuple[tuple[str, str], ...] = ()  # (predicate, canonical name of the other actor)
    source: str = "bundled"  # bundled | user

    @property
    def id(self) -> str:
        return actor_id(self.kind, self.name)

    @property
    def parents(self) -> set[str]:
        """The canonical names of the actors this one is ``part_of``."""
        return {other for predicate, other in self.affiliations if predicate == "part_of"}

    def to_record(self) -> dict:
        return {
            "name": self.name, "kind": self.kind, "country": self.country,
            "aliases": list(self.aliases),
            "affiliations": [f"{predicate}:{target}" for predicate, target in self.affiliations],
        }


def actor_id(kind: str, name: str) -> str:
    """An actor's id follows from its canonical name and kind, so it is the same in every article."""
    return stable_id("actor", kind, name.casefold())


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _affiliations(values: Iterable[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        predicate, _, target = value.partition(":")
        if predicate.strip() not in RELATION_PREDICATES or not target.strip():
            raise ActorFileError(
                f"affiliation {value!r} is not 'predicate:Actor name' with a predicate among "
                f"{', '.join(RELATION_PREDICATES)}."
            )
        pairs.append((predicate.strip(), target.strip()))
    return tuple(pairs)


def entry_from_record(record: dict, *, source: str) -> KnownActor:
    """One entry from a dict (YAML, JSON, a CSV row); lists may also be '|'-separated strings."""
    name = str(record.get("name") or "").strip()
    kind = str(record.get("kind") or "other").strip()
    if not name:
        raise ActorFileError(f"an actor entry has no name: {record!r}")
    if kind not in ACTOR_KINDS:
        raise ActorFileError(f"actor {name!r} has kind {kind!r}; use one of {', '.join(ACTOR_KINDS)}.")
    aliases = record.get("aliases") or ()
    affiliations = record.get("affiliations") or ()
    if isinstance(aliases, str):
        aliases = _split(aliases)
    if isinstance(affiliations, str):
        affiliations = _split(affiliations)
    country = str(record.get("country") or "").strip().upper() or None
    return KnownActor(
        name=name, kind=kind, country=country,
        aliases=tuple(str(alias).strip() for alias in aliases if str(alias).strip()),
        affiliations=_affiliations(str(value) for value in affiliations),
        source=source,
    )


def _read_tsv(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _bundled_text(name: str) -> str:
    return resources.files("sitrep.kb").joinpath(name).read_text("utf-8")


@cache
def state_rows() -> tuple[dict[str, str], ...]:
    """``states.tsv``: code, name, aliases, demonyms of the UN member and observer states."""
    return tuple(_read_tsv(_bundled_text("states.tsv")))


def _bundled() -> list[KnownActor]:
    entries = [
        KnownActor(name=row["name"], kind="state", country=row["code"], aliases=_split(row["aliases"]))
        for row in state_rows()
    ]
    for name in BUNDLED_FILES:
        entries.extend(entry_from_record(row, source="bundled") for row in _read_tsv(_bundled_text(name)))
    return entries


def overlay_path() -> Path:
    """Where ``sitrep actors load`` keeps the user's entries: ``$SITREP_ACTORS`` or the data dir."""
    override = os.environ.get(OVERLAY_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("sitrep")) / OVERLAY_NAME


def _overlay() -> list[KnownActor]:
    path = overlay_path()
    if not path.is_file():
        return []
    return read_actor_file(path)


def read_actor_file(path: Path) -> list[KnownActor]:
    """Entries from a YAML, JSON or CSV/TSV file (a list, or ``{"actors": [...]}``)."""
    text = path.read_text("utf-8")
    suffix = path.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        rows: list = list(csv.DictReader(io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ","))
    elif suffix == ".json":
        rows = json.loads(text)
    else:
        import yaml  # only the loader of user files needs YAML

        rows = yaml.safe_load(text) or []
    if isinstance(rows, dict):
        rows = rows.get("actors") or []
    if not isinstance(rows, list):
        raise ActorFileError(f"{path}: expected a list of actors or a mapping with an 'actors' list.")
    return [entry_from_record(row, source="user") for row in rows]


def save_overlay(entries: Iterable[KnownActor]) -> tuple[Path, int]:
    """Add ``entries`` to the user overlay (an entry with the same name replaces the older one)."""
    path = overlay_path()
    merged = {entry.name.casefold(): entry for entry in _overlay()}
    added = 0
    for entry in entries:
        merged[entry.name.casefold()] = entry
        added += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    records = [entry.to_record() for entry in merged.values()]
    path.write_text(json.dumps({"actors": records}, ensure_ascii=False, indent=1), "utf-8")
    reload()
    return path, added


@cache
def known_actors() -> tuple[KnownActor, ...]:
    """Every entry, the user's overriding bundled entries of the same name."""
    merged: dict[str, KnownActor] = {}
    for entry in (*_bundled(), *_overlay()):
        merged[entry.name.casefold()] = entry
    return tuple(merged.values())


@dataclass(slots=True)
class _Index:
    by_name: dict[str, KnownActor] = field(default_factory=dict)
    by_id: dict[str, KnownActor] = field(default_factory=dict)


@cache
def _index() -> _Index:
    index = _Index()
    for actor in known_actors():
        index.by_id[actor.id] = actor
    # Canonical names first, so an alias never hides another actor's canonical name.
    for actor in known_actors():
        index.by_name.setdefault(actor.name.casefold(), actor)
    for actor in known_actors():
        for name in actor.aliases:
            key = name.casefold()
            index.by_name.setdefault(key, actor)
            if key.startswith("the "):
                index.by_name.setdefault(key[4:], actor)
    return index


def actor_index() -> dict[str, KnownActor]:
    """Lookup by case-folded name or alias; acronyms are kept case-sensitive by the ruler."""
    return _index().by_name


def actor_by_id(identifier: str) -> KnownActor | None:
    return _index().by_id.get(identifier)


def reload() -> None:
    """Forget the loaded entries (after the overlay changed)."""
    for function in (known_actors, _index):
        function.cache_clear()
