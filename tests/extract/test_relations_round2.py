"""Relations round 2: lists described by a counted apposition, several named factions of one
group, "led by", roles followed by a name, patrons inside a longer naming, "with support from",
"and allied", defeats and shoot-downs. Sentences written for these tests, in several regions."""

from __future__ import annotations

from tests.extract.relation_helpers import opposed, relations_of


_relations = relations_of
_opposes = opposed


def test_counted_apposition_describes_each_listed_group(pipeline):
    found = _relations(pipeline, "Clashes erupted in Aleppo on Friday between the Hamza Division and the "
                                 "Sultan Murad Division, two factions affiliated with the Syrian National "
                                 "Army, a monitor said.")
    parts = {s for s, p, o in found if p == "part_of" and o == "Syrian National Army"}
    assert len(parts) == 2


def test_several_named_factions_of_one_group(pipeline):
    found = _relations(pipeline, "The feud between the Chapitos and Mayiza factions of the Sinaloa Cartel "
                                 "has killed hundreds in Culiacan.")
    parts = {s for s, p, o in found if p == "part_of" and o == "Sinaloa Cartel"}
    assert len(parts) == 2
    assert any(p == "opposes" for _, p, _ in found)  # "between A and B factions": A against B


def test_led_by_a_person(pipeline):
    found = _relations(pipeline, "The Tigray People's Liberation Front, which is led by Debretsion "
                                 "Gebremichael, rejected the plan on Monday.")
    assert ("Debretsion Gebremichael", "leader_of", "Tigray People's Liberation Front") in found


def test_offensive_led_by_the_army_is_no_leadership(pipeline):
    found = _relations(pipeline, "An offensive led by the Nigerian army retook the town from Boko Haram.")
    assert not any(p == "leader_of" for _, p, _ in found)


def test_role_noun_then_comma_and_rank_before_the_name(pipeline):
    found = _relations(pipeline, "The town was retaken on Friday, according to the Hezbollah spokesman, "
                                 "Sheikh Ali Damoush.")
    assert ("Ali Damoush", "member_of", "Hezbollah") in found


def test_faction_leader_serves_the_whole(pipeline):
    found = _relations(pipeline, "A Hezbollah faction leader, Ali Damoush, told reporters the strikes "
                                 "would continue.")
    assert ("Ali Damoush", "member_of", "Hezbollah") in found
    assert ("Ali Damoush", "leader_of", "Hezbollah") not in found


def test_branch_in_apposition_is_not_reversed(pipeline):
    found = _relations(pipeline, "Witnesses said members of the Republican Guard, a branch of the Syrian "
                                 "army, opened fire on the crowd.")
    assert not any(p == "member_of" and o == "Republican Guard" for _, p, o in found)


def test_patron_inside_a_longer_naming(pipeline):
    found = _relations(pipeline, "Niger's Russian-backed military government said on Monday it had "
                                 "expelled the French ambassador.")
    assert any(p == "backed_by" and o == "Russia" for _, p, o in found)


def test_with_air_support_from(pipeline):
    found = _relations(pipeline, "With air support from Turkish drones, the Syrian National Army seized "
                                 "two villages near Manbij.")
    assert ("Syrian National Army", "backed_by", "Military Forces of Turkey") in found
    assert not any(p == "supports" for _, p, _ in found)  # one predicate for one fact


def test_and_allied_militias(pipeline):
    found = _relations(pipeline, "Al-Shabaab said it had overrun a base held by Somali troops and allied "
                                 "Macawisley militias near Jowhar.")
    assert any(p == "allied_with" and "Macawisley" in {s, o} for s, p, o in found)


def test_defeat_for_an_opponent(pipeline):
    found = _relations(pipeline, "The Arakan Army seized the town of Paletwa on Monday, in one of the "
                                 "heaviest defeats for the junta this year.")
    assert any(p == "opposes" and "Arakan Army" in {s, o} for s, p, o in found)


def test_shooting_down_an_aircraft(pipeline):
    found = _relations(pipeline, "The Houthis shot down an American MQ-9 drone over Marib on Tuesday.")
    assert any(p == "opposes" and s == "Houthis" for s, p, o in found)


def test_target_in_a_patron_modifier_is_the_backed_group(pipeline):
    found = _relations(pipeline, "An Israeli airstrike near Tyre killed two members of the Iran-backed "
                                 "Hezbollah group on Sunday, a security source said.")
    assert not _opposes(found, "Military Forces of Israel", "Iran")
