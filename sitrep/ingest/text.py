"""Plain-text articles.

The whole file is one article. If its first line is short (under 200 characters) and followed by
a blank line, that line is the title and the article text is the body after the blank line;
otherwise there is no title and the text is the whole file. Only line endings and outer
whitespace are normalised (see :func:`sitrep.ingest.decode.clean_text`).
"""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.ingest.base import IngestError, ReadContext
from sitrep.ingest.decode import decode_text
from sitrep.model.records import Article

_MAX_TITLE = 200


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)`` of cleaned text by the first-line rule above."""
    lines = text.split("\n", 2)
    if len(lines) == 3 and len(lines[0].strip()) < _MAX_TITLE and not lines[1].strip():
        body = lines[2].strip()
        if body:
            return lines[0].strip(), body
    return None, text


def read(data: bytes, origin: str, context: ReadContext) -> Iterator[Article | IngestError]:
    title, body = split_title(decode_text(data))
    yield Article(text=body, title=title, url=context.url)
