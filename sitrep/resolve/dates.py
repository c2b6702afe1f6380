"""Dates resolved against the publication date, with the precision the text supports.

dateparser does the parsing; the rules here fix what it gets wrong for news (measured in
offline-stack.md): a weekday that is the publication weekday means that day, not a week before;
"late on Thursday" and "earlier this month" need their qualifiers dropped or mapped; "two weeks
ago" is a week, not a day; "mid-November" and "last weekend" give it nothing. Ranges ("Nov. 3-5",
"between Monday and Wednesday", "from Nov. 3 to Nov. 5") are not dateparser's job at all: both
ends are resolved here and the range keeps its first day with the precision its length supports
(up to 1 day: day, 7: week, 31: month, else year) and its last day in ``end``.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

import dateparser

STAGE = "sitrep.dates.v2"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_FILLER = re.compile(r"^(?:on|in|at|since|by|from|until|during|late|early|earlier|later|overnight|the night of|the morning of|the evening of)\s+", re.I)
_MID = re.compile(r"^(?:mid|the middle of|the end of|the beginning of|the start of)[- ]", re.I)
_AGO = re.compile(r"^(?:(\w+|\d+) )?(week|month|year)s? ago$", re.I)
_RANGE = re.compile(r"^(?:between |from )?(.+?)\s*(?:-|–|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*(.+)$", re.I)
_WEEKEND = re.compile(r"^(?:last|this past|this|the|past) weekend$", re.I)
_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)
_DURATION = re.compile(r"^(?:the (?:past|last|next) )?(?:\S+ )?(?:\S+ )?(?:hours?|days?|weeks?|months?|years?|decades?)$", re.I)
_UNDATED = re.compile(r"^(?:within|after|before|over|more than|less than|up to|every|each|recently|recent (?:days|weeks|months)|the past \w+|years|decades|for \w+|\d+ years? old|annual|daily|weekly|monthly)\b", re.I)


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: str  # YYYY-MM-DD (the first day of the period for week/month/year precision)
    precision: str  # day | week | month | year
    end: str | None = None  # the last day, for a range


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        published = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return published if 1000 <= published.year <= 3000 else None  # dates ± days overflow at 1 and 9999


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
    if _WEEKEND.match(lowered):
        saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7 or 7)
        return ResolvedDate(saturday.isoformat(), "week", (saturday + dt.timedelta(days=1)).isoformat())
    ago = _AGO.match(lowered)
    if ago:
        # "two weeks ago" names a week (or month, year), not the day 14 days back.
        count = _NUMBERS.get(ago.group(1) or "a", None) if not (ago.group(1) or "").isdigit() else int(ago.group(1))
        if count is not None:
            unit = ago.group(2).lower()
            if unit == "week":
                start = base - dt.timedelta(days=base.weekday() + 7 * count)
                return ResolvedDate(start.isoformat(), "week")
            months = base.year * 12 + base.month - 1 - count * (12 if unit == "year" else 1)
            first = dt.date(months // 12, months % 12 + 1, 1)
            return ResolvedDate(first.isoformat() if unit == "month" else f"{first.year}-01-01", unit)
    return None


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}


def _range(cleaned: str, published: str | None, future: bool) -> ResolvedDate | None:
    match = _RANGE.match(cleaned)
    if not match or re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
        return None
    first, second = match.group(1).strip(), match.group(2).strip()
    month = next((m for m in MONTHS if m[:3] in first.lower() or m[:3] in second.lower()), None)
    year = re.search(r"\d{4}", second)
    if month and re.fullmatch(r"\d{1,2}(?:,?\s*\d{4})?", second):  # "Nov. 3-5": the end borrows the month
        second = f"{month} {second}"
    if month and re.fullmatch(r"\d{1,2}", first):  # "3-5 November": the start borrows it
        first = f"{first} {month}"
    if year and not re.search(r"\d{4}", first):
        first = f"{first} {year.group(0)}"
    start = resolve_date(first, published, future=future)
    end = resolve_date(second, published, future=future)
    if start is None or end is None or start.precision != "day" or end.precision != "day":
        return None
    days = (dt.date.fromisoformat(end.date) - dt.date.fromisoformat(start.date)).days
    if days < 0:
        return None
    precision = "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "year"
    return ResolvedDate(start.date, precision, end.date)


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
        try:
            relative = _relative_period(lowered, base) or _weekday(lowered, base, future)
        except (ValueError, OverflowError):  # "99999 years ago", a publication date in year 1
            relative = None
        if relative is not None:
            return relative
    if not cleaned or _UNDATED.match(lowered) or _DURATION.match(lowered):
        return None
    if _RANGE.match(cleaned) and not re.fullmatch(r"[\d/. -]+", cleaned):
        ranged = _range(cleaned, published, future)
        if ranged is not None:
            return ranged
    mid = _MID.match(cleaned)
    if mid:
        month = resolve_date(cleaned[mid.end():], published, future=future)
        return ResolvedDate(month.date, "month") if month is not None and month.precision == "month" else None
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
