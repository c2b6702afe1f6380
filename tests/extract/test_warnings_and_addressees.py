"""Warnings, ultimatums and whom they are sent to: a warning with a condition also demands it, time
given to do something is a demand, a warning "against" a deed asks that it not be done, the
addressee of "a message to X" is whom a threat is against (and never what a claim struck), an
organ speaks for its body, a capital that opens the clause gives a ministry its country, "them"
is not a party named inside a description. Sentences written for these tests."""

from tests.extract.relation_helpers import extracted, statements_of
from tests.extract.statement_helpers import targets_of_kind


def kinds_said(found):
    return {kind for kind, _, _ in found}


def test_a_threat_with_a_condition_to_meet_also_demands_it(pipeline):
    text = ("ADEN, Yemen (Reuters) - The Southern Transitional Council warned Saudi Arabia on Friday that "
            "its border posts would be shelled unless Riyadh paid the salaries of southern soldiers.")
    found = statements_of(pipeline, text)
    assert {"THREATEN", "DEMAND"} <= kinds_said(found), found


def test_time_given_to_do_something_or_face_force_is_a_demand_and_a_threat(pipeline):
    text = ("JUBA (Reuters) - The army gave the White Army 24 hours to leave Nasir or face \"the full force "
            "of the state\".")
    found = statements_of(pipeline, text)
    assert {"THREATEN", "DEMAND"} <= kinds_said(found), found


def test_a_warning_against_a_deed_is_a_demand(pipeline):
    text = ("KABUL (Reuters) - The Taliban's defence ministry warned Tajikistan against sheltering the "
            "fighters of the National Resistance Front.")
    found = statements_of(pipeline, text)
    assert "DEMAND" in kinds_said(found) and "THREATEN" not in kinds_said(found), found


def test_a_warning_that_something_will_be_treated_as_hostile_is_no_pledge(pipeline):
    text = ("MANILA (Reuters) - The Philippine navy warned Beijing that any ship entering the lagoon "
            "would be treated as an intruder.")
    found = statements_of(pipeline, text)
    assert "THREATEN" in kinds_said(found) and "PLEDGE" not in kinds_said(found), found


def test_a_vow_that_the_enemy_would_pay_for_any_attack_is_a_threat(pipeline):
    text = ("BAKU (Reuters) - Azerbaijan's defence minister vowed that Yerevan would pay \"a hundredfold\" "
            "for any attack on Azerbaijani soldiers.")
    found = statements_of(pipeline, text)
    assert "THREATEN" in kinds_said(found) and "PLEDGE" not in kinds_said(found), found


def test_the_addressee_of_a_message_is_whom_the_threat_is_against(pipeline):
    text = ("\"Any strike on our oil terminals will be answered a thousand times,\" Iran's oil minister "
            "said in a message to Washington.")
    threats = targets_of_kind(statements_of(pipeline, text), "THREATEN")
    assert threats and threats[0] == ["United States"], threats


def test_journalists_a_claim_was_emailed_to_are_not_what_it_struck(pipeline):
    text = ("The United National Liberation Front claimed the ambush in an email to journalists on "
            "Sunday.")
    claims = targets_of_kind(statements_of(pipeline, text), "CLAIM")
    assert claims and not any("Civilians" in name for name in claims[0]), claims


def test_it_addressed_after_a_joined_charge_is_the_party_charged(pipeline):
    text = ("Chad's government accused N'Djamena's neighbour Sudan of letting militias cross the border "
            "and urged it to disarm them.")
    appeals = targets_of_kind(statements_of(pipeline, text), "APPEAL")
    assert appeals and any("Sudan" in name for name in appeals[0]), appeals
    assert not any("Unidentified" in name for name in appeals[0]), appeals


def test_a_denial_of_the_claim_answers_whoever_made_it(pipeline):
    text = ("KYIV (Reuters) - A Russian missile hit a hospital in Sumy on Tuesday, killing four people, "
            "regional officials said. Russia's defence ministry said the strike had destroyed \"a command "
            "post of Ukrainian nationalists\". Ukraine's foreign ministry called the Russian claim "
            "\"a shameless lie\".")
    denials = targets_of_kind(statements_of(pipeline, text), "DENY")
    assert denials and denials[0] == ["Government of Russia"], denials


def test_every_last_one_of_them_is_the_attackers_not_their_alleged_patron(pipeline):
    text = ("QUETTA, Pakistan (Reuters) - Gunmen of the Balochistan Liberation Army attacked a police "
            "station in Turbat on Monday. The army said the attackers were \"agents of Kabul\" and vowed to "
            "\"track down every last one of them\".")
    threats = targets_of_kind(statements_of(pipeline, text), "THREATEN")
    assert threats and "Balochistan Liberation Army" in threats[0], threats


def test_a_capital_opening_the_clause_gives_a_ministry_spokesman_his_country(pipeline):
    text = ("AMMAN (Reuters) - Israel's army chief warned Iran against arming militias in the West Bank. "
            "In Tehran, foreign ministry spokesman Reza Karimi dismissed the remarks as \"empty bluster\".")
    found, names = extracted(pipeline, text)
    karimi = next(a for a in found.actors if a.name == "Reza Karimi")
    assert karimi.country == "IRN", (karimi.name, karimi.country)


