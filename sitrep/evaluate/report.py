"""A score rendered as a plain-text table or as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sitrep.evaluate.schema import PARTS
from sitrep.evaluate.score import Counts, Score


@dataclass
class Report:
    gold_path: str
    score: Score
    errors_limit: int = 10
    seconds: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        score = self.score
        parts = {}
        for part in PARTS:
            if part not in score.parts:
                continue
            parts[part] = {
                "total": _counts(score.total(part)),
                "labels": {label: _counts(c) for label, c in sorted(score.parts[part].items())},
            }
        return {
            "gold": self.gold_path,
            "records": score.records,
            "datasets": dict(score.datasets),
            "seconds": round(self.seconds, 3),
            **self.meta,
            "parts": parts,
            "arguments": {
                part: {
                    name: {"correct": a.correct, "total": a.total, "accuracy": _round(a.value)}
                    for name, a in sorted(arguments.items())
                }
                for part, arguments in score.arguments.items()
            },
            "misses": [e.to_record() for e in score.worst("miss", self.errors_limit)],
            "false_alarms": [e.to_record() for e in score.worst("false_alarm", self.errors_limit)],
            "argument_errors": [e.to_record() for e in score.worst("argument", self.errors_limit)],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_record(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        score = self.score
        lines = [f"gold: {self.gold_path}", f"records: {score.records}"]
        for dataset, count in sorted(score.datasets.items()):
            lines.append(f"  {dataset}: {count}")
        rows: list[list[str]] = []
        for part in PARTS:
            if part not in score.parts:
                continue
            rows.append([part, "(all)", *_cells(score.total(part))])
            for label, counts in sorted(score.parts[part].items()):
                rows.append(["", label, *_cells(counts)])
        if rows:
            lines += ["", *_table(["part", "label", "tp", "fp", "fn", "P", "R", "F1"], rows)]
        arg_rows = [
            [part, name, str(a.correct), str(a.total), _fmt(a.value)]
            for part, arguments in score.arguments.items()
            for name, a in sorted(arguments.items())
        ]
        if arg_rows:
            lines += ["", *_table(["part", "argument", "correct", "total", "accuracy"], arg_rows)]
        for title, kind in (("worst misses", "miss"), ("worst false alarms", "false_alarm"),
                            ("worst argument errors", "argument")):
            errors = score.worst(kind, self.errors_limit)
            if not errors or self.errors_limit <= 0:
                continue
            lines += ["", f"{title}:"]
            for error in errors:
                detail = f" [{error.detail}]" if error.detail else ""
                lines.append(f"- {error.part}/{error.label} {error.record_id}{detail}")
                lines.append(f"    {' '.join(error.sentence.split())}")
        return "\n".join(lines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _counts(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp if counts.precision_known else None,
        "fn": counts.fn,
        "precision": _round(counts.precision),
        "recall": _round(counts.recall),
        "f1": _round(counts.f1),
    }


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _cells(counts: Counts) -> list[str]:
    fp = str(counts.fp) if counts.precision_known else "-"
    return [str(counts.tp), fp, str(counts.fn), _fmt(counts.precision), _fmt(counts.recall),
            _fmt(counts.f1)]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        return "  ".join(cells).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(row) for row in rows)]
