"""Fatality figures in a sentence: "killing at least 12", "more than 150 dead", "three civilians
were killed", "dozens of people died", "between 20 and 30 fighters were killed", "12 civilians,
including five children, were killed", "11 militants had been neutralised" (the communiqué word
for killed), "killed between 30 and 40 people", "put the toll at between 80 and 120", "killing
20 soldiers and seven militants" (27: ACLED sums every side), "killed a police chief and two of
his bodyguards" (3), "executed two men", "“neutralised” about 15", "no one was hurt" (0). A war's
running toll ("a conflict that has left 2,000 dead") is not the event's figure; a vague figure
("dozens") yields to a precise one in the same sentence.

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
# "dozens", "scores": a figure that a precise one told alongside replaces ("some 200" is precise)
_VAGUE_WORD = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in _VAGUE if v != "some") + r")\b", re.I)
_MAX_FIGURE = 10_000_000  # no single event kills more; larger numbers are parse accidents

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(_TENS, key=len, reverse=True)) + r")(?:[- ](?:"
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?:\s+(?:hundred|thousand))?"
)
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\s+thousand)?|{_WORD_NUMBER}|" + "|".join(
    sorted((re.escape(v) for v in _VAGUE), key=len, reverse=True)
) + ")"
_QUALIFIER = r"(?:all|at least|more than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|fewer than|less than)"
_PEOPLE = r"(?:[a-z-]+\s+){0,4}?"
# "At least 12 civilians, including five children, were killed": an aside between figure and verb
_ASIDE = r"(?:[a-z-]+,\s+(?:including|among them|mostly|most of them|all of them)\b[^,]{1,60},\s+)?"
# "hacked to death at least 23 people", "were stabbed to death"
_TO_DEATH = r"(?:hacked|hacking|stabbed|stabbing|beaten|beating|burned|burnt|burning|stoned|clubbed)\s+to\s+death"
# military communiqués say "neutralised" for killed ("11 militants had been neutralised")
_NEUTRALISED = r"neutrali[sz]ed"
_PEOPLE_NOUNS = (r"(?:dead|people|civilians|fighters|soldiers|others|persons|militants|members|troops|"
                 r"children|women|men|rebels|police|officers|policemen|workers|protesters|residents|"
                 r"villagers|attackers|assailants|gunmen|insurgents|jihadists|guards|bodyguards|"
                 r"passengers|students|farmers|herders|migrants|journalists|staff|pilgrims|worshippers|"
                 r"auxiliaries|militiamen|recruits|personnel|agents|hostages|relatives|family members|sons|"
                 r"daughters|brothers|wives|guests|customers|employees|teachers|doctors|nurses|drivers|"
                 r"traders|miners|conscripts|bodyguards?|guards|children|sons|daughters)")
# a figure quoted from a communiqué: killed “dozens of terrorists”
_QUOTE = r"[\"“”'‘’]?\s+[\"“”'‘’]?"
# "killing 20 soldiers and seven militants": ACLED counts every side's dead in one total
_MORE_VICTIMS = re.compile(
    rf"^,?\s+and\s+(?:(?:his|her|their|its)\s+)?(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})\s+(?!of\s+(?:them|whom)\b)"
    rf"(?:of\s+(?:his|her|their|its|the)\s+)?(?:[a-z-]+\s+){{0,3}}?{_PEOPLE_NOUNS}\b", re.I)
# "the war has killed more than 2,000", "a conflict that has left 5,000 dead": a running toll of a
# war, not the figure of the event the sentence reports
_CUMULATIVE = re.compile(
    r"\b(?:war|conflict|insurgency|rebellion|uprising|crisis|campaign|feud)\b"
    r"[^.;]{0,90}?\b(?:has|have)\s+(?:so far\s+|already\s+|now\s+)?(?:(?:killed|left|claimed)\s+)?$", re.I)
# "Twenty soldiers and seven militants were killed": a second figure inside the victims' phrase
_AND_NUMBER = re.compile(rf"\band\s+(?P<num>{_NUMBER})\s", re.I)
# "no one was killed", "there were no casualties": a figure of zero
_NOBODY = r"(?:no one|no-one|nobody|none of them)"


def _patterns(verbs: str, states: str, passive: str, toll: str, nobody: str) -> list[re.Pattern]:
    """The phrasings of a casualty figure, for one kind of harm (deaths or injuries)."""
    return [
        # "killed between 30 and 40 people", "put the death toll at between 80 and 120"
        re.compile(rf"\b(?:{verbs}|{toll}\s+(?:\w+\s+)?at){_QUOTE}between\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})\b", re.I),
        # "killed a police chief and two of his bodyguards": one named victim and a number
        re.compile(rf"\b(?P<verb>{verbs})\s+(?P<one>an?|one)\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+(?=\s+and\s+(?:(?:his|her|their|its)\s+)?(?:{_NUMBER})\s+(?:of\s+(?:his|her|their|its|the)\s+)?(?:[a-z-]+\s+){{0,3}}?{_PEOPLE_NOUNS}\b)", re.I),
        # "no one was hurt", "there were no casualties"
        re.compile(rf"(?P<zero>{nobody})", re.I),
        # "between 20 and 30 fighters were killed"
        re.compile(rf"\bbetween\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})\s+{_PEOPLE}(?:were\s+|have been\s+)?{states}", re.I),
        # "killing at least 12", "killed 12 people", "left more than 150 dead"
        re.compile(rf"\b(?P<verb>{verbs}){_QUOTE}(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})\b(?:\s+{_PEOPLE}{_PEOPLE_NOUNS})?", re.I),
        # "at least 12 people were killed", "more than 150 dead", "200 fatalities"
        re.compile(rf"\b(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})\s+{_PEOPLE}{_ASIDE}(?:were\s+|have been\s+|had been\s+|was\s+)?[\"“‘']?{passive}", re.I),
        # "the death toll rose to 45", "death toll of 45"
        re.compile(rf"\b{toll}\s+(?:has\s+)?(?:rose|risen|climbed|reached|stood|stands|of|at|to)?\s*(?:to|at)?\s*(?P<qual>{_QUALIFIER}\s+)?(?P<num>{_NUMBER})", re.I),
    ]


_PATTERNS = _patterns(
    verbs=rf"(?:killing|killed|kill|left|leaving|claimed|claiming|executed|executing|beheaded|beheading|"
          rf"massacred|massacring|shot dead|{_NEUTRALISED}|neutrali[sz]ing|{_TO_DEATH})",
    states=rf"(?:killed|dead|died|deaths|fatalities|killing|lives|bodies|{_NEUTRALISED})",
    passive=rf"(?:killed|dead|died|deaths|fatalities|lost their lives|shot dead|executed|beheaded|"
            rf"{_TO_DEATH}|(?:been\s+)?{_NEUTRALISED})",
    toll=r"(?:death\s+)?toll",
    nobody=rf"\b(?:{_NOBODY}\s+(?:was|were|had been|has been)\s+(?:killed|hurt|injured|wounded|harmed)"
           r"|no\s+(?:casualties|deaths|fatalities|one died)\b|without\s+(?:casualties|loss of life))",
)
_INJURY_PATTERNS = _patterns(
    verbs=r"(?:wounding|injuring|wounded|injured|hurting)",
    states=r"(?:wounded|injured|hurt|injuries)",
    passive=r"(?:wounded|injured|hurt|injuries)",
    toll=r"(?:number of (?:wounded|injured))",
    nobody=rf"\b(?:{_NOBODY}\s+(?:was|were|had been|has been)\s+(?:hurt|injured|wounded|harmed)"
           r"|no\s+(?:injuries|casualties)\b)",
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
            if _CUMULATIVE.search(text[max(0, match.start() - 140) : match.start()]):
                continue  # "the war has killed 2,000": not this event's figure
            figure = _figure_of(match, text, offset)
            if figure is None:
                continue
            if best is None or _preferred(figure, best):
                best = figure
            break
    return best


def _preferred(figure: Figure, best: Figure) -> bool:
    """The first figure of a sentence, unless it is vague and a later one is precise: "killed dozens
    of civilians, ..., putting the toll at between 34 and 50"."""
    vague, best_vague = bool(_VAGUE_WORD.search(figure.text)), bool(_VAGUE_WORD.search(best.text))
    if vague != best_vague:
        return best_vague
    return figure.start < best.start


