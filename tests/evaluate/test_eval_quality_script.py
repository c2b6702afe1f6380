"""scripts/quality.py: the floor rule and the report it writes, on hand-made scores."""

import pytest

from sitrep.evaluate.report import Report
from sitrep.evaluate.score import Accuracy, Counts, Scorer
from tests.evaluate.eval_helpers import ROOT, load_script


@pytest.fixture(scope="module")
def quality():
    return load_script("quality")


def _report(parts, arguments=None):
    scorer = Scorer()
    for part, labels in parts.items():
        scorer.score.parts[part] = dict(labels)
    scorer.score.arguments = arguments or {}
    scorer.score.records = 3
    return Report(gold_path="x.jsonl", score=scorer.result(), meta={"seed": None})


def test_floors_round_down_then_subtract_the_margin(quality):
    # events: P = 0.8, R = 0.8571..., F1 = 0.8276 -> 0.82 - 0.05 = 0.77
    # actors: F1 = 1.0 -> 0.95; relations: F1 = 0.0333 -> 0.03 - 0.05 -> 0.0
    report = _report({
        "events": {"A": Counts(tp=12, fp=3, fn=2, precision_known=True)},
        "actors": {"a": Counts(tp=5, fp=0, fn=0, precision_known=True)},
        "relations": {"r": Counts(tp=1, fp=1, fn=57, precision_known=True)},
        "statements": {"s": Counts(tp=1, fn=1)},  # precision unknown: no floor
    })
    assert quality.floors_from(report) == {"actors": 0.95, "events": 0.77, "relations": 0.0}


def test_report_has_summary_lines_and_weaknesses(quality, tmp_path):
    weak = _report({"events": {"ASSAULT": Counts(tp=2, fp=20, fn=18, precision_known=True),
                               "PROTEST": Counts(tp=9, fp=2, fn=1, precision_known=True)}},
                   {"events": {"date": Accuracy(correct=1, total=40)}})
    strong = _report({"actors": {"person": Counts(tp=30, fp=1, fn=2, precision_known=True)}})
    results = [{"name": "dev", "path": ROOT / "eval" / "dev.jsonl", "total": 3, "report": strong,
                "sample": None, "seconds": 1.0},
               {"name": "plover_gsr", "path": tmp_path / "plover_gsr.jsonl", "total": 300,
                "report": weak, "sample": 3, "seconds": 2.0}]
    args = quality.parse_args(["--sample", "3"])
    out = tmp_path / "quality.md"
    quality.write_report(out, args, ["--sample", "3"], results, "sitrep test", 3.0, 2.5,
                         "2025-01-01", {"actors": 0.9})
    text = out.read_text(encoding="utf-8")
    assert "`.venv/bin/python scripts/quality.py --sample 3`" in text
    assert "sitrep test" in text and "2025-01-01" in text
    # events: tp 11, fp 22, fn 19: P = 11/33, R = 11/30, F1 = 2tp/(2tp+fp+fn) = 22/63
    assert "plover_gsr               events: P=0.333 R=0.367 F1=0.349" in text
    # actors: P = 30/31, R = 30/32, F1 = 60/63
    assert "dev                      actors: P=0.968 R=0.938 F1=0.952" in text
    weak_section = text.split("## Where sitrep is weak")[1].split("## Per set")[0]
    assert weak_section.index("events / ASSAULT") < weak_section.index("events / PROTEST")
    assert "events / date: 0.025 (1 of 40)" in weak_section
    assert "actors F1 ≥ 0.90" in text
