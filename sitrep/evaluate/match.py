"""Matching rules: when a predicted actor, event, statement, place or value counts as the gold one.

- Names: casefolded, accents folded, apostrophes dropped, other punctuation turned to spaces, a
  leading "the" dropped; then equal, or a rapidfuzz ``ratio`` >= ``NAME_THRESHOLD`` against the
  other side's name or any alias.
- Actors: a name match, or a predicted mention that overlaps a gold span of the actor, or (for
  a generic gold actor like "Civilians (Nigeria)") a predicted actor of an accepted kind whose
  country does not contradict the gold country.
- Events and statements: the predicted evidence overlaps the gold span by at least one character,
  or lies in the same sentence; a gold event without a span (whole-text gold) matches anywhere.
- Places: within ``km`` kilometres (haversine, default 25) when the gold place has coordinates,
  otherwise by name (a name match, or one name containing the other as whole words).
- Dates: the same ``YYYY-MM-DD`` string. Fatalities: the predicted ``min`` equals the gold count
  (no predicted figure counts as 0).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from sitrep.evaluate.schema import GoldActor, GoldPlace, Span
from sitrep.model.records import Actor, Evidence, Fatalities, Place

NAME_THRESHOLD = 85.0
DEFAULT_KM = 25.0

_APOSTROPHES = re.compile(r"[’'`ʼʻ‘]")
_NON_WORD = re.compile(r"[^\w]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\S)")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The comparison form of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def name_similar(a: str, b: str, threshold: float = NAME_THRESHOLD) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    return fa == fb or fuzz.ratio(fa, fb) >= threshold


def names_match(gold_names: Iterable[str], predicted_names: Iterable[str]) -> bool:
    predicted = [name for name in predicted_names if name]
    return any(name_similar(g, p) for g in gold_names if g for p in predicted)


def overlaps(a: Span | Evidence | tuple[int, int], b: Span | Evidence | tuple[int, int]) -> bool:
    """At least one character in common (half-open spans)."""
    a_start, a_end = (a if isinstance(a, tuple) else (a.start, a.end))
    b_start, b_end = (b if isinstance(b, tuple) else (b.start, b.end))
    return a_start < b_end and b_start < a_end


@lru_cache(maxsize=256)
def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Rough sentence boundaries, as half-open character spans covering the text."""
    bounds = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.start() > start:
            bounds.append((start, boundary.start()))
        start = boundary.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return tuple(bounds)


def sentences_of(text: str, span: Span | Evidence) -> set[int]:
    """Indices of the sentences a span touches."""
    hits = {
        index
        for index, (start, end) in enumerate(sentence_bounds(text))
        if overlaps((start, end), (span.start, max(span.end, span.start + 1)))
    }
    return hits


def sentence_around(text: str, span: Span | Evidence | None, limit: int = 300) -> str:
    """The sentence(s) a span lies in, for error listings."""
    if span is None:
        return text[:limit]
    indices = sorted(sentences_of(text, span))
    if not indices:
        return text[span.start : span.end][:limit]
    bounds = sentence_bounds(text)
    snippet = text[bounds[indices[0]][0] : bounds[indices[-1]][1]].strip()
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"


def span_compatible(text: str, gold: Span | None, predicted: Evidence | None) -> bool:
    """Evidence overlap or the same sentence; a gold span of None (whole text) matches anything."""
    if gold is None:
        return True
    if predicted is None:
        return False
    if overlaps(gold, predicted):
        return True
    return bool(sentences_of(text, gold) & sentences_of(text, predicted))


def statements_near(text: str, gold, predicted: list) -> list:
    """The predicted statements a gold statement may be scored against: their evidence fits its
    span, or holds its cue."""
    return [p for p in predicted if span_compatible(text, gold.span, p.evidence)
            or (gold.cue is not None and overlaps(gold.cue, p.evidence))]


def actor_names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases, *(mention.text for mention in actor.mentions)]


def actor_matches(gold: GoldActor, predicted: Actor | None) -> bool:
    if predicted is None:
        return False
    if gold.spans and any(
        overlaps(span, (mention.start, mention.end))
        for span in gold.spans
        for mention in predicted.mentions
    ):
        return True
    if names_match(gold.names(), actor_names(predicted)):
        return True
    if gold.generic and predicted.kind in gold.kinds:
        return gold.country is None or predicted.country in (None, gold.country)
    return False


def any_actor_matches(gold: Iterable[GoldActor], predicted: Iterable[Actor | None]) -> bool:
    """At least one gold actor is found among the predicted ones."""
    candidates = [actor for actor in predicted if actor is not None]
    return any(actor_matches(g, p) for g in gold for p in candidates)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radius = 6371.0088
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(a)))


def place_name_matches(gold_names: Iterable[str | None], predicted_name: str | None) -> bool:
    if not predicted_name:
        return False
    predicted = fold(predicted_name)
    for name in gold_names:
        if not name:
            continue
        gold = fold(name)
        if not gold:
            continue
        if name_similar(name, predicted_name):
            return True
        if f" {gold} " in f" {predicted} " or f" {predicted} " in f" {gold} ":
            return True
    return False


def coordinates_match(gold: GoldPlace, predicted: Place | None, km: float = DEFAULT_KM) -> bool:
    if predicted is None or predicted.lat is None or predicted.lon is None:
        return False
    if not gold.has_coordinates:
        return False
    return haversine_km(gold.lat, gold.lon, predicted.lat, predicted.lon) <= km


def place_matches(gold: GoldPlace, predicted: Place | None, km: float = DEFAULT_KM) -> bool:
    """Coordinates within ``km`` when the gold has them, else the name."""
    if predicted is None:
        return False
    if gold.has_coordinates:
        return coordinates_match(gold, predicted, km)
    return place_name_matches((gold.name, *gold.aliases), predicted.name)


def date_matches(gold: str | None, predicted: str | None) -> bool:
    return gold is not None and predicted is not None and gold[:10] == predicted[:10]


def fatalities_match(gold: int | None, predicted: Fatalities | None) -> bool:
    if gold is None:
        return False
    value = predicted.min if predicted is not None and predicted.min is not None else 0
    return int(value) == int(gold)
