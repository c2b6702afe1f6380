"""States whose troops serve in a mission or that give troops to a joint force, bodies run by
another, the head of a body within a group, "one of the groups in Y", victims named by their
military role, and doers joined by "and" across a description or hung on "backed".
Sentences written for these tests."""

from tests.extract.relation_helpers import events_of, extracted, kinds_of, relations_of, statements_of


# -- missions and joint forces ------------------------------------------------------------------------

def test_a_state_whose_troops_serve_in_a_mission_is_its_member(pipeline):
    text = ("MOGADISHU (Reuters) - Jubaland officials blamed Ethiopia, whose troops serve in the African Union "
            "mission AUSSOM, for the clashes near Dolow on Friday.")
    found = relations_of(pipeline, text)
    assert ("Ethiopia", "member_of", "African Union Support and Stabilisation Mission in Somalia") in found, found


def test_soldiers_serving_with_a_mission_named_by_its_body_are_its_members(pipeline):
    text = ("MOGADISHU (Reuters) - Al-Shabaab fighters attacked a base near Bulo Burde on Sunday and fought "
            "for hours with Burundian soldiers serving with the African Union mission, the army said.")
    found = relations_of(pipeline, text)
    assert any(s == "Military Forces of Burundi" and p == "member_of" and o.startswith("African Union")
               for s, p, o in found), found


def test_states_giving_troops_to_a_force_described_by_a_relative_clause_are_members(pipeline):
    text = ("N'DJAMENA (Reuters) - Chad's foreign minister criticised the Multinational Joint Task Force, "
            "a regional force to which Niger contributes troops alongside Cameroon, over the raid.")
    found = relations_of(pipeline, text)
    assert ("Niger", "member_of", "Multinational Joint Task Force") in found, found
    assert ("Cameroon", "member_of", "Multinational Joint Task Force") in found, found


# -- bodies run by another, heads of sub-bodies, "one of the groups in" ---------------------------

def test_a_body_run_by_a_security_service_is_part_of_it(pipeline):
    text = ("MOSCOW (Reuters) - Russia's National Anti-Terrorism Committee, which is run by the FSB, said on "
            "Tuesday that two suspects had been detained in Makhachkala.")
    found = relations_of(pipeline, text)
    assert ("National Anti-Terrorism Committee", "part_of", "Federal Security Service") in found, found


def test_a_region_run_by_a_party_is_not_part_of_the_party(pipeline):
    text = ("ADDIS ABABA (Reuters) - The Oromia regional administration, run by the Prosperity Party, said "
            "on Monday that gunmen had killed 12 farmers near Dembi Dolo.")
    found = relations_of(pipeline, text)
    assert not any(p == "part_of" and o == "Prosperity Party" for s, p, o in found), found


def test_the_head_of_a_groups_bloc_is_its_member_not_its_leader(pipeline):
    text = ("BEIRUT (Reuters) - Hassan Fadlallah, head of Hezbollah's parliamentary bloc, said on Sunday "
            "the group would not discuss its weapons while Israel occupied Lebanese land.")
    found = relations_of(pipeline, text)
    assert ("Hassan Fadlallah", "member_of", "Hezbollah") in found, found
    assert ("Hassan Fadlallah", "leader_of", "Hezbollah") not in found, found


def test_the_head_of_a_group_named_whole_still_leads_it(pipeline):
    text = ("BEIRUT (Reuters) - Naim Qassem, the leader of Hezbollah, said on Sunday the group would not "
            "disarm.")
    assert ("Naim Qassem", "leader_of", "Hezbollah") in relations_of(pipeline, text)


def test_a_gang_named_by_its_modifier_is_one_of_the_groups_in_a_coalition(pipeline):
    text = ("PORT-AU-PRINCE (Reuters) - The Village de Dieu gang, one of the groups in Viv Ansanm, said on "
            "Monday that it had driven police out of the lower town.")
    found = relations_of(pipeline, text)
    assert any(p == "member_of" and o == "Viv Ansanm" for s, p, o in found), found


