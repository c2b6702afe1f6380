"""Actor identity across articles: the same new actor spelled differently by two outlets.

A new actor (not in the knowledge base, not stored yet) whose folded name equals, or is at least
``MIN_RATIO`` similar (rapidfuzz ratio) to, the folded name or a proper-name alias of a known actor
of the same kind is that actor. Only the new actor's name is compared: its other aliases are often
common nouns ("government", "fighters") that name any actor of its kind. Short names match only
when they fold alike: "Abu Ali" is not "Abu Ala". Kinds whose actors are made from a country
("Government of Mali", "Military Forces of Mali") are never matched: one letter is another country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from sitrep.kb.actors import actor_by_id
from sitrep.resolve.actors import fold

MIN_RATIO = 92.0
# Names made from a template and a country ("Civilians (Sudan)", "Unidentified Armed Group (Mali)")
QUALIFIED = re.compile(r"\([^()]+\)\s*$")
MIN_FUZZY_LENGTH = 8  # folded characters below which only an exact folded match counts
NEVER_MATCHED = frozenset({"state", "state_forces", "government", "civilians"})


def is_new_candidate(actor_id: str, kind: str) -> bool:
    """Whether a new actor may be found to be a known one: not from the knowledge base, and of a
    kind whose names are not made from a country."""
    return kind not in NEVER_MATCHED and actor_by_id(actor_id) is None


@dataclass(frozen=True, slots=True)
class ActorName:
    """A candidate to be matched against: its id and every spelling stored for it."""

    id: str
    kind: str
    spellings: tuple[str, ...]


class ActorMatcher:
    """Finds the known actor a new spelling belongs to; learns the new actors it is told about."""

    def __init__(self, known: Iterable[ActorName]) -> None:
        self._exact: dict[tuple[str, str], str] = {}
        self._fuzzy: dict[str, tuple[list[str], list[str]]] = {}  # kind -> (folded spellings, ids)
        for actor in known:
            self.add(actor)

    def add(self, actor: ActorName) -> None:
        keys, ids = self._fuzzy.setdefault(actor.kind, ([], []))
        for index, spelling in enumerate(actor.spellings):
            folded = fold(spelling)
            if not folded or (index and not spelling[:1].isupper()):  # aliases: proper names only
                continue
            self._exact.setdefault((actor.kind, folded), actor.id)
            keys.append(folded)
            ids.append(actor.id)

    def match(self, kind: str, name: str) -> str | None:
        """The id of the known actor of ``kind`` that ``name`` names, or None."""
        folded = fold(name)
        if not folded or kind in NEVER_MATCHED:
            return None
        found = self._exact.get((kind, folded))
        if found is not None or len(folded) < MIN_FUZZY_LENGTH or kind not in self._fuzzy:
            return found
        if QUALIFIED.search(name):
            # "Protesters (Iraq)" and "Protesters (Iran)" are a letter apart and never the same
            return None
        keys, ids = self._fuzzy[kind]
        best = process.extractOne(folded, keys, scorer=fuzz.ratio, score_cutoff=MIN_RATIO)
        return ids[best[2]] if best is not None else None
