from __future__ import annotations

import io
import json

import pytest

from sitrep.export import EXPORT_FORMATS, write_export
from sitrep.export.csv_events import EVENT_COLUMNS
from sitrep.model import Document


def test_formats_and_unknown_format() -> None:
    assert EXPORT_FORMATS == ("csv", "jsonl", "geojson", "graphml", "edges")
    with pytest.raises(ValueError, match="unknown export format"):
        write_export([], "xlsx", io.StringIO())


def test_jsonl_round_trips_through_from_record(documents: list[Document]) -> None:
    out = io.StringIO()
    assert write_export(iter(documents), "jsonl", out) == 2
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 3
    for line, document in zip(lines, documents):
        record = json.loads(line)
        assert record == document.to_record()
        assert Document.from_record(record).to_record() == document.to_record()


def test_jsonl_keeps_non_ascii_text() -> None:
    from sitrep.model import Article

    document = Document(article=Article(text="x", title="Хартум — الخرطوم"))
    out = io.StringIO()
    write_export([document], "jsonl", out)
    assert "Хартум — الخرطوم" in out.getvalue()


def test_geojson_is_a_feature_collection_of_points(documents: list[Document]) -> None:
    out = io.StringIO()
    count = write_export(iter(documents), "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert count == len(features) == 2  # evt-2, evt-3 and evt-5 have no coordinates
    assert [feature["id"] for feature in features] == ["evt-1", "evt-4"]
    for feature in features:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        assert list(feature["properties"]) == list(EVENT_COLUMNS)
    assert features[0]["geometry"]["coordinates"] == [-29.72, 11.01]  # [lon, lat]
    assert features[1]["geometry"]["coordinates"] == [30.52, 11.03]
    properties = features[0]["properties"]
    assert properties["actor1"] == "Rebel Front"
    assert properties["title"] == '=HYPERLINK("http://evil")'  # JSON is not a spreadsheet
    assert properties["fatalities"] == 3 and properties["negated"] is False


def test_geojson_without_located_events_is_empty(documents: list[Document]) -> None:
    documents[0].events[0].place.lat = float("nan")  # type: ignore[union-attr]
    out = io.StringIO()
    assert write_export(documents[:1], "geojson", out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
