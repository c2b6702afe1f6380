"""Who fights beside whom and who belongs to what, told in passing: troops that back a side in the
field, an alliance led by a group, parties that join an alliance or send troops to a force; and
statements told by naming an act ("calling it a sham") or by a price to pay. Sentences written for
these tests."""

import pytest

from sitrep.model import Article


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-05-06"))


def _relations(pipeline, text):
    document = _document(pipeline, text)
    names = {a.id: a.name for a in document.actors}
    return {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}


def _statements(pipeline, text):
    document = _document(pipeline, text)
    names = {a.id: a.name for a in document.actors}
    return [(s.kind, names.get(s.speaker), sorted(names[t] for t in s.targets)) for s in document.statements]


def test_troops_backing_a_side_in_the_field_act_with_it(pipeline):
    text = ("Gunfire was heard across the district. Somali soldiers backed by Ugandan troops retook the town of "
            "Bariire from al-Shabaab on Friday, the defence ministry said.")
    document = _document(pipeline, text)
    names = {a.id: a.name for a in document.actors}
    retaking = next(e for e in document.events if "retook" in e.evidence.text)
    assert {"Military Forces of Somalia", "Military Forces of Uganda"} <= {names[a] for a in retaking.actors}


def test_a_state_backing_a_side_is_no_co_actor(pipeline):
    text = ("Gunfire was heard across the district. Rebels backed by Rwanda seized the town of Masisi on Friday, "
            "residents said.")
    document = _document(pipeline, text)
    names = {a.id: a.name for a in document.actors}
    assert not {"Rwanda", "Military Forces of Rwanda"} & {names[a] for e in document.events for a in e.actors}


@pytest.mark.parametrize(("text", "leader", "alliance"), [
    ("Talks stalled again. The SPLM-N joined the RSF-led Tasis alliance last year.", "Rapid Support Forces", "Tasis"),
    ("Talks stalled again. Twirwaneho fighters have aligned themselves with the M23-led Congo River Alliance.",
     "March 23 Movement", "Alliance Fleuve Congo"),
])
def test_a_group_that_leads_an_alliance(pipeline, text, leader, alliance):
    assert (leader, "leader_of", alliance) in _relations(pipeline, text)


def test_a_group_that_joins_an_alliance_is_its_member(pipeline):
    text = "Talks stalled again. The SPLM-N joined the RSF-led Tasis alliance last year."
    assert ("Sudan People's Liberation Movement-North", "member_of", "Tasis") in _relations(pipeline, text)


def test_joining_a_side_in_an_operation_is_no_membership(pipeline):
    text = ("Fighting spread to the coast. Rwandan troops joined Mozambican soldiers in a sweep of the "
            "Macomia district on Thursday.")
    assert not any(predicate == "member_of" for _, predicate, _ in _relations(pipeline, text))


def test_a_state_that_sends_troops_to_a_force_is_its_member(pipeline):
    text = ("Attacks on the lake shore continued. Chad contributes troops to the Multinational Joint Task Force, "
            "which patrols the islands.")
    assert ("Chad", "member_of", "Multinational Joint Task Force") in _relations(pipeline, text)


def test_calling_it_a_name_after_a_charge_is_a_condemnation(pipeline):
    text = ("Shelling went on overnight. The governor accused the militia of shelling homes in the old town, "
            "calling it \"a betrayal of every promise\".")
    kinds = {kind for kind, _, _ in _statements(pipeline, text)}
    assert {"ACCUSE", "CONDEMN"} <= kinds


def test_calling_it_after_a_reported_clause_is_the_reporters(pipeline):
    # the participle may hang on the reported verb ("had abducted"); its speaker is the reporter
    text = ("Voting ended on Thursday. The National Unity Platform said soldiers and police had abducted 40 of "
            "its polling agents overnight, calling it \"a kidnapping campaign dressed up as security\".")
    statements = _statements(pipeline, text)
    assert statements and all(speaker == "National Unity Platform" for _, speaker, _ in statements)


@pytest.mark.parametrize("text", [
    "Night raids went on. The rebel commander promised that \"every pilot will pay\".",
    "Night raids went on. The interior ministry vowed to bring the killers of the two guards to justice.",
    "Night raids went on. The minister pledged that the army would drive the rebels from their last hideouts.",
])
def test_threats_told_as_a_price_or_a_pursuit(pipeline, text):
    assert any(kind == "THREATEN" for kind, _, _ in _statements(pipeline, text))


def test_help_offered_to_bring_culprits_to_justice_is_a_pledge(pipeline):
    text = ("Two guards were killed at the crossing. Kenya offered to help bring the gunmen to justice.")
    kinds = [kind for kind, _, _ in _statements(pipeline, text)]
    assert "PLEDGE" in kinds and "THREATEN" not in kinds


def test_a_speaker_described_by_whom_it_fights_may_accuse_that_foe(pipeline):
    text = ("The strike was observed in most towns. The 36th Front, a dissident faction fighting the ELN in "
            "the north, accused the ELN of \"killing farmers who refuse to pay\".")
    accusations = [targets for kind, _, targets in _statements(pipeline, text) if kind == "ACCUSE"]
    assert any("National Liberation Army" in targets for targets in accusations)
