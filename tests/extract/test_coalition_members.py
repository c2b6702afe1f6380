"""Who is in a coalition and who is only part of one: members that form or make up an alliance with
partners named beside them, a coalition's own wing or force, the umbrella a group sits under, and a
force of an international body. Sentences written for these tests."""

import pytest

from sitrep.model import Article
from tests.extract.relation_helpers import relations_of


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-05-06"))


def _relations(pipeline, text):
    return relations_of(pipeline, text, "2026-05-06")


BROTHERHOOD = {"Ta'ang National Liberation Army", "Arakan Army", "Myanmar National Democratic Alliance Army"}
SAHEL = {"Niger", "Mali", "Burkina Faso"}


@pytest.mark.parametrize(("text", "members", "coalition"), [
    ("Shelling continued overnight. The MNDAA, which formed the Three Brotherhood Alliance with the TNLA and the "
     "Arakan Army, said it had taken the town.", BROTHERHOOD, "Three Brotherhood Alliance"),
    ("Shelling continued overnight. The Arakan Army, which belongs to the Three Brotherhood Alliance together with "
     "the TNLA and the MNDAA, said it had taken the town.", BROTHERHOOD, "Three Brotherhood Alliance"),
    ("Talks stalled again. Burkina Faso, which with Mali and Niger makes up the Alliance of Sahel States, recalled "
     "its ambassador.", SAHEL, "Alliance of Sahel States"),
])
def test_a_member_and_the_partners_it_forms_a_coalition_with(pipeline, text, members, coalition):
    relations = _relations(pipeline, text)
    assert {(member, "member_of", coalition) for member in members} <= relations


def test_forming_a_coalition_does_not_make_it_a_member_of_its_founder(pipeline):
    text = ("Shelling continued overnight. The MNDAA, which formed the Three Brotherhood Alliance with the TNLA and "
            "the Arakan Army, said it had taken the town.")
    assert not {r for r in _relations(pipeline, text) if r[0] == "Three Brotherhood Alliance"}


def test_a_member_is_no_ally_of_its_own_coalition(pipeline):
    text = ("Shelling continued overnight. The TNLA is a member of the Three Brotherhood Alliance, alongside the "
            "Arakan Army and the MNDAA.")
    relations = _relations(pipeline, text)
    assert ("Arakan Army", "member_of", "Three Brotherhood Alliance") in relations
    assert not {r for r in relations if r[1] == "allied_with" and "Three Brotherhood Alliance" in (r[0], r[2])}


@pytest.mark.parametrize("text", [
    "Talks stalled again. The M23, the armed wing of the Congo River Alliance, said its fighters held the hills.",
    "Talks stalled again. The M23, which fights under the political banner of the Congo River Alliance, said its "
    "fighters held the hills.",
    # the umbrella a group owns by the possessive holds the group
    "Talks stalled again. The M23's political umbrella, the Congo River Alliance, said its fighters held the hills.",
])
def test_a_coalitions_own_wing_is_part_of_it(pipeline, text):
    relations = _relations(pipeline, text)
    assert ("March 23 Movement", "part_of", "Alliance Fleuve Congo") in relations
    assert ("March 23 Movement", "member_of", "Alliance Fleuve Congo") not in relations
    assert ("Alliance Fleuve Congo", "part_of", "March 23 Movement") not in relations


def test_groups_fighting_side_by_side_under_an_umbrella_are_its_members(pipeline):
    text = ("Fighting spread to the hills. The SPLM-N, which fights alongside the RSF under the umbrella of the "
            "Tasis alliance, shelled army positions in Dilling.")
    relations = _relations(pipeline, text)
    assert ("Sudan People's Liberation Movement-North", "member_of", "Tasis") in relations
    assert ("Rapid Support Forces", "member_of", "Tasis") in relations


def test_the_force_of_an_alliance_named_by_the_possessive_is_the_known_body(pipeline):
    text = ("Gunfire was heard across the district. Soldiers supported from the air by the Alliance of Sahel States' "
            "unified force pursued the attackers toward the border.")
    document = _document(pipeline, text)
    force = next(a for a in document.actors if a.name == "Unified Force of the AES")
    assert force.kind == "state_forces"


