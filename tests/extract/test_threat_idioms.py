"""Threats told by idiom rather than by a threat verb: "they will face our wrath", "reserves the
right to respond", "the only language they understand", "no valley where they can hide", "our
patience has run out", "will be treated as enemy combatants". Sentences written for these tests;
a neighbouring charge or plain statement must not become a threat."""

import pytest

from sitrep.model import Article


def _kinds(pipeline, text):
    document = pipeline.extract_one(Article(text="Clashes went on near the border. " + text, published="2026-05-06"))
    return [s.kind for s in document.statements]


@pytest.mark.parametrize("text", [
    "\"Those who fire on our patrols will face the full force of the republic,\" the interior minister said.",
    "The ministry said Caracas \"reserves the right to respond\" to any incursion.",
    "\"Force is the only language these militias understand,\" the governor said.",
    "\"There is no forest in this province where these bandits can hide,\" the police chief said.",
    "\"The patience of the Ethiopian people has run out,\" the spokesman said.",
    "\"Any boat found in the exclusion zone will be treated as a legitimate target,\" the navy said.",
    "\"Whatever they send, they will find our fighters waiting,\" the commander said.",
])
def test_an_idiom_of_threat_is_a_threat(pipeline, text):
    assert "THREATEN" in _kinds(pipeline, text)


@pytest.mark.parametrize("text", [
    "\"The army has abandoned the villages to the bandits,\" the governor said.",
    "\"The ceasefire is holding and our patience with the talks is rewarded,\" the mediator said.",
])
def test_a_charge_or_a_plain_remark_is_no_threat(pipeline, text):
    assert "THREATEN" not in _kinds(pipeline, text)
