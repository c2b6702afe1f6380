"""Evaluation of sitrep against gold data: ``sitrep eval`` (see ``docs/evaluation.md``)."""

from sitrep.evaluate.gold import load_gold
from sitrep.evaluate.report import Report
from sitrep.evaluate.run import evaluate_file
from sitrep.evaluate.schema import GoldError, GoldRecord
from sitrep.evaluate.score import Score, Scorer

__all__ = ["GoldError", "GoldRecord", "Report", "Score", "Scorer", "evaluate_file", "load_gold"]
