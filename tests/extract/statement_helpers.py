"""Helpers for the statement tests, over (kind, speaker name, target names) triples."""

from __future__ import annotations


def targets_of_kind(found, kind: str) -> list[list[str]]:
    """The target lists of the statements of one kind, in text order."""
    return [targets for found_kind, _, targets in found if found_kind == kind]
