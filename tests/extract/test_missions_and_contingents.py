"""Missions and the forces serving in them: a body the "U.N." modifier names is part of the
United Nations, a national force serving with a mission is a member of it, and the troops a
force "includes" belong to the force, not to the U.N. that qualifies it."""

from __future__ import annotations

from tests.extract.relation_helpers import relations_of


def test_a_body_named_with_the_un_modifier_is_part_of_the_united_nations(pipeline):
    found = relations_of(pipeline, (
        "The U.N. World Food Programme said its convoy had been looted near Kadugli. "
        "The U.N. peacekeeping mission, MONUSCO, called for calm."))
    assert ("World Food Programme", "part_of", "United Nations") in found
    assert any(s.startswith(("MONUSCO", "UN Organization", "United Nations Organization")) and p == "part_of"
               and o == "United Nations" for s, p, o in found)


def test_a_un_backed_force_is_not_part_of_the_united_nations(pipeline):
    found = relations_of(pipeline, "Haitian police and the UN-backed Gang Suppression Force retook the town.")
    assert not any(p == "part_of" and o == "United Nations" for _, p, o in found)


def test_a_national_contingent_serving_with_a_mission_is_a_member_of_it(pipeline):
    found = relations_of(pipeline, (
        "Nigerien troops serving with the Multinational Joint Task Force repelled an attack near Bosso."))
    assert ("Military Forces of Niger", "member_of", "Multinational Joint Task Force") in found


def test_the_states_a_mission_draws_troops_from_are_its_members(pipeline):
    found = relations_of(pipeline, (
        "UNIFIL, the U.N. force that includes troops from Ghana, Italy and Indonesia, said a patrol was hit."))
    members = {s for s, p, o in found if p == "member_of" and o.startswith(("UNIFIL", "UN Interim", "United Nations Interim"))}
    assert {"Ghana", "Italy", "Indonesia"} <= members
    assert not any(s in {"Ghana", "Italy", "Indonesia"} and o == "United Nations" for s, _, o in found)
