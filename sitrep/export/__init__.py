"""Exports of document records to files other tools read.

Formats (``EXPORT_FORMATS``), one module each:

``csv``
    :mod:`sitrep.export.csv_events` -- one ACLED-like row per source event, with a header row,
    ``cluster_id`` (the merged event it belongs to) and ``sources`` (how many articles report
    it). Cells that a spreadsheet would run as a formula are neutralised.
``jsonl``
    :mod:`sitrep.export.jsonl` -- one document record (``Document.to_record()``) per line.
``geojson``
    :mod:`sitrep.export.geojson` -- a FeatureCollection with one Point feature per event that has
    coordinates; its properties are the CSV row's fields.
``graphml``
    :mod:`sitrep.export.graph` -- the actor graph (actors as nodes; relations and event
    interactions as weighted edges, merged across documents by actor id) as GraphML.
``edges``
    :mod:`sitrep.export.graph` -- the same graph's edges as a CSV edge list.

All go through :func:`write_export`, which returns the number of rows, features or lines written
(for ``graphml``: edges). ``fusion`` (event id -> (cluster id, sources), from
:func:`sitrep.store.queries.event_fusion`) fills ``cluster_id`` and ``sources`` of the CSV and
GeoJSON rows; without it each event is its own, with one source. Open ``out`` with ``newline=""``
for the CSV formats so that the csv module's line endings are written unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from sitrep.export.csv_events import Fusion, write_events_csv
from sitrep.export.geojson import write_geojson
from sitrep.export.graph import write_edges_csv, write_graphml
from sitrep.export.jsonl import write_jsonl
from sitrep.model import Document

EXPORT_FORMATS = ("csv", "jsonl", "geojson", "graphml", "edges")

_WRITERS: dict[str, Callable[[Iterable[Document], TextIO], int]] = {
    "csv": write_events_csv,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
    "graphml": write_graphml,
    "edges": write_edges_csv,
}


def write_export(documents: Iterable[Document], fmt: str, out: TextIO, *, fusion: Fusion | None = None) -> int:
    """Write ``documents`` to ``out`` as ``fmt``; return the number of rows/features/lines.

    Raises ``ValueError`` for a format not in ``EXPORT_FORMATS``.
    """
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}"
        ) from None
    if fmt in {"csv", "geojson"}:
        return writer(documents, out, fusion=fusion)
    return writer(documents, out)


__all__ = ["EXPORT_FORMATS", "write_export"]
