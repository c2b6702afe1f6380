"""What a mediator offers or welcomes with no one named goes to the parties the article tells
fighting ("offered to host talks between the two sides", "welcomed the truce"), and a person's
charge sets the body they speak for against its enemy. Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _statements(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-06"))
    names = {a.id: a.name for a in document.actors}
    return [(s.kind, {names[t] for t in s.targets}) for s in document.statements]


@pytest.mark.parametrize(("text", "kind"), [
    ("Fighters of the Kachin Independence Army attacked a military base near Bhamo on Monday, the army said. "
     "India's foreign ministry said it was ready to host talks between the two sides.", "PLEDGE"),
    ("Houthi fighters shelled government positions near Marib on Sunday, killing five soldiers. Oman welcomed "
     "the new truce in a statement on Tuesday.", "PRAISE"),
])
def test_what_is_offered_or_welcomed_goes_to_the_fighting_sides(pipeline, text, kind):
    found = [targets for k, targets in _statements(pipeline, text) if k == kind]
    assert found, f"no {kind} found"
    assert len(found[0]) >= 2, found


def test_a_spokesman_speaks_for_his_group_when_the_sides_are_told_only_by_charges(pipeline):
    text = ("A market in Inhalid in northern Mali was hit on Friday. \"The Malian army is killing herders,\" "
            "Azawad Liberation Front spokesman Mohamed Elmaouloud Ramadane said. Mauritania urged all parties to "
            "show restraint.")
    appeals = [targets for kind, targets in _statements(pipeline, text) if kind == "APPEAL"]
    assert appeals and "Azawad Liberation Front" in appeals[0], appeals


@pytest.mark.parametrize(("text", "claimant"), [
    ("Fighting went on near Kharkiv. Russia's defence ministry said its troops had taken the village of Vovchansk, "
     "a claim Ukraine's General Staff rejected.", "Government of Russia"),
    ("Clashes continued in Darfur. The Sudanese army said its soldiers had recaptured the Um Sumeima base, a claim "
     "the Rapid Support Forces denied on Telegram.", "Military Forces of Sudan"),
])
def test_a_claim_denied_in_the_same_sentence_is_aimed_at_its_claimant(pipeline, text, claimant):
    denials = [targets for kind, targets in _statements(pipeline, text) if kind == "DENY"]
    assert denials and claimant in denials[0], denials
