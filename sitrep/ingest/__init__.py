"""Ingest: files, directories, globs, URLs and stdin in; ``Article``s and ``IngestError``s out.

Formats (sniffed from content, with the extension or content type as a hint): plain text, HTML,
RSS/Atom feeds, JSON Lines and CSV. See :func:`read_articles`.
"""

from sitrep.ingest.base import ColumnMap, IngestError, IngestFailure
from sitrep.ingest.core import read_articles
from sitrep.ingest.fetch import Transport

__all__ = ["ColumnMap", "IngestError", "IngestFailure", "Transport", "read_articles"]
