"""Deciding an input's format: ``text``, ``html``, ``feed``, ``jsonl`` or ``csv``.

The content decides first; the file extension or HTTP content type is only a hint, used where the
content is ambiguous (a CSV file whose header lacks the text column, HTML that does not start
with a tag). Plain text is the fallback.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re

FORMATS = ("text", "html", "feed", "jsonl", "csv")

_EXTENSION_HINTS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
_CONTENT_TYPE_HINTS = {
    "text/plain": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/json": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "text/csv": "csv",
    "text/tab-separated-values": "csv",
}
_HEAD = 8192
_MARKUP_START = re.compile(rb"<[a-z!?]")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(rb"<html[\s>]")
_HTML_TAG = re.compile(rb"<(?:html|head|body|p|div|article|br|title|meta|h[1-6])[\s/>]")
_COLUMN_NAME = re.compile(r"^[A-Za-z_][\w.\-]{0,39}$")
_DELIMITERS = ",\t;|"


def hint_for(name: str | None = None, content_type: str | None = None) -> str | None:
    """The format a file name or an HTTP ``Content-Type`` suggests, if any."""
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in _CONTENT_TYPE_HINTS:
            return _CONTENT_TYPE_HINTS[mime]
    if name:
        path = name.split("?", 1)[0].split("#", 1)[0]
        return _EXTENSION_HINTS.get(os.path.splitext(path)[1].lower())
    return None


def sniff(data: bytes, hint: str | None = None, *, text_column: str = "text") -> str:
    """The format of ``data``; ``text_column`` must be in a CSV header found by content alone."""
    head = data[:_HEAD].removeprefix(codecs.BOM_UTF8).lstrip()
    lower = head.lower()
    if _MARKUP_START.match(lower):
        feed, page = _FEED_ROOT.search(lower), _HTML_ROOT.search(lower)
        # An HTML page may quote a feed; a feed rarely embeds <html> before its own root.
        if feed and (not page or feed.start() < page.start()):
            return "feed"
        return "html"
    if head[:1] in (b"{", b"[") and _looks_like_json(data):
        return "jsonl"
    if hint == "csv" or _looks_like_csv(head, text_column):
        return "csv"
    if hint == "html" and _HTML_TAG.search(lower):
        return "html"
    return "text"


def _looks_like_json(data: bytes) -> bool:
    first_line = data.lstrip().split(b"\n", 1)[0]
    try:
        if isinstance(json.loads(first_line), dict):
            return True
    except ValueError:
        pass
    # A pretty-printed JSON document (one object, or an array of objects) rather than JSON Lines.
    try:
        return isinstance(json.loads(data), dict | list)
    except ValueError:
        return False


def _looks_like_csv(head: bytes, text_column: str) -> bool:
    """A header of column names that includes the text column, and at least one row after it."""
    lines = head.decode("utf-8", errors="replace").splitlines()
    if len(lines) < 2 or not lines[1].strip():
        return False
    header = lines[0]
    delimiter = max(_DELIMITERS, key=header.count)
    if header.count(delimiter) == 0:
        return False
    names = [name.strip() for name in next(csv.reader([header], delimiter=delimiter))]
    return text_column in names and all(_COLUMN_NAME.match(name) for name in names)
