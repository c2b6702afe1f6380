"""Fights told by a word for an effort "against" a force, by "clashes pitting X against Y" or by
"Thai and Cambodian troops clashed": the sides are the event's actor and target. Sentences written
for these tests."""

import pytest

from tests.extract.relation_helpers import events_of


def _events(pipeline, text):
    return events_of(pipeline, text, published="2026-02-17")


@pytest.mark.parametrize("text", [
    "Nigerian troops launched an operation against Boko Haram fighters near Bama on Friday.",
    "Nigerian troops began a sweep against Boko Haram in the Sambisa forest on Friday.",
])
def test_an_operation_launched_against_a_force_is_an_attack_on_it(pipeline, text):
    events = _events(pipeline, text)
    assert ("ASSAULT", ["Military Forces of Nigeria"], ["Boko Haram"]) in events, events


@pytest.mark.parametrize("text", [
    "The government launched a campaign against corruption on Monday.",
    "Soldiers of Operation Lafiya Dole, the army's campaign against Boko Haram, held a parade in Maiduguri.",
])
def test_a_campaign_named_or_aimed_at_no_force_is_no_attack(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "ASSAULT"]


def test_clashes_pitting_one_side_against_another(pipeline):
    text = "Clashes pitting the ELN against the Gulf Clan have driven 2,000 people from their homes in Bolivar."
    events = _events(pipeline, text)
    assert any(e[0] == "ASSAULT" and e[1] == ["National Liberation Army"] and e[2] == ["Clan del Golfo"]
               for e in events), events


def test_troops_of_two_nations_that_clash_are_two_sides_in_text_order(pipeline):
    text = "Thai and Cambodian troops exchanged fire along the disputed border on Thursday, officials said."
    events = _events(pipeline, text)
    assert ("ASSAULT", ["Military Forces of Thailand"], ["Military Forces of Cambodia"]) in events, events


def test_troops_of_two_nations_that_retake_a_town_act_together(pipeline):
    text = "Rwandan and Mozambican troops retook the town of Macomia from insurgents on Sunday."
    events = _events(pipeline, text)
    assert any(e[1] == ["Military Forces of Mozambique", "Military Forces of Rwanda"] for e in events), events
