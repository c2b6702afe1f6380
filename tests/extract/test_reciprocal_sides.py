"""Sides of mutual fighting named together ("X and Y clashed") and the groups behind generic
nouns in a coordination ("government forces and fighters loyal to X")."""

from __future__ import annotations

import pytest

from sitrep.model import Article


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-05-04"))


def _opposed_pairs(document):
    names = {actor.id: actor.name for actor in document.actors}
    return {frozenset((names[r.subject], names[r.object])) for r in document.relations if r.predicate == "opposes"}


@pytest.mark.parametrize("text, first, second", [
    ("Government forces and fighters loyal to the Sudan Liberation Movement clashed near Tawila on Friday.",
     "Military Forces of Sudan", "Sudan Liberation Movement"),
    ("Al-Shabaab and the Somali National Army exchanged fire near Afgoye on Sunday.",
     "al-Shabaab", "Military Forces of Somalia"),
])
def test_sides_of_a_mutual_fight_oppose_each_other(pipeline, text, first, second):
    pairs = _opposed_pairs(_document(pipeline, text))
    assert frozenset((first, second)) in pairs


def test_exchanging_prisoners_is_not_fighting(pipeline):
    document = _document(pipeline, "Ukraine and Russia exchanged 150 prisoners of war on Monday.")
    assert not _opposed_pairs(document)


def test_a_two_word_organ_is_one_actor_not_its_modifier_too(pipeline):
    document = _document(pipeline, "Syrian government forces shelled the town of Jasim on Monday.")
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds.get("Military Forces of Syria") == "state_forces"
    assert "Government of Syria" not in kinds
