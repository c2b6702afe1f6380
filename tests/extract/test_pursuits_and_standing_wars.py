"""A pursuit of fighters is a fight ("troops pursued the attackers towards the border"), a pursuit
of ties or a promised one is not; a side described as "at war with" another opposes it; the joint
force of the Alliance of Sahel States is a force of its own. Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-05-06"))


def _names(document):
    return {a.id: a.name for a in document.actors}


def _opposes(document):
    names = _names(document)
    return {(names[r.subject], names[r.object]) for r in document.relations if r.predicate == "opposes"}


@pytest.mark.parametrize("text", [
    "Chad's army said troops had pursued Boko Haram fighters across Lake Chad on Sunday.",
    "Soldiers chased the ADF rebels into the forest near Beni in Congo on Tuesday.",
])
def test_a_pursuit_of_fighters_is_a_fight(pipeline, text):
    document = _document(pipeline, text)
    assert any(e.type == "ASSAULT" for e in document.events)
    assert _opposes(document)


@pytest.mark.parametrize("text", [
    "Georgia's government, which has pursued warmer ties with Moscow, said on Tuesday it would hold talks.",
    "Chad's army said it would pursue Boko Haram fighters wherever they hide.",
])
def test_a_pursuit_of_ties_or_a_promised_one_is_no_fight(pipeline, text):
    assert not any(e.type == "ASSAULT" for e in _document(pipeline, text).events)


def test_a_side_at_war_with_another_opposes_it(pipeline):
    document = _document(pipeline, "The M23, at war with Congo's army since 2021, said on Monday it had "
                                   "withdrawn from Walikale.")
    assert ("March 23 Movement", "Military Forces of Democratic Republic of the Congo") in _opposes(document)


def test_the_sahel_joint_force_is_a_force(pipeline):
    document = _document(pipeline, "Aircraft of the unified force of the Alliance of Sahel States struck "
                                   "fighters of Islamic State Sahel Province near Menaka on Monday.")
    kinds = {a.name: a.kind for a in document.actors}
    assert kinds.get("Unified Force of the AES") == "state_forces"
    assert ("Unified Force of the AES", "Islamic State Sahel Province") in _opposes(document)