def test_an_international_bodys_own_force_is_no_armed_group(pipeline):
    text = "Talks stalled again. The African Union's standby force said two of its soldiers had died."
    document = _document(pipeline, text)
    force = next(a for a in document.actors if "Standby Force" in a.name)
    assert force.kind == "international_org"


def test_a_side_that_fights_beside_another_does_not_fight_it(pipeline):
    text = ("The FLA accused the Malian army and the Russian paramilitaries of the Africa Corps who fight beside it "
            "of killing herders.")
    document = _document(pipeline, text)
    names = {a.id: a.name for a in document.actors}
    for event in document.events:
        if "Africa Corps" in {names[a] for a in event.actors}:
            assert "Military Forces of Mali" not in {names[t] for t in event.targets}


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunfire was heard across the district. A patrol of the 23rd Brigade of the Popular Mobilization Forces came "
     "under fire late on Tuesday.", ("23rd Brigade", "part_of", "Popular Mobilization Forces")),
    ("Gunfire was heard across the district. The attack was carried out by the 6th Motor Rifle Division of the "
     "Russian army, the commander said.", ("6th Motor Rifle Division", "part_of", "Military Forces of Russia")),
    # a force controlled by a ministry is part of its government
    ("Gunfire was heard across the district. Helicopters of the Africa Corps, a Russian force controlled by "
     "Moscow's defence ministry, struck the attackers.", ("Africa Corps", "part_of", "Government of Russia")),
    # a unit commander titled by the unit noun leads the unit the story named
    ("Shelling continued overnight. Soldiers of the army's 4th Infantry Division retook the village on Monday, "
     "division commander Major General Tomas Villar told reporters.",
     ("Tomas Villar", "leader_of", "4th Infantry Division")),
    ("Shelling continued overnight. The 72nd Mechanised Brigade repelled the assault, brigade commander Colonel "
     "Andriy Koval said.", ("Andriy Koval", "leader_of", "72nd Mechanised Brigade")),
])
def test_a_named_formation_belongs_to_its_force_and_is_led_by_its_commander(pipeline, text, expected):
    assert expected in _relations(pipeline, text)


def test_a_name_the_tagger_leaves_dangling_loses_its_function_words(pipeline):
    text = ("Talks stalled again. The Ugandan soldiers belong to the Special Forces Command of the Uganda People's "
            "Defence Force and were deployed in March.")
    document = _document(pipeline, text)
    assert "Special Forces Command" in {a.name for a in document.actors}
    assert not any(a.name.endswith((" of", " of the")) for a in document.actors)


def test_a_unit_a_group_controls_is_not_its_part(pipeline):
    text = ("Talks stalled again. The dead belonged to the PMF's 46th Brigade, which is controlled by Kataib "
            "Hezbollah.")
    assert ("46th Brigade", "part_of", "Kataib Hezbollah") not in _relations(pipeline, text)


def test_a_groups_own_wing_fighting_beside_an_ally_opposes_neither(pipeline):
    text = ("Talks stalled again. Hamas, whose Qassam Brigades fought alongside Islamic Jihad throughout the war, "
            "accused Israel of inventing pretexts.")
    relations = _relations(pipeline, text)
    assert not {r for r in relations if r[1] == "opposes" and "Hamas" in (r[0], r[2])}


def test_of_two_accusations_in_one_sentence_the_one_its_verb_names_is_kept(pipeline):
    text = ("Talks stalled again. Niger's military government said on Sunday that \"terrorists\" had killed 21 "
            "soldiers in an ambush and accused France of supplying the attackers with weapons.")
    document = _document(pipeline, text)
    names = {a.id: a.name for a in document.actors}
    accusations = [s for s in document.statements if s.kind == "ACCUSE"]
    assert any("France" in {names[t] for t in s.targets} for s in accusations)