def _figure_of(match: re.Match, text: str, offset: int) -> Figure | None:
    groups = match.groupdict()
    if groups.get("zero"):
        return Figure(0, 0, match.group(0), offset + match.start(), offset + match.end())
    if groups.get("low"):
        low = parse_number(groups["low"])[0]
        high = parse_number(groups["high"])[1]
    elif groups.get("one"):
        low, high = 1, 1
    else:
        if _NOT_PEOPLE.match(text[match.end("num") :]):
            return None
        low, high = parse_number(groups["num"])
        if groups.get("qual"):
            low, high = _apply_qualifier(groups["qual"], low, high)
    if low is None and high is None:
        return None
    if groups.get("num"):
        # "Twenty soldiers and seven militants were killed"
        for inner in _AND_NUMBER.finditer(text, match.end("num"), match.end()):
            low, high, _ = _added(low, high, parse_number(inner.group("num")))
    end = match.end()
    if groups.get("verb"):  # "killing 20 soldiers and 7 militants", not "one was killed and 23 hurt"
        low, high, end = _add_more_victims(text, end, low, high)
    return Figure(low, high, text[match.start() : end], offset + match.start(), offset + end)


def _add_more_victims(text: str, end: int, low: int | None, high: int | None) -> tuple[int | None, int | None, int]:
    """ "killing 20 soldiers and seven militants" -> 27: the figures of a list of victims add up."""
    while (more := _MORE_VICTIMS.match(text[end:])) is not None:
        extra = parse_number(more.group("num"))
        if more.group("qual"):
            extra = _apply_qualifier(more.group("qual"), *extra)
        if extra == (None, None):
            break
        low, high, _ = _added(low, high, extra)
        end += more.end()
    return low, high, end


