"""Fatality figures in a sentence: "killing at least 12", "more than 150 dead", "three civilians
were killed", "dozens of people died", "between 20 and 30 fighters were killed", "12 civilians,
including five children, were killed", "11 militants had been neutralised" (the communiqué word
for killed).

Returns a (min, max, text) triple with character offsets; vague quantities keep min and leave max
open ("dozens" -> min 24), so the figure never claims more precision than the text has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STAGE = "sitrep.casualties.v2"

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# Vague quantities: (min, max). "dozens" means at least two dozen.
_VAGUE = {
    "a dozen": (12, 12), "dozens": (24, None), "scores": (40, None), "hundreds": (200, None),
    "thousands": (2000, None), "several": (3, None), "a number of": (2, None), "a few": (2, None),
    "some": (1, None), "many": (2, None), "several dozen": (24, None), "tens": (20, None),
}
_MAX_FIGURE = 10_000_000  # no single event kills more; larger numbers are parse accidents

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(_TENS, key=len, reverse=True)) + r")(?:[- ](?:"
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?:\s+(?:hundred|thousand))?"
)
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\s+thousand)?|{_WORD_NUMBER}|" + "|".join(
    sorted((re.escape(v) for v in _VAGUE), key=len, reverse=True)
) + ")"
_QUALIFIER = r"(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|fewer than|less than)"
_PEOPLE = r"(?:[a-z-]+\s+){0,4}?"
# "At least 12 civilians, including five children, were killed": an aside between figure and verb
_ASIDE = r"(?:[a-z-]+,\s+(?:including|among them|mostly|most of them|all of them)\b[^,]{1,60},\s+)?"
# military communiqués say "neutralised" for killed ("11 militants had been neutralised")
_NEUTRALISED = r"neutrali[sz]ed"
_PEOPLE_NOUNS = (r"(?:dead|people|civilians|fighters|soldiers|others|persons|militants|members|troops|"
                 r"children|women|men|rebels|police|officers|workers|protesters|residents|villagers)")


def _patterns(verbs: str, states: str, passive: str, toll: str) -> list[re.Pattern]:
    """The four phrasings of a casualty figure, for one kind of harm (deaths or injuries)."""
    return [
        # "between 20 and 30 fighters were killed"
        re.compile(rf"\bbetween\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})\s+{_PEOPLE}(?:were\s+|have been\s+)?{states}", re.I),
        # "killing at least 12", "killed 12 people", "left more than 150 dead"
        re.compile(rf"\b{verbs}\s+(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})\b(?:\s+{_PEOPLE}{_PEOPLE_NOUNS})?", re.I),
        # "at least 12 people were killed", "more than 150 dead", "200 fatalities"
        re.compile(rf"\b(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})\s+{_PEOPLE}{_ASIDE}(?:were\s+|have been\s+|had been\s+|was\s+)?{passive}", re.I),
        # "the death toll rose to 45", "death toll of 45"
        re.compile(rf"\b{toll}\s+(?:has\s+)?(?:rose|risen|climbed|reached|stood|stands|of|at|to)?\s*(?:to|at)?\s*(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})", re.I),
    ]


_PATTERNS = _patterns(
    verbs=rf"(?:killing|killed|kill|left|leaving|claimed|claiming|{_NEUTRALISED}|neutrali[sz]ing)",
    states=rf"(?:killed|dead|died|deaths|fatalities|killing|lives|bodies|{_NEUTRALISED})",
    passive=rf"(?:killed|dead|died|deaths|fatalities|lost their lives|(?:been\s+)?{_NEUTRALISED})",
    toll=r"death toll",
)
_INJURY_PATTERNS = _patterns(
    verbs=r"(?:wounding|injuring|wounded|injured|hurting)",
    states=r"(?:wounded|injured|hurt|injuries)",
    passive=r"(?:wounded|injured|hurt|injuries)",
    toll=r"(?:number of (?:wounded|injured))",
)
_NOT_PEOPLE = re.compile(r"^\s*(?:km|kilometres|kilometers|miles|metres|meters|percent|%|years?|days?|hours?|minutes?|am|pm|a\.m\.|p\.m\.)\b", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    min: int | None
    max: int | None
    text: str
    start: int
    end: int


def parse_number(text: str) -> tuple[int | None, int | None]:
    """(min, max) of a number written in digits, words or as a vague quantity; (None, None) if not."""
    cleaned = " ".join(text.lower().replace(",", "").split())
    if cleaned in _VAGUE:
        return _VAGUE[cleaned]
    if len(cleaned) > 40:  # no figure is written this long; int() refuses > 4300 digits anyway
        return (None, None)
    if cleaned.isdecimal():
        value = int(cleaned)
        return (value, value) if value <= _MAX_FIGURE else (None, None)
    multiplier = 1
    for word, factor in ((" thousand", 1000), (" hundred", 100)):
        if cleaned.endswith(word):
            cleaned, multiplier = cleaned[: -len(word)], factor
            break
    if cleaned.isdecimal():
        value = int(cleaned) * multiplier
        return (value, value) if value <= _MAX_FIGURE else (None, None)
    total = 0
    for part in re.split(r"[- ]", cleaned):
        if part in _TENS:
            total += _TENS[part]
        elif part in _UNITS:
            total += _UNITS[part]
        else:
            return (None, None)
    total *= multiplier
    return (total, total)


def _apply_qualifier(qualifier: str, low: int | None, high: int | None) -> tuple[int | None, int | None]:
    qualifier = " ".join(qualifier.lower().split())
    if low is None:
        return low, high
    if qualifier == "at least":
        return low, None
    if qualifier in {"more than", "over"}:
        return low + 1, None
    if qualifier in {"up to", "as many as"}:
        return None, high
    if qualifier in {"fewer than", "less than"}:
        return None, low - 1
    return low, high  # "about", "nearly": the stated figure is the best estimate


def find_fatalities(text: str, offset: int = 0) -> Figure | None:
    """The first fatality figure in ``text``; offsets are shifted by ``offset``."""
    return _first_figure(_PATTERNS, text, offset)


def find_injured(text: str, offset: int = 0) -> Figure | None:
    """The first figure of injured people in ``text`` ("wounding 8", "dozens were injured")."""
    return _first_figure(_INJURY_PATTERNS, text, offset)


def _first_figure(patterns: list[re.Pattern], text: str, offset: int) -> Figure | None:
    best: Figure | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("low"):
                low = parse_number(groups["low"])[0]
                high = parse_number(groups["high"])[1]
            else:
                if _NOT_PEOPLE.match(text[match.end("num") :]):
                    continue
                low, high = parse_number(groups["num"])
                if groups.get("qual"):
                    low, high = _apply_qualifier(groups["qual"], low, high)
            if low is None and high is None:
                continue
            figure = Figure(low, high, match.group(0), offset + match.start(), offset + match.end())
            if best is None or figure.start < best.start:
                best = figure
            break
    return best