def test_a_unit_of_a_peoples_nationals_is_not_part_of_the_population(pipeline):
    text = ("KYIV (Reuters) - The Freedom of Russia Legion, a unit of Russian nationals who fight for Kyiv, "
            "said its fighters had entered a village in the Belgorod region.")
    found = relations_of(pipeline, text)
    assert not any(p == "part_of" and o.startswith("Civilians") for s, p, o in found), found


# -- the sides of an event ----------------------------------------------------------------------------

def test_recruits_killed_at_a_camp_are_the_states_forces(pipeline):
    text = ("MOGADISHU (Reuters) - A suicide bomber attacked a military training camp in Mogadishu on Monday, "
            "killing at least 12 recruits. Al-Shabaab claimed the bombing.")
    kinds = kinds_of(pipeline, text)
    assert kinds.get("Military Forces of Somalia") == "state_forces", kinds
    found = statements_of(pipeline, text)
    assert any(kind == "CLAIM" and "Military Forces of Somalia" in targets for kind, _, targets in found), found


def test_two_doers_joined_by_and_across_a_description_both_act(pipeline):
    text = ("PEMBA, Mozambique (Reuters) - Tanzanian troops, sent to Cabo Delgado in 2023 under a regional "
            "pact, and Mozambican soldiers attacked an Islamic State camp near Macomia on Sunday.")
    events = events_of(pipeline, text)
    assert any(set(actors) >= {"Military Forces of Tanzania", "Military Forces of Mozambique"}
               for kind, actors, _ in events), events


def test_a_year_in_a_description_of_the_doers_does_not_date_the_act(pipeline):
    text = ("PEMBA, Mozambique (Reuters) - Tanzanian troops, deployed in Cabo Delgado since 2021, and "
            "Mozambican soldiers attacked an Islamic State camp in the dense forest near the coastal town of "
            "Macomia on Sunday.")
    found, _ = extracted(pipeline, text, published="2026-03-10")
    dates = [e.date for e in found.events if e.type == "ASSAULT"]
    assert dates and all(d is not None and d.startswith("2026-03") for d in dates), dates


def test_soldiers_the_parser_hangs_on_backed_still_do_the_act(pipeline):
    text = ("BAMAKO (Reuters) - The army said soldiers backed by drones of the air force had killed dozens "
            "of JNIM fighters near Segou on Friday.")
    events = events_of(pipeline, text)
    assert any(kind == "ASSAULT" and "Military Forces of Mali" in actors for kind, actors, _ in events), events


# -- actors named by generic words ----------------------------------------------------------------

def test_a_community_police_force_is_a_vigilante_group_not_the_army(pipeline):
    text = ("CHILPANCINGO, Mexico (Reuters) - A community police force in Guerrero accused the "
            "army on Tuesday of letting cartel gunmen pass its checkpoints.")
    kinds = kinds_of(pipeline, text)
    assert kinds.get("Vigilante Group (Mexico)") == "armed_group", kinds
    found = statements_of(pipeline, text)
    assert ("ACCUSE", "Vigilante Group (Mexico)", ["Military Forces of Mexico"]) in found, found


def test_the_islamists_are_the_armed_group_named_before(pipeline):
    text = ("SIDON, Lebanon (Reuters) - Fighters of Fatah and Jund al-Sham clashed in the Ain al-Hilweh camp "
            "on Sunday. Fatah accused the Islamists of breaking the truce.")
    found = statements_of(pipeline, text)
    assert ("ACCUSE", "Fatah", ["Jund al-Sham"]) in found, found


def test_arms_seized_by_soldiers_are_a_seizure_not_ground_taken(pipeline):
    text = ("ACAPULCO, Mexico (Reuters) - Soldiers seized four rifles and a grenade launcher at a ranch near "
            "Coyuca on Friday, the defence ministry said.")
    events = events_of(pipeline, text)
    assert any(kind == "COERCE" and "Military Forces of Mexico" in actors for kind, actors, _ in events), events
    assert not any(kind == "ASSAULT" for kind, _, _ in events), events


def test_weapons_a_group_says_it_seized_make_no_event_of_their_own(pipeline):
    text = ("BAMAKO (Reuters) - JNIM said on Sunday that its fighters had seized weapons and two pickup trucks "
            "near Segou.")
    events = events_of(pipeline, text)
    assert not any(kind in {"COERCE", "ASSAULT"} for kind, _, _ in events), events
