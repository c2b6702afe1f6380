from __future__ import annotations

import csv
import io

from sitrep.export import write_export
from sitrep.export.csv_events import EVENT_COLUMNS
from sitrep.model import Document


def _rows(documents: list[Document]) -> tuple[int, list[str], list[dict[str, str]]]:
    out = io.StringIO(newline="")
    count = write_export(documents, "csv", out)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    rows = list(reader)
    return count, list(reader.fieldnames or []), rows


def test_one_row_per_event_with_the_acled_like_columns(documents: list[Document]) -> None:
    count, header, rows = _rows(documents)
    assert count == 5 == len(rows)
    assert header == list(EVENT_COLUMNS)
    assert [row["event_id"] for row in rows] == ["evt-1", "evt-2", "evt-3", "evt-4", "evt-5"]


def test_values_of_a_full_event(documents: list[Document]) -> None:
    row = _rows(documents)[2][0]
    first = documents[0]
    assert row["article_id"] == first.article.id
    assert row["event_date"] == "2024-05-01"
    assert row["date_precision"] == "day"
    assert row["event_type"] == "ASSAULT"
    assert row["mode"] == "firearms"
    assert row["acled_event_type"] == "Battles"
    assert row["acled_sub_event_type"] == "Armed clash"
    assert row["actor1"] == "Rebel Front"
    assert row["actor2"] == "'-Army <of> \"Sudan\""  # name starts with "-": neutralised
    assert (row["country"], row["admin1"], row["admin2"]) == ("SDN", "South Kordofan", "")
    assert row["location"] == "Kadugli"
    assert float(row["latitude"]) == 11.01
    assert float(row["longitude"]) == -29.72  # a negative number stays a number
    assert row["geo_precision"] == "exact"
    assert (row["fatalities"], row["fatalities_max"]) == ("3", "5")
    assert row["fatalities_text"] == "3 to 5 soldiers"
    assert row["reported_by"] == "'@Monitor"
    assert (row["negated"], row["hypothetical"]) == ("false", "false")
    assert row["source"] == "Wire, Inc."
    assert row["source_url"] == "https://example.org/a?x=1&y=2"
    assert row["title"] == "'=HYPERLINK(\"http://evil\")"
    evidence = first.events[0].evidence
    assert row["evidence"] == evidence.text
    assert (int(row["evidence_start"]), int(row["evidence_end"])) == (evidence.start, evidence.end)


def test_untrusted_text_and_missing_values(documents: list[Document]) -> None:
    rows = _rows(documents)[2]
    nasty = rows[1]
    assert nasty["evidence"] == documents[0].events[1].evidence.text  # quotes, commas, newline
    assert "\n" in nasty["evidence"]
    assert nasty["actor1"] == "Rebel Front; act-unknown"  # unresolved id written as is
    assert nasty["location"] == "'=cmd()"
    for column in ("latitude", "longitude", "fatalities", "event_date"):
        assert nasty[column] == ""
    assert rows[2]["negated"] == "true"
    assert rows[3]["actor1"] == "Rebel Front (renamed)"  # names come from each row's own document
    assert rows[4]["actor2"] == "Sudanese Army; Rebel Front (renamed)"


def test_no_cell_can_start_a_formula(documents: list[Document]) -> None:
    for row in _rows(documents)[2]:
        for column, value in row.items():
            if column in {"latitude", "longitude"}:
                continue
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)


def test_no_documents_gives_only_the_header() -> None:
    out = io.StringIO(newline="")
    assert write_export([], "csv", out) == 0
    assert next(csv.reader(io.StringIO(out.getvalue()))) == list(EVENT_COLUMNS)
