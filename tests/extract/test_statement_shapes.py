"""Statement kinds told by the shape of what is said, not by a threat verb: a warning to whoever
crosses the speaker, a fate promised in the passive, "no one is safe"; and what a speaker says
beside another act ("said ... and vowed ..."). Sentences written for these tests."""

import pytest

from sitrep.model import Article


@pytest.mark.parametrize("text", [
    '"Anyone who helps the bandits will be treated as one of them," the governor of Zamfara said.',
    '"Whoever fires on our patrols will be crushed," a spokesman for the Nigerien army said.',
    '"Every drone launched at our cities will be answered," the Russian defence ministry said.',
    '"No convoy supplying the junta is safe," the Arakan Army said in a statement.',
    'The Houthis said their patience had limits and that no ship would be spared.',
    'The interior ministry said the operation would continue "until the district is cleared of gangs".',
])
def test_threat_told_by_shape(statements_of, text):
    kinds = [kind for kind, _, _ in statements_of(text)]
    assert "THREATEN" in kinds, kinds


@pytest.mark.parametrize("text", [
    '"The families of the victims will be compensated," the governor of Zamfara said.',
    '"The hostages will be released once the talks end," a spokesman for the Nigerien army said.',
])
def test_promise_in_the_passive_is_no_threat(statements_of, text):
    kinds = [kind for kind, _, _ in statements_of(text)]
    assert "THREATEN" not in kinds, kinds


def test_report_beside_a_vow_is_a_claim(statements_of):
    found = statements_of(
        "The Somali army said in a statement that the town had been secured, and vowed to pursue "
        "al-Shabaab into the forests.")
    kinds = {kind for kind, _, _ in found}
    assert {"CLAIM", "THREATEN"} <= kinds, found


def test_report_beside_a_denial_is_a_claim(statements_of):
    found = statements_of("The Somali army dismissed the claim as propaganda and said the town had been secured.")
    kinds = {kind for kind, _, _ in found}
    assert {"DENY", "CLAIM"} <= kinds, found


def test_report_of_another_party_beside_an_appeal_is_an_accusation(statements_of):
    found = statements_of(
        "The Kenyan interior ministry said the Shabaab militants had planted the bomb, and urged "
        "residents to report suspicious vehicles.")
    kinds = {kind for kind, _, _ in found}
    assert {"ACCUSE", "APPEAL"} <= kinds, found


def test_plain_said_alone_is_still_only_a_source(statements_of):
    found = statements_of("The Somali army said the town had been secured on Monday.")
    assert not found, found


def test_threat_naming_no_one_is_aimed_at_the_last_doer(pipeline):
    document = pipeline.extract_one(Article(
        text="Boko Haram fighters attacked a military base in Borno state on Monday, killing nine "
             "soldiers, the army said. \"These criminals will be hunted down to the last man,\" the "
             "army's spokesman told reporters.",
        published="2026-03-12"))
    names = {actor.id: actor.name for actor in document.actors}
    threats = [s for s in document.statements if s.kind == "THREATEN"]
    assert threats
    assert ["Boko Haram"] == [names[t] for t in threats[0].targets]


def test_praise_of_an_operation_is_aimed_at_its_doer(pipeline):
    document = pipeline.extract_one(Article(
        text="Philippine troops killed six Abu Sayyaf militants in a raid on Basilan island on Monday, "
             "the military said. The governor of Basilan praised the operation.",
        published="2026-03-12"))
    names = {actor.id: actor.name for actor in document.actors}
    praise = [s for s in document.statements if s.kind == "PRAISE"]
    assert praise
    assert any("Philippines" in names[t] for t in praise[0].targets), [names[t] for t in praise[0].targets]