def _added(low: int | None, high: int | None, extra: tuple[int | None, int | None]) -> tuple[int | None, int | None, bool]:
    """The sum of two figures; an open bound stays open."""
    extra_low, extra_high = extra
    if extra_low is None and extra_high is None:
        return low, high, False
    low = None if low is None or extra_low is None else min(low + extra_low, _MAX_FIGURE)
    high = None if high is None or extra_high is None else min(high + extra_high, _MAX_FIGURE)
    if low is not None and high is not None and high < low:
        high = low
    return low, high, True


_VICTIMS = re.compile(_PEOPLE_NOUNS + r"\b", re.I)
_TOLL_WORD = re.compile(r"\b(?:toll|rose|risen|climbed)\b", re.I)


def victims_of(text: str) -> str | None:
    """The kind of people a figure counts ("soldiers" in "killing seven soldiers"); None if unsaid."""
    found = [m.group(0).lower() for m in _VICTIMS.finditer(text)]
    found = [word for word in found if word not in {"people", "persons", "others", "dead"}]
    return found[-1] if found else None


def combined_toll(first: tuple[int | None, int | None, str], later: tuple[int | None, int | None, str]
                  ) -> tuple[int | None, int | None, str]:
    """One event's deaths told twice in an article, as (min, max, text).

    A later toll ("put the death toll at between 80 and 120") or a precise figure after a vague
    one ("killing scores of soldiers") replaces the first; the dead of another side ("killing 23
    rebels" ... "four soldiers were killed") add up, as ACLED sums every side's dead; otherwise the
    first figure stands ("The Daily Trust reports seven deaths" after "two killed": ACLED keeps
    the conservative figure of conflicting reports)."""
    first_min, first_max, first_text = first
    later_min, later_max, later_text = later
    if _TOLL_WORD.search(later_text) or (_VAGUE_WORD.search(first_text) and not _VAGUE_WORD.search(later_text)):
        return later
    first_victims, later_victims = victims_of(first_text), victims_of(later_text)
    if first_victims and later_victims and first_victims != later_victims:
        low, high, _ = _added(first_min, first_max, (later_min, later_max))
        return low, high, f"{first_text} ... {later_text}"
    return first  # conflicting reports: ACLED keeps the lower, first-told figure
