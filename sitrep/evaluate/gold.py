"""Load a gold JSONL file and turn each record into a :class:`GoldRecord` through its adapter.

The adapter is chosen by the record's ``source_dataset`` (casefolded prefix, see ``ADAPTERS``), so
one file may mix sets, and a held-out twin with another period or region in its name still loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from sitrep.evaluate.datasets import (
    acled,
    event_location,
    geo_toponyms,
    native,
    plover,
    polnear,
    re3d,
    ucdp,
)
from sitrep.evaluate.schema import GoldError, GoldRecord

ADAPTERS: tuple[tuple[str, ModuleType], ...] = (
    ("re3d", re3d),
    ("ucdp", ucdp),
    ("acled", acled),
    ("plover", plover),
    ("geovirus", geo_toponyms),
    ("geowebnews", geo_toponyms),
    ("event_location", event_location),
    ("polnear", polnear),
    ("sitrep", native),
    ("native", native),
)


def adapter_for(record: dict[str, Any]) -> ModuleType:
    dataset = str(record.get("source_dataset") or "").strip().casefold()
    if not dataset and isinstance(record.get("gold"), dict) and "events" in record["gold"]:
        return native
    for prefix, module in ADAPTERS:
        if dataset.startswith(prefix):
            return module
    raise GoldError(f"record {record.get('id')!r}: unknown source_dataset {dataset!r}")


def adapt(record: dict[str, Any]) -> GoldRecord:
    try:
        return adapter_for(record).adapt(record)
    except GoldError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GoldError(f"record {record.get('id')!r}: malformed gold ({error})") from error


def iter_raw(path: str | Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, blank lines skipped; at most ``limit`` of them."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise GoldError(f"cannot open ({error.strerror or error})") from error
    count = 0
    with handle:
        lines = enumerate(handle, start=1)
        while limit is None or count < limit:
            try:
                number, line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as error:
                raise GoldError(f"not UTF-8 ({error.reason})") from error
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldError(f"line {number}: not JSON ({error.msg})") from error
            if not isinstance(record, dict):
                raise GoldError(f"line {number}: not a JSON object")
            count += 1
            yield record


def load_gold(path: str | Path, limit: int | None = None) -> list[GoldRecord]:
    """Every record of a gold file, adapted. Raises :class:`GoldError` naming the file and line."""
    records = []
    try:
        for number, record in enumerate(iter_raw(path, limit), start=1):
            try:
                records.append(adapt(record))
            except GoldError as error:
                raise GoldError(f"record {number}: {error}") from error
    except GoldError as error:
        raise GoldError(f"{path}: {error}") from error
    return records
