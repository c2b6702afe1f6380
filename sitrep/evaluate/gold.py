"""Load a gold JSONL file and turn each record into a :class:`GoldRecord` through its adapter.

The adapter is chosen by the record's ``source_dataset`` (casefolded prefix, see ``ADAPTERS``), so
one file may mix sets, and a held-out twin with another period or region in its name still loads.
"""

from __future__ import annotations

import json
import random
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


# gold keys that only one set has -> its adapter: the fallback for a record whose source_dataset
# names no known set (a held-out twin renamed, a file converted by hand)
SHAPES: tuple[tuple[str, ModuleType], ...] = (
    ("attributions", polnear),
    ("event_trigger", event_location),
    ("toponyms", geo_toponyms),
    ("side_a", ucdp),
    ("event_type", acled),
    ("source_actors", plover),
    ("entities", re3d),
    ("events", native),
)


def adapter_for(record: dict[str, Any]) -> ModuleType:
    """The adapter for a record: by the prefix of ``source_dataset``, then by a known set name
    anywhere in it, then by the keys of its ``gold`` object."""
    dataset = str(record.get("source_dataset") or "").strip().casefold()
    for prefix, module in ADAPTERS:
        if dataset.startswith(prefix):
            return module
    squeezed = dataset.replace(" ", "_").replace("-", "_")
    for prefix, module in ADAPTERS:
        if prefix in squeezed:
            return module
    gold = record.get("gold")
    if isinstance(gold, dict):
        for key, module in SHAPES:
            if key in gold:
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


def sample_indices(count: int, size: int | None, seed: int = 0) -> list[int]:
    """``size`` of ``range(count)`` drawn at random with ``seed``, in file order; all when ``size``
    is None or not smaller than ``count``. The same (count, size, seed) always gives the same draw."""
    if size is None or size >= count:
        return list(range(count))
    return sorted(random.Random(seed).sample(range(count), size))


def load_gold(path: str | Path, limit: int | None = None, sample: int | None = None,
              seed: int = 0) -> list[GoldRecord]:
    """The records of a gold file, adapted: the first ``limit`` of them, then (with ``sample``) a
    fixed-seed random sample of ``sample`` records. Raises :class:`GoldError` naming the file and
    the record number."""
    records = []
    try:
        raw = list(iter_raw(path, limit))
        for number in sample_indices(len(raw), sample, seed):
            try:
                records.append(adapt(raw[number]))
            except GoldError as error:
                raise GoldError(f"record {number + 1}: {error}") from error
    except GoldError as error:
        raise GoldError(f"{path}: {error}") from error
    return records
