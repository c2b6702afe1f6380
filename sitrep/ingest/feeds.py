"""RSS and Atom feeds: each entry with text becomes one article.

The entry's longest ``content`` (else its summary) is the text, with HTML stripped. The feed's
title is the source; the entry's link and date fill ``url`` and ``published``. Origins are
``<feed>#entry-N`` (N from 1). feedparser is given bytes, so it never fetches anything itself.

A feed that declares XML entities (the "billion laughs" expansion, external entities that would
read local files or URLs) is refused as a whole, checked with defusedxml before feedparser sees it:
no real news feed needs its own entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import defusedxml
import defusedxml.ElementTree
import feedparser

from sitrep.ingest.base import IngestError, IngestFailure, ReadContext
from sitrep.ingest.dates import normalise_date
from sitrep.ingest.decode import clean_text
from sitrep.ingest.html import html_to_text
from sitrep.model.records import Article


_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def read(data: bytes, origin: str, context: ReadContext) -> Iterator[Article | IngestError]:
    refuse_entities(data)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise IngestFailure("feed has no entries" + (f" ({problem})" if problem else ""))
    source = _plain(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#entry-{number}"
        text = _entry_text(entry)
        if not text:
            yield IngestError(entry_origin, "feed entry has no text")
            continue
        yield Article(
            text=text,
            title=_plain(entry.get("title")),
            source=source,
            url=entry.get("link") or None,
            published=_entry_date(entry),
            origin=entry_origin,
        )


def refuse_entities(data: bytes) -> None:
    """Raise :class:`IngestFailure` if the XML declares entities (expansion bombs, external ones)."""
    if not _ENTITY_DECLARATION.search(data):
        return
    try:
        defusedxml.ElementTree.fromstring(data)
    except defusedxml.DefusedXmlException as exc:
        raise IngestFailure(f"feed refused: it declares XML entities ({exc})") from exc
    except defusedxml.ElementTree.ParseError:
        pass  # broken XML: feedparser's lenient parser never expands declared entities


def _entry_text(entry: Any) -> str:
    candidates = [part for part in entry.get("content") or [] if part.get("value")]
    if candidates:
        part = max(candidates, key=lambda item: len(item["value"]))
    elif entry.get("summary"):
        part = entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}
    else:
        return ""
    value = part.get("value") or ""
    if "html" in (part.get("type") or "text/html"):
        value = html_to_text(value)
    return clean_text(value)


def _entry_date(entry: Any) -> str | None:
    # The date as written first: feedparser's *_parsed values are converted to UTC,
    # which can move a late-evening story to the next day.
    for key in ("published", "updated", "created"):
        date = normalise_date(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        date = normalise_date(entry.get(key))
        if date:
            return date
    return None


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    if "<" in value:
        value = html_to_text(value)
    return " ".join(value.split()) or None
