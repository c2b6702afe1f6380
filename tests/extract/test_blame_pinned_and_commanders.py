"""Whom a charge is aimed at when the act is named beside the culprit ("pinned the killings on
X", "blamed the ambush on X") and when the accused are the state's commanders ("accused federal
commanders of ..."). Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _accusations(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-06"))
    names = {a.id: a.name for a in document.actors}
    return [sorted(names[t] for t in s.targets) for s in document.statements if s.kind == "ACCUSE"]


@pytest.mark.parametrize(("text", "culprit"), [
    ("Gunmen killed eleven herders near Bambari on Sunday. The UPC denied any role and pinned the massacre on "
     "the anti-balaka.", "Anti-balaka"),
    ("Attackers burned a police post near Beni on Friday. The governor blamed the raid on the Allied Democratic "
     "Forces, a Ugandan-led insurgency.", "Allied Democratic Forces"),
])
def test_a_charge_pinned_on_a_named_group_is_aimed_at_it_alone(pipeline, text, culprit):
    found = _accusations(pipeline, text)
    assert found and found[0] == [culprit], found


def test_the_states_commanders_are_its_forces(pipeline):
    text = ("Insurgents overran an outpost near Beledweyne on Monday. A clan elder accused government commanders "
            "of leaving the outpost without ammunition for weeks.")
    found = _accusations(pipeline, text)
    assert found and found[0] == ["Military Forces of Somalia"], found
