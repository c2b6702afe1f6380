"""Spelling-tolerant lookup of actor names in the knowledge base (no spaCy here).

Owns name folding (anyascii transliteration, case, apostrophes and ayn marks, hyphens, the Arabic
article al-/el-/ad-/ash-), the consonant skeleton that makes Hezbollah, Hizballah and Hizbullah one
key, fuzzy matching with rapidfuzz for what remains (Tahrir/Tahreer), and the spelling variants the
knowledge-base ruler adds to each name so the fast exact matcher catches the common ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from sitrep.kb.actors import KnownActor, actor_index, known_actors

STAGE = "sitrep.resolve_actors.v1"
FUZZY_CUTOFF = 90.0
SKELETON_CUTOFF = 75.0
MIN_FUZZY_LENGTH = 6
ARTICLES = {"al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "ad", "ul", "ud", "ed", "es", "ath"}
_APOSTROPHES = re.compile(r"['’‘`ʿʾʼ]")
_SEPARATORS = re.compile(r"[-_‐–—/.,()]+")
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")


def fold(name: str) -> str:
    """A spelling-neutral form: "Hay'at Tahrir al-Sham" and "hayat tahrir sham" fold alike."""
    text = anyascii(name).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    kept = [word for index, word in enumerate(words) if not (word in ARTICLES and index + 1 < len(words))]
    return " ".join(kept)


def skeleton(folded: str) -> str:
    """Consonant skeleton of each word (first letter kept, doubled letters collapsed)."""
    parts = []
    for word in folded.split():
        tail = _VOWELS.sub("", word[1:])
        parts.append(_REPEATS.sub(r"\1", word[0] + tail))
    return " ".join(parts)


@dataclass(slots=True)
class _FuzzyIndex:
    folded: dict[str, KnownActor]
    skeletons: dict[str, list[KnownActor]]
    keys: list[str]


@cache
def _fuzzy_index() -> _FuzzyIndex:
    folded: dict[str, KnownActor] = {}
    skeletons: dict[str, list[KnownActor]] = {}
    for actor in known_actors():
        for name in (actor.name, *actor.aliases):
            if len(name) <= 4 and name.isupper():
                continue  # acronyms match exactly or not at all
            key = fold(name)
            if not key:
                continue
            folded.setdefault(key, actor)
            bucket = skeletons.setdefault(skeleton(key), [])
            if actor not in bucket:
                bucket.append(actor)
    return _FuzzyIndex(folded=folded, skeletons=skeletons, keys=[k for k in folded if len(k) >= MIN_FUZZY_LENGTH])


def lookup_exact(name: str) -> KnownActor | None:
    """The knowledge-base actor ``name`` spells exactly or after folding; never a near spelling.
    For names made from a template ("Military Forces of Mali"), where one letter is another
    country ("... of Somalia", "Niger"/"Nigeria")."""
    exact = actor_index().get(name.strip().casefold())
    if exact is not None:
        return exact
    key = fold(name)
    return _fuzzy_index().folded.get(key) if key else None


def _nisba(key: str, other: str) -> bool:
    """One name is the other plus the Arabic nisba "-i" ("Baghdad" / "al-Baghdadi", "Masr" /
    "al-Masri"): a place and a person named after it, never two spellings of one name."""
    return key + "i" == other or other + "i" == key


def _near(key: str, actor: KnownActor) -> list[str]:
    """The actor's folded spellings that may be a near spelling of ``key`` (no nisba pair)."""
    return [fold(n) for n in (actor.name, *actor.aliases) if not _nisba(key, fold(n))]


def lookup(name: str) -> KnownActor | None:
    """The knowledge-base actor ``name`` spells, exactly, after folding, or within fuzzy tolerance."""
    exact = actor_index().get(name.strip().casefold())
    if exact is not None:
        return exact
    key = fold(name)
    if not key:
        return None
    index = _fuzzy_index()
    found = index.folded.get(key)
    if found is not None:
        return found
    if len(key) < MIN_FUZZY_LENGTH:
        return None
    candidates = index.skeletons.get(skeleton(key), [])
    if len(candidates) == 1:
        best = max((fuzz.ratio(key, n) for n in _near(key, candidates[0])), default=0.0)
        if best >= SKELETON_CUTOFF:
            return candidates[0]
    match = process.extractOne(key, index.keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if match is not None and match[0][0] == key[0] and not _nisba(key, match[0]):
        return index.folded[match[0]]
    return None


DOTTED_SHORT_FORMS = {"UN": "U.N.", "US": "U.S.", "EU": "E.U.", "UK": "U.K."}


def spelling_variants(name: str) -> set[str]:
    """Common spellings of ``name`` news uses, for the exact ruler: al-/al /el-, with and without
    apostrophes, straight and curly apostrophes."""
    variants = {name}
    if re.search(r"['’]", name):
        variants |= {_APOSTROPHES.sub("", name), name.replace("'", "’"), name.replace("’", "'")}
    for variant in list(variants):
        if re.search(r"\b(al|el)-", variant, flags=re.IGNORECASE):
            variants.add(re.sub(r"\b(al|el)-", r"\1 ", variant, flags=re.IGNORECASE))
            variants.add(re.sub(r"\bal-", "el-", variant))
            variants.add(re.sub(r"\bal-", "Al-", variant))
    # "the U.N. mission in South Sudan", "U.S. Central Command": wire copy dots the short forms
    for variant in list(variants):
        for short, dotted in DOTTED_SHORT_FORMS.items():
            if variant.startswith(short + " "):
                variants.add(dotted + variant[len(short):])
    # "Liberation Movement-in-Opposition" is also written "Movement-In Opposition" and "Movement in
    # Opposition": a hyphen that joins words of a long name (not an article's) may be a space
    joined = re.compile(r"(?<=[A-Za-z])(?<!\b[AaEe]l)-(?=[A-Za-z])")
    if len(name.split()) >= 3 and joined.search(name):
        variants.add(joined.sub(" ", name))
        parts = joined.split(name, maxsplit=1)
        variants.add(parts[0] + "-" + joined.sub(" ", parts[1]))
    return variants


def clear_cache() -> None:
    _fuzzy_index.cache_clear()
