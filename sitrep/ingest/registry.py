"""The format → reader table: the one place that says which module reads which sniffed format."""

from __future__ import annotations

from sitrep.ingest import feeds, html, tabular, text
from sitrep.ingest.base import Reader

READERS: dict[str, Reader] = {
    "text": text.read,
    "html": html.read,
    "feed": feeds.read,
    "jsonl": tabular.read_jsonl,
    "csv": tabular.read_csv,
}