def test_the_general_staff_of_an_army_speaks_for_the_army(pipeline):
    text = ("The General Staff of the Korean People's Army accused South Korean troops of firing across "
            "the border.")
    found = statements_of(pipeline, text)
    accusations = [(speaker, targets) for kind, speaker, targets in found if kind == "ACCUSE"]
    assert accusations and accusations[0][0] == "Military Forces of North Korea", found
    assert accusations[0][1] == ["Military Forces of South Korea"], found


def test_a_country_named_as_a_modifier_does_not_outweigh_the_dateline_and_the_places(pipeline):
    text = ("BOGOTA (Reuters) - A U.S. drone struck a boat off La Guajira on Monday, killing three men the "
            "U.S. military called smugglers. Colombia's government said the dead were fishermen.")
    found, names = extracted(pipeline, text)
    civilians = [a for a in found.actors if a.kind == "civilians"]
    assert civilians and all(a.country == "COL" for a in civilians), [(a.name, a.country) for a in civilians]


def test_a_denial_of_any_link_to_a_group_answers_the_accuser_not_the_group(pipeline):
    text = ("DHAKA (Reuters) - Bangladesh's interior ministry accused the Jamaat party of directing the "
            "Ansar al-Islam cell that bombed a police post in Sylhet. Jamaat denied any link to Ansar "
            "al-Islam.")
    denials = targets_of_kind(statements_of(pipeline, text), "DENY")
    assert denials and not any("Ansar" in name for name in denials[0]), denials
    assert any("Bangladesh" in name for name in denials[0]), denials


def test_a_banner_signed_by_a_cartel_speaks_for_the_cartel(pipeline):
    text = ("CULIACAN, Mexico (Reuters) - A banner signed by the Sinaloa Cartel and hung from an overpass "
            "denied any role in the killing of two journalists.")
    denials = [speaker for kind, speaker, _ in statements_of(pipeline, text) if kind == "DENY"]
    assert denials and denials[0] == "Sinaloa Cartel", denials


def test_praise_for_a_forces_courage_is_praise_of_that_force(pipeline):
    text = ("NIAMEY (Reuters) - Niger's defence minister praised the army's \"bravery\" after troops "
            "repelled an attack on their base near Tillaberi.")
    praise = targets_of_kind(statements_of(pipeline, text), "PRAISE")
    assert praise and praise[0] == ["Military Forces of Niger"], praise


def test_standing_by_another_state_is_a_pledge_to_it_but_standing_by_is_not(pipeline):
    pledged = statements_of(pipeline, "Egypt's foreign ministry said Cairo stood by Khartoum \"in the face of "
                                      "every threat\".")
    assert ("PLEDGE", "Government of Egypt", ["Government of Sudan"]) in pledged, pledged
    idle = statements_of(pipeline, "B'Tselem said soldiers at the scene had stood by during the attack.")
    assert "PLEDGE" not in kinds_said(idle), idle


def test_a_price_offered_for_a_capture_threatens_the_one_to_be_captured(pipeline):
    text = ("BOGOTA (Reuters) - Colombia's defence minister offered 300 million pesos for the capture of "
            "Jhon Mechas, a commander of the EMC.")
    threats = targets_of_kind(statements_of(pipeline, text), "THREATEN")
    assert threats and "Jhon Mechas" in threats[0], threats


def test_fighting_on_until_a_government_resigns_is_a_threat_against_it(pipeline):
    text = ("PORT-AU-PRINCE (Reuters) - A Viv Ansanm leader said on Sunday that the gangs would keep "
            "fighting until the government of Prime Minister Alix Fils-Aime resigned.")
    threats = targets_of_kind(statements_of(pipeline, text), "THREATEN")
    assert threats and any("Government of Haiti" == name for name in threats[0]), threats


def test_the_kurdish_authorities_in_a_story_about_iraq_are_the_regional_government(pipeline):
    text = ("ERBIL, Iraq (Reuters) - A drone struck an oil field near Erbil on Monday. The Kurdish "
            "authorities accused an Iran-backed militia of launching it.")
    found, names = extracted(pipeline, text)
    accusers = [names[s.speaker] for s in found.statements if s.kind == "ACCUSE"]
    assert accusers == ["Kurdistan Regional Government"], accusers


def test_an_appeal_for_an_inquiry_into_a_strike_is_aimed_at_whoever_struck(pipeline):
    text = ("BAMAKO (Reuters) - A drone strike by the Malian army killed 12 people at a wedding near "
            "Diafarabe on Sunday, residents said. The Fulani association Tabital Pulaaku called for an "
            "independent inquiry into the strike.")
    appeals = targets_of_kind(statements_of(pipeline, text), "APPEAL")
    assert appeals and appeals[0] == ["Military Forces of Mali"], appeals


def test_a_pledge_to_care_for_people_is_for_those_people(pipeline):
    text = ("MAIDUGURI, Nigeria (Reuters) - Gunmen abducted 40 farmers near Konduga on Friday. Borno's "
            "government praised the army for its rescue efforts and pledged to care for the farmers once "
            "they are freed.")
    pledges = targets_of_kind(statements_of(pipeline, text), "PLEDGE")
    assert pledges and any(name.startswith("Civilians") for name in pledges[0]), pledges
