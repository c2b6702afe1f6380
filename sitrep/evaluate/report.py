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

    def summary(self) -> dict[str, dict[str, Any]]:
        """Per scored part: tp, fp, fn and precision, recall, F1 rounded to 3 decimals (None when
        not known), the figures of the one-line summaries."""
        result = {}
        for part in PARTS:
            if part not in self.score.parts:
                continue
            counts = self.score.total(part)
            result[part] = {
                "precision": _round(counts.precision, 3),
                "recall": _round(counts.recall, 3),
                "f1": _round(counts.f1, 3),
                "tp": counts.tp,
                "fp": counts.fp if counts.precision_known else None,
                "fn": counts.fn,
            }
        return result

    def summary_lines(self) -> list[str]:
        """One line per scored part: ``events: P=0.600 R=0.450 F1=0.514`` (``n/a`` where unknown),
        for actors the country accuracy line (``actors: country accuracy=0.912 (...)``), where the
        gold states countries, and for toponyms the distance line: ``places: median 12.3 km, accuracy@161km=0.732``."""
        lines = [summary_line(part, self.score.total(part)) for part in PARTS
                 if part in self.score.parts]
        country = self.score.arguments.get("actors", {}).get("country")
        if country is not None and country.total:
            lines.append(f"actors: country accuracy={country.value:.3f} "
                         f"({country.correct} of {country.total} found actors with a gold country)")
        distances = self.score.distance_summary()
        if distances:
            lines.append(f"places: median {distances['median_km']} km, "
                         f"accuracy@161km={distances['accuracy_161km']:.3f} "
                         f"({distances['toponyms_with_coordinates']} toponyms found with coordinates)")
        return lines

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
            "summary": self.summary(),
            "distances": self.score.distance_summary(),
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
        lines = [f"gold: {self.gold_path}", f"records: {score.records}{self._selection()}"]
        for dataset, count in sorted(score.datasets.items()):
            lines.append(f"  {dataset}: {count}")
        if self.meta.get("pipeline_version"):
            lines.append(f"pipeline: {self.meta['pipeline_version']}")
        if self.meta.get("extraction_failures"):
            lines.append(f"extraction failed on {self.meta['extraction_failures']} records (scored as empty)")
        summary = self.summary_lines()
        if summary:
            lines += ["", *summary]
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


    def _selection(self) -> str:
        limit, sample, seed = (self.meta.get(key) for key in ("limit", "sample", "seed"))
        notes = []
        if limit:
            notes.append(f"first {limit}")
        if sample:
            notes.append(f"random sample of {sample}, seed {seed}")
        return f" ({'; '.join(notes)})" if notes else ""


def summary_line(part: str, counts: Counts) -> str:
    """``events: P=0.600 R=0.450 F1=0.514``."""
    return (f"{part}: P={_fmt(counts.precision)} R={_fmt(counts.recall)} "
            f"F1={_fmt(counts.f1)}")


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


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
