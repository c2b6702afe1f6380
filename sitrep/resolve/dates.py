"""Dates resolved against the publication date, with the precision the text supports.

dateparser does the parsing; the rules here fix what it gets wrong for news (measured in
offline-stack.md): a weekday that is the publication weekday means that day, not a week before;
"late on Thursday" and "earlier this month" need their qualifiers dropped or mapped.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

import dateparser

STAGE = "sitrep.dates.v1"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_FILLER = re.compile(r"^(?:on|in|at|since|by|from|until|during|late|early|earlier|later|overnight|the night of|the morning of|the evening of)\s+", re.I)
_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)
_DURATION = re.compile(r"^(?:the (?:past|last|next) )?(?:\S+ )?(?:\S+ )?(?:hours?|days?|weeks?|months?|years?|decades?)$", re.I)
_UNDATED = re.compile(r"^(?:within|after|before|over|more than|less than|up to|every|each|recently|recent (?:days|weeks|months)|the past \w+|years|decades|for \w+|\d+ years? old|annual|daily|weekly|monthly)\b", re.I)


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: str  # YYYY-MM-DD (the first day of the period for week/month/year precision)
    precision: str  # day | week | month | year


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _strip(text: str) -> str:
    cleaned = " ".join(text.split()).strip(" ,.;")
    while True:
        stripped = _FILLER.sub("", cleaned)
        if stripped == cleaned:
            break
        cleaned = stripped
    return _TIME_OF_DAY.sub("", cleaned).strip()


def _relative_period(lowered: str, base: dt.date) -> ResolvedDate | None:
    if lowered in {"this week", "last week", "the past week", "earlier this week"}:
        start = base - dt.timedelta(days=base.weekday())
        if lowered == "last week":
            start -= dt.timedelta(days=7)
        return ResolvedDate(start.isoformat(), "week")
    if lowered in {"this month", "earlier this month", "last month"}:
        first = base.replace(day=1)
        if lowered == "last month":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return ResolvedDate(first.isoformat(), "month")
    if lowered in {"this year", "earlier this year", "last year"}:
        year = base.year - 1 if lowered == "last year" else base.year
        return ResolvedDate(dt.date(year, 1, 1).isoformat(), "year")
    if lowered in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return ResolvedDate(base.isoformat(), "day")
    if lowered in {"yesterday", "last night", "overnight"}:
        return ResolvedDate((base - dt.timedelta(days=1)).isoformat(), "day")
    return None


def _weekday(lowered: str, base: dt.date, future: bool) -> ResolvedDate | None:
    words = lowered.split()
    if not words or words[-1] not in WEEKDAYS or len(words) > 2:
        return None
    if len(words) == 2 and words[0] not in {"last", "next", "this"}:
        return None
    target = WEEKDAYS.index(words[-1])
    if future or (words[0] == "next"):
        delta = (target - base.weekday()) % 7 or 7
        return ResolvedDate((base + dt.timedelta(days=delta)).isoformat(), "day")
    delta = (base.weekday() - target) % 7  # the publication weekday itself means that day
    if words[0] == "last" and delta == 0:
        delta = 7
    return ResolvedDate((base - dt.timedelta(days=delta)).isoformat(), "day")


def resolve_date(text: str, published: str | None, *, future: bool = False) -> ResolvedDate | None:
    """Resolve a date phrase against the publication date; None when it cannot be resolved.

    ``future`` says the phrase is in future tense ("will resume on March 15"), so an underspecified
    date resolves forwards from the publication date rather than backwards.
    """
    base = parse_published(published)
    cleaned = _strip(text)
    lowered = cleaned.lower()
    if base is not None and cleaned:
        relative = _relative_period(lowered, base) or _weekday(lowered, base, future)
        if relative is not None:
            return relative
    if not cleaned or _UNDATED.match(lowered) or _DURATION.match(lowered):
        return None
    if re.fullmatch(r"(?:in\s+)?\d{4}", lowered):
        year = int(lowered[-4:])
        return ResolvedDate(dt.date(year, 1, 1).isoformat(), "year") if 1900 <= year <= 2100 else None
    settings = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": [],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    elif not re.search(r"\d{4}", lowered):
        return None  # a relative or year-less date with no publication date: do not guess
    with warnings.catch_warnings():
        # dateparser warns (through its dependencies) about deprecated timezone handling.
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    precision = "day"
    has_day = re.search(r"\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", lowered) and not re.fullmatch(r"\w+ \d{4}", lowered)
    if any(month in lowered for month in MONTHS) and not has_day:
        precision = "month"
        parsed = parsed.replace(day=1)
    return ResolvedDate(parsed.date().isoformat(), precision)
