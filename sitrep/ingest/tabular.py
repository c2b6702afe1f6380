"""JSON Lines and CSV corpora: one article per row, fields named by a :class:`ColumnMap`.

A row without usable text is an ``IngestError`` with origin ``<file>#row-N`` and the other rows go
on. For JSON Lines N is the line number; for CSV it is the data row number (the header row not
counted). A JSON array of objects, or a single pretty-printed object, is accepted as well.
CSV's delimiter is whichever of ``, TAB ; |`` the header line uses most.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from sitrep.ingest.base import ColumnMap, IngestError, IngestFailure, ReadContext
from sitrep.ingest.dates import normalise_date
from sitrep.ingest.decode import clean_text, decode
from sitrep.model.records import Article

_DELIMITERS = ",\t;|"


def read_jsonl(data: bytes, origin: str, context: ReadContext) -> Iterator[Article | IngestError]:
    text = decode(data)
    stripped = text.strip()
    if not stripped:
        raise IngestFailure("empty input")
    whole = _whole_document(stripped)
    if whole is not None:
        for number, row in enumerate(whole, start=1):
            yield _row_article(row, context.column_map, f"{origin}#row-{number}")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        row_origin = f"{origin}#row-{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield IngestError(row_origin, f"invalid JSON: {exc}")
            continue
        yield _row_article(row, context.column_map, row_origin)


def read_csv(data: bytes, origin: str, context: ReadContext) -> Iterator[Article | IngestError]:
    text = decode(data)
    header_line = text.strip().split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header_line.count)
    # A quoted article can be longer than csv's default 128 KiB field limit; none can be longer
    # than the whole input. The limit is process-wide, so it is only ever raised.
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    for values in rows:
        if any(value.strip() for value in values):
            header = [name.strip() for name in values]
            break
    columns = context.column_map
    if columns.text not in header:
        raise IngestFailure(
            f"no '{columns.text}' column in CSV header (columns: {', '.join(header) or 'none'})"
        )
    number = 0
    try:
        for values in rows:
            if not any(value.strip() for value in values):
                continue  # blank line
            number += 1
            row = dict(zip(header, values, strict=False))
            yield _row_article(row, columns, f"{origin}#row-{number}")
    except csv.Error as exc:
        # The csv module cannot resynchronise after a malformed row, so the rest is lost.
        yield IngestError(
            f"{origin}#row-{number + 1}", f"malformed CSV, rest of file skipped: {exc}"
        )


def _whole_document(text: str) -> list[Any] | None:
    """The rows of a JSON array or single object, or ``None`` if ``text`` is JSON Lines."""
    if text.startswith("["):
        try:
            rows = json.loads(text)
        except ValueError as exc:
            raise IngestFailure(f"invalid JSON: {exc}") from exc
        if not isinstance(rows, list):
            raise IngestFailure("JSON is neither an array of objects nor JSON Lines")
        return rows
    first_line = text.split("\n", 1)[0]
    try:
        json.loads(first_line)
        return None
    except ValueError:
        pass
    try:
        document = json.loads(text)
    except ValueError:
        return None  # let the line-by-line reader report the bad lines
    return [document]


def _row_article(row: Any, columns: ColumnMap, origin: str) -> Article | IngestError:
    if not isinstance(row, Mapping):
        return IngestError(origin, f"row is not an object but {type(row).__name__}")
    value = row.get(columns.text)
    if value is None:
        return IngestError(origin, f"row has no '{columns.text}' value")
    if not isinstance(value, str):
        return IngestError(origin, f"'{columns.text}' is not a string")
    text = clean_text(value)
    if not text:
        return IngestError(origin, f"row has empty '{columns.text}'")
    return Article(
        text=text,
        title=_field(row, columns.title),
        source=_field(row, columns.source),
        url=_field(row, columns.url),
        published=normalise_date(_field(row, columns.published)),
        origin=origin,
    )


def _field(row: Mapping[str, Any], name: str | None) -> str | None:
    if not name:
        return None
    value = row.get(name)
    if value is None or isinstance(value, dict | list):
        return None
    return str(value).strip() or None
