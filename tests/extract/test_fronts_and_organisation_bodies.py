"""Who fights whom when the sentence says it sideways (a relative clause, an ally fighting
"alongside", "pitted X ... against Y"), and the bodies an international organisation runs ("the UN
refugee agency UNHCR", "UNMISS, the U.N. mission in South Sudan"). Sentences written for these
tests."""

import pytest

from tests.extract.relation_helpers import relations_of


def test_a_relative_clause_names_who_fights(pipeline):
    relations = relations_of(pipeline, "The 10th Front, which has fought the National Liberation Army for "
                                       "control of Arauca since 2022, did not respond on Sunday.")
    assert ("10th Front", "opposes", "National Liberation Army") in relations


def test_an_ally_fighting_alongside_opposes_the_same_enemy(pipeline):
    relations = relations_of(pipeline, "The Sinai Tribes Union, a tribal coalition that has fought alongside "
                                       "the Egyptian army against Islamic State for years, praised the raid.")
    opposing = {(s, o) for s, p, o in relations if p == "opposes"}
    assert ("Union of Sinai Tribes", "Islamic State") in opposing
    assert ("Military Forces of Egypt", "Islamic State") in opposing


def test_pitted_against_survives_a_clause_inside_the_first_side(pipeline):
    relations = relations_of(pipeline, "The fighting pitted the Martyrs of Zawiya Brigade, whose commander is "
                                       "wanted by prosecutors, against the Stability Support Apparatus.")
    assert ("Martyrs of Zawiya Brigade", "opposes", "Stability Support Apparatus") in relations


def test_a_second_demonym_after_and_keeps_its_own_state(pipeline):
    relations = relations_of(pipeline, "The Congolese army and Ugandan troops, who have run joint operations "
                                       "against the Allied Democratic Forces since 2021, killed 11 fighters.")
    assert ("Military Forces of Uganda", "opposes", "Allied Democratic Forces") in relations


@pytest.mark.parametrize("text,body,parent", [
    ("UNMISS, the U.N. mission in South Sudan, urged both sides to stop fighting on Friday.",
     "Mission in South Sudan", "United Nations"),
    ("The UN refugee agency UNHCR said on Friday that 3,000 people had crossed into Chad.",
     "UN High Commissioner for Refugees", "United Nations"),
    ("Serb leaders asked the NATO-led KFOR peacekeeping force to protect the villages.", "KFOR", "NATO"),
])
def test_a_body_run_by_an_organisation_is_part_of_it(pipeline, text, body, parent):
    relations = relations_of(pipeline, text)
    assert any(p == "part_of" and o == parent and body.lower() in s.lower() for s, p, o in relations)


def test_an_organisation_named_in_a_proper_name_is_not_split(pipeline):
    relations = relations_of(pipeline, "Lebanon asked the UN Security Council on Friday to condemn the strikes.")
    assert not any(p == "part_of" for _, p, _ in relations)


def test_a_report_by_a_mission_is_no_apposition(pipeline):
    relations = relations_of(pipeline, "Troops clashed with the White Army, a militia loyal to the SPLM-IO, "
                                       "the UN mission in the country said.")
    assert not any(p == "part_of" and o == "United Nations" for _, p, o in relations)


def test_an_armed_wing_named_after_whose_is_part_of_its_movement(pipeline):
    relations = relations_of(pipeline, "Hamas, whose armed wing, the Izz ad-Din al-Qassam Brigades, still holds "
                                       "two bodies, said on Monday that none of its fighters were in Rafah.")
    assert ("Izz ad-Din al-Qassam Brigades", "part_of", "Hamas") in relations


def test_a_parent_organisation_holds_the_group_as_a_part(pipeline):
    relations = relations_of(pipeline, "The NPA's parent organisation, the Communist Party of the Philippines, "
                                       "said the two rebels had been executed.")
    assert ("New People's Army", "part_of", "Communist Party of the Philippines") in relations


def test_a_quote_about_an_adversary_is_an_accusation(document_statements_of):
    statements = document_statements_of('"Minsk keeps lending its airfields to the invaders," '
                                        "Ukraine's foreign minister wrote on X.")
    assert [kind for kind, _, _ in statements] == ["ACCUSE"]


def test_a_cabinet_secretary_does_not_threaten_his_own_states_forces(document_statements_of):
    statements = document_statements_of("Gunmen killed four soldiers in Sonora on Monday. Security Secretary "
                                        "Emilio Castañeda vowed that the attack on the soldiers would not go "
                                        "unpunished.")
    threats = [targets for kind, _, targets in statements if kind == "THREATEN"]
    assert threats and not any("Military Forces of Mexico" in targets for targets in threats)


def test_a_present_tense_stance_about_another_party_is_an_accusation(document_statements_of):
    statements = document_statements_of("Jundallah, a Baloch militant group that Tehran says is armed by the "
                                        "United States, claimed the bombing on Monday.")
    accusations = [(speaker, targets) for kind, speaker, targets in statements if kind == "ACCUSE"]
    assert accusations == [("Government of Iran", ["United States"])]


def test_a_headline_in_the_present_tense_is_no_standing_charge(document_statements_of):
    statements = document_statements_of("Mali rebels say they downed army drone near Algerian border\n\n"
                                        "Rebels of the FLA said on Monday they had downed a drone.")
    assert not any(kind == "ACCUSE" for kind, _, _ in statements)


@pytest.mark.parametrize("text,expected", [
    ("The Islamic Resistance in Iraq, an umbrella of armed factions that counts Kataib Hezbollah among its "
     "members, claimed the drone attack.", ("Kataib Hezbollah", "member_of", "Islamic Resistance in Iraq")),
    ("ISWAP, which Islamic State counts as its West African branch, claimed the raid on Monday.",
     ("Islamic State West Africa Province", "part_of", "Islamic State")),
    ("The National Salvation Front, which refused to sign the peace deal, is at war with the SPLA-IO.",
     ("National Salvation Front", "opposes", "Sudan People's Liberation Army-in-Opposition")),
    ("The Multinational Joint Task Force, a regional force that draws on soldiers from Nigeria and Chad, "
     "launched an operation.", ("Chad", "member_of", "Multinational Joint Task Force")),
    ("Gunmen of the 400 Mawozo gang, one of the armed groups in the Viv Ansanm coalition, attacked a "
     "checkpoint on Friday.", ("400 Mawozo", "member_of", "Viv Ansanm")),
    ("The SDF, whose backbone is the YPG militia, accused the division of shelling villages.",
     ("People's Protection Units", "part_of", "Syrian Democratic Forces")),
    ("The CJNG has for years battled Carteles Unidos, an alliance of local gangs that includes Los Viagras.",
     ("Los Viagras", "member_of", "Carteles Unidos")),
])
def test_ties_told_by_a_verb_or_a_clause(pipeline, text, expected):
    assert expected in relations_of(pipeline, text)


def test_an_arrest_announced_with_an_allegation_accuses_whom_the_detainees_served(document_statements_of):
    statements = document_statements_of("Police in Quetta said they had arrested three men who had given the "
                                        "Balochistan Liberation Army motorcycles and a safe house.")
    assert ("ACCUSE", "Police Forces of Pakistan", ["Balochistan Liberation Army"]) in statements


def test_a_bare_arrest_is_no_accusation(document_statements_of):
    statements = document_statements_of("Police said they had arrested 12 people in the town of Kano on Monday.")
    assert not any(kind == "ACCUSE" for kind, _, _ in statements)
