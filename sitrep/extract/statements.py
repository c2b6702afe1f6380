"""Statements: who said what, of whom, where. The work is done in ``sitrep.extract.speech``; this
module keeps the stage's import path (``extract.statements.extract_statements``)."""

from sitrep.extract.speech import STAGE, extract_statements

__all__ = ["STAGE", "extract_statements"]
