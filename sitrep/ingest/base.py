"""Shared value types of the ingest package: the error value, the failure, the read context.

Readers raise :class:`IngestFailure` when a whole input is unusable and yield :class:`IngestError`
for a single bad row or entry; ``read_articles`` turns every failure into an ``IngestError`` so one
bad input never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sitrep.model.records import Article


@dataclass(frozen=True, slots=True)
class IngestError:
    """An input that could not be read: where it came from and why. A value, not an exception."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class IngestFailure(Exception):
    """Raised inside readers; converted to an :class:`IngestError` at the top level."""

    def __init__(self, reason: str, origin: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.origin = origin


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Names of the columns (CSV) or keys (JSONL) that hold each article field."""

    text: str = "text"
    title: str | None = "title"
    source: str | None = "source"
    url: str | None = "url"
    published: str | None = "published"


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What a reader needs beyond the bytes: the column map and, for fetched pages, the URL."""

    column_map: ColumnMap = field(default_factory=ColumnMap)
    url: str | None = None


# A reader turns the bytes of one input into articles (and per-row errors).
Reader = Callable[[bytes, str, ReadContext], Iterator[Article | IngestError]]
