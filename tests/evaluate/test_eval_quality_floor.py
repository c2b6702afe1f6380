"""The quality floor: sitrep's F1 per part on its development set must not drop below
``eval/floors.json`` (written by ``scripts/quality.py --update-floors``; see docs/quality.md).

Runs the real pipeline over ``eval/dev.jsonl`` (about 50 paragraphs, a few seconds).
"""

import json
from pathlib import Path

import pytest

from sitrep.evaluate.run import evaluate_file

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "dev.jsonl"
FLOORS = ROOT / "eval" / "floors.json"


@pytest.fixture(scope="module")
def dev_report(pipeline):
    return evaluate_file(DEV, pipeline=pipeline, errors=5)


def test_floors_file_is_well_formed():
    record = json.loads(FLOORS.read_text(encoding="utf-8"))
    floors = record["floors"]
    assert set(floors) <= {"actors", "events", "statements", "relations", "places"}
    assert {"actors", "events", "statements", "relations"} <= set(floors)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


def test_dev_set_quality_is_above_the_floors(dev_report):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    summary = dev_report.summary()
    assert dev_report.score.records >= 40
    below = []
    for part, floor in floors.items():
        f1 = summary.get(part, {}).get("f1")
        if f1 is None or f1 < floor:
            below.append(f"{part}: F1 {f1} < floor {floor:.2f}")
    assert not below, (
        "quality dropped below the floor on eval/dev.jsonl:\n  " + "\n  ".join(below)
        + "\n\nsitrep eval eval/dev.jsonl --errors 20 lists what is missed; if the drop is "
          "intended, rerun scripts/quality.py --update-floors and say why in the commit.\n\n"
        + "\n".join(dev_report.summary_lines())
    )
