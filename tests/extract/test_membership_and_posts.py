"""Who belongs to what: the partners a member is "in the alliance with", the states a mission
"draws soldiers from", a state's contingent named as a mission's own, and a post below the top
("the district police chief") that serves a body rather than leads it."""

from __future__ import annotations

from tests.extract.relation_helpers import relations_of


def test_the_partners_a_member_is_in_an_alliance_with_are_members_too(pipeline):
    found = relations_of(pipeline, (
        "The Arakan Army, a member of the Three Brotherhood Alliance with the Ta'ang National "
        "Liberation Army and the Myanmar National Democratic Alliance Army, seized two outposts."))
    assert ("Ta'ang National Liberation Army", "member_of", "Three Brotherhood Alliance") in found
    assert ("Myanmar National Democratic Alliance Army", "member_of", "Three Brotherhood Alliance") in found


def test_the_states_a_mission_draws_soldiers_from_are_its_members(pipeline):
    found = relations_of(pipeline, (
        "Gunmen attacked a base of UNMISS, the U.N. mission in South Sudan, which draws soldiers "
        "from Rwanda, Nepal and India."))
    members = {s for s, p, o in found if p == "member_of" and o == "UN Mission in South Sudan"}
    assert {"Rwanda", "Nepal", "India"} <= members


def test_a_national_contingent_of_a_mission_serves_in_it(pipeline):
    found = relations_of(pipeline, (
        "UNIFIL said Israeli tank fire had struck near a patrol of its Irish contingent outside "
        "Naqoura on Thursday."))
    assert ("Military Forces of Ireland", "member_of", "UN Interim Force in Lebanon") in found


def test_a_states_own_troops_are_not_a_missions_contingent(pipeline):
    found = relations_of(pipeline, (
        "UNMISS said South Sudan had moved its troops into Malakal on Thursday."))
    assert not any(p == "member_of" and s.startswith("Military Forces of South Sudan") for s, p, o in found)


def test_a_district_chief_serves_the_force_and_does_not_lead_it(pipeline):
    found = relations_of(pipeline, (
        "Police detained 19 people after the clashes in Sylhet, the district police chief, "
        "Mahbubur Rahman, told reporters."))
    assert ("Mahbubur Rahman", "member_of", "Police Forces of Bangladesh") in found
    assert ("Mahbubur Rahman", "leader_of", "Police Forces of Bangladesh") not in found
