"""Publication dates: whatever a feed, page or table says, normalised to ``YYYY-MM-DD`` or ``None``.

An unparseable or impossible date (``2023-02-31``) gives ``None``: the article is kept without a
date rather than dropped or given a guessed one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

import dateparser

_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
# Without all three parts dateparser would fill in today's day or month: a made-up date.
_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a date in any common form (ISO 8601, RFC 822, prose), else ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time.struct_time):
        return _ymd(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        # Use the date as written: converting to UTC could move it to another day.
        return _ymd(*(int(part) for part in match.groups()))
    try:
        return email.utils.parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd strings; a bad date is not fatal
        return None
    return parsed.strftime("%Y-%m-%d") if parsed else None


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
