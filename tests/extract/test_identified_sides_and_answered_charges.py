"""Sides named in a later sentence than the one that tells the fight, regional forces that are
sides of their own, ranks before names, armed forces named by their own names, and denials that
answer whoever made the charge. Sentences written for these tests."""

from tests.extract.relation_helpers import extracted, opposed, relations_of, statements_of



def _actor_names(pipeline, text):
    found, _ = extracted(pipeline, text)
    return {a.name: a for a in found.actors}


def test_gunmen_a_later_sentence_names_are_that_group_in_the_attack(pipeline):
    text = ("BENI, Congo (Reuters) - Gunmen attacked a market in the village of Oicha on Friday, killing "
            "at least 14 traders, a local official said. The attackers were fighters of the Allied "
            "Democratic Forces (ADF), the official said.")
    found, names = extracted(pipeline, text)
    attacks = [e for e in found.events if e.type == "ASSAULT"]
    assert any("Allied Democratic Forces" in [names[a] for a in e.actors] for e in attacks), \
        [(e.type, [names[a] for a in e.actors]) for e in attacks]
    assert not any(name.startswith("Unidentified Armed Group") for name in names.values()), names


def test_an_unnamed_side_stays_unnamed_when_the_identification_is_hedged(pipeline):
    text = ("BENI, Congo (Reuters) - Gunmen attacked a market in the village of Oicha on Friday, killing "
            "at least 14 traders, a local official said. The attackers may have been fighters of the "
            "Allied Democratic Forces (ADF), the official said.")
    found, names = extracted(pipeline, text)
    attacks = [e for e in found.events if e.type == "ASSAULT"]
    assert not any("Allied Democratic Forces" in [names[a] for a in e.actors] for e in attacks), \
        [(e.type, [names[a] for a in e.actors]) for e in attacks]


def test_the_attackers_are_the_group_whose_fighters_attacked_not_the_victims(pipeline):
    text = ("KIDAL, Mali (AFP) - Fighters of the Azawad Liberation Front ambushed a convoy of Dozo "
            "militiamen near Anefis on Sunday, killing six of them, local sources said. The attackers "
            "withdrew towards the Algerian border, the sources said.")
    actors = _actor_names(pipeline, text)
    assert any(m == "attackers" for m in _mention_texts(pipeline, text, "Azawad Liberation Front")), actors


def _mention_texts(pipeline, text, name):
    found, _ = extracted(pipeline, text)
    actor = next(a for a in found.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_a_rival_named_inside_the_phrase_is_that_rival(pipeline):
    text = ("TEGUCIGALPA (Reuters) - Members of Barrio 18 and the rival MS-13 gang exchanged fire in a "
            "market in San Pedro Sula on Tuesday, police said.")
    assert opposed(relations_of(pipeline, text), "Barrio 18", "Mara Salvatrucha")


def test_a_subject_the_parser_hung_on_the_first_verb_still_attacks(pipeline):
    text = ("MOGADISHU (Reuters) - A truck bomb exploded outside an army base in Jowhar on Tuesday, and "
            "al-Shabaab fighters then stormed the base, killing nine soldiers, a military officer said.")
    assert opposed(relations_of(pipeline, text), "al-Shabaab", "Military Forces of Somalia")


def test_a_relative_clause_joined_to_a_passive_one_keeps_the_described_group(pipeline):
    text = ("ISLAMABAD (Reuters) - Pakistan accused Kabul of harbouring Tehrik-i-Taliban Pakistan (TTP), "
            "which is closely allied with the Afghan Taliban and has fought the Pakistani state for years.")
    assert opposed(relations_of(pipeline, text), "Tehrik-i-Taliban Pakistan", "Pakistan")


def test_a_regional_force_fights_the_federal_army_as_a_side_of_its_own(pipeline):
    text = ("MOGADISHU (Reuters) - Puntland forces clashed with federal troops near Galkayo on Monday, "
            "leaving five soldiers dead, elders said.")
    found = relations_of(pipeline, text)
    assert opposed(found, "Puntland Security Forces", "Military Forces of Somalia"), found


def test_a_federal_charge_against_a_regional_force_is_an_accusation(pipeline):
    text = ("MOGADISHU (Reuters) - Somalia's defence ministry said on Tuesday that Jubaland forces had "
            "attacked a federal base in Gedo without provocation.")
    kinds = {s[0] for s in statements_of(pipeline, text)}
    assert "ACCUSE" in kinds, statements_of(pipeline, text)


def test_national_armed_forces_named_by_their_own_name_are_that_states_forces(pipeline):
    text = ("BANGUI (Reuters) - The Central African Armed Forces (FACA) clashed with 3R rebels near "
            "Bocaranga on Saturday. In Bamako, the Malian Armed Forces said they had repelled an attack.")
    actors = _actor_names(pipeline, text)
    assert actors["Military Forces of Central African Republic"].country == "CAF", actors.keys()
    assert actors["Military Forces of Mali"].country == "MLI", actors.keys()


def test_a_regional_command_is_a_formation_of_the_state(pipeline):
    text = ("KINSHASA (Reuters) - Troops of the 34th Military Region fought M23 rebels near Uvira on "
            "Sunday, the army said. Russia's Southern Military District announced drills.")
    actors = _actor_names(pipeline, text)
    assert actors["34th Military Region"].kind == "state_forces", actors.keys()
    assert actors["Southern Military District"].country == "RUS", actors.keys()


def test_a_spokesmans_rank_does_not_hide_whose_spokesman_he_is(pipeline):
    text = ("JUBA (Reuters) - South Sudan's army clashed with National Salvation Front rebels near Yei on "
            "Monday. Army spokesman Brigadier General Deng Ayuel Mabior said 11 rebels were killed.")
    found = relations_of(pipeline, text)
    assert ("Deng Ayuel Mabior", "member_of", "Military Forces of South Sudan") in found, found
    assert not any(name == "Brigadier General" for name in _actor_names(pipeline, text)), found


def test_a_unit_spokesman_named_after_his_rank_speaks_for_the_unit(pipeline):
    text = ("KYIV (Reuters) - Russian troops stormed positions of the Khartia Brigade near Lyptsi on "
            "Friday. \"They lost eleven vehicles,\" brigade spokesman Captain Ihor Shevchuk said.")
    found = relations_of(pipeline, text)
    assert any(s == "Ihor Shevchuk" and p == "member_of" and "Khartia" in o for s, p, o in found), found


def test_an_acronym_of_a_name_given_before_is_that_group(pipeline):
    text = ("IMPHAL, India (Reuters) - Police blamed the Kangleipak Communist Party for the blast. The KCP's "
            "spokesman denied any role.")
    mentions = _mention_texts(pipeline, text, "Kangleipak Communist Party")
    assert "KCP" in mentions, mentions


def test_a_denial_answers_whoever_made_the_charge_before(pipeline):
    text = ("BUJUMBURA (Reuters) - Burundi's interior minister accused Rwanda on Tuesday of arming the "
            "RED-Tabara rebels who attacked a border post. Kigali has long denied supporting the group.")
    statements = statements_of(pipeline, text)
    denials = [s for s in statements if s[0] == "DENY"]
    assert denials and all(any("Burundi" in t for t in s[2]) for s in denials), statements


def test_a_charge_denied_in_the_same_sentence_is_answered_to_its_maker(pipeline):
    text = ("NEW DELHI (Reuters) - India's foreign ministry accused Islamabad of sponsoring the attack in "
            "Pahalgam, a charge Islamabad denies.")
    statements = statements_of(pipeline, text)
    denials = [s for s in statements if s[0] == "DENY"]
    assert denials and all(any("India" in t for t in s[2]) for s in denials), statements


def test_a_threat_to_leave_a_force_is_aimed_at_that_force(pipeline):
    text = ("N'DJAMENA (Reuters) - Chad's president threatened on Monday to pull his troops out of the "
            "Multinational Joint Task Force, a regional force that also includes Nigeria and Niger.")
    threats = [s for s in statements_of(pipeline, text) if s[0] == "THREATEN"]
    assert threats and all(s[2] == ["Multinational Joint Task Force"] for s in threats), threats


def test_armed_and_funded_by_after_is_backs_the_subject(pipeline):
    text = "SANAA (Reuters) - The Houthi movement is armed and funded by Iran, Western officials say."
    assert ("Houthis", "backed_by", "Iran") in relations_of(pipeline, text)


def test_troops_deployed_at_a_capitals_request_back_that_state(pipeline):
    text = ("BANGUI (Reuters) - Rwandan troops deployed at Bangui's request helped the army retake the town "
            "of Bouar on Sunday, the government said.")
    found = relations_of(pipeline, text)
    assert any(p == "backed_by" and "Central African Republic" in s and "Rwanda" in o for s, p, o in found), found


def test_a_pro_government_militia_is_the_governments_ally(pipeline):
    text = ("GOMA (Reuters) - M23 rebels attacked positions of pro-government Wazalendo militias near Masisi "
            "on Friday. Congo's government called the attack a violation of the truce.")
    found = relations_of(pipeline, text)
    assert ("Wazalendo", "allied_with", "Government of Democratic Republic of the Congo") in found, found


def test_forces_struck_together_by_one_side_are_allies(pipeline):
    text = ("NIAMEY (Reuters) - Islamic State fighters ambushed a patrol of Nigerien soldiers and Russian "
            "instructors of the Africa Corps near Tillaberi on Monday, killing four, officials said.")
    found = relations_of(pipeline, text)
    assert any(p == "allied_with" and {s, o} == {"Military Forces of Niger", "Africa Corps"} for s, p, o in found), found


def test_fighting_between_two_sides_makes_no_allies(pipeline):
    text = "KHARTOUM (Reuters) - Fighting between the army and the RSF killed 20 people in Omdurman on Sunday."
    found = relations_of(pipeline, text)
    assert not any(p == "allied_with" for _, p, _ in found), found


def test_the_ministry_of_a_rival_government_is_its_organ(pipeline):
    text = ("TRIPOLI (Reuters) - Fighters of the 444th Combat Brigade, which answers to the defence ministry "
            "of the Government of National Unity (GNU), clashed with the Radaa force on Tuesday.")
    found = relations_of(pipeline, text)
    assert ("444th Combat Brigade", "part_of", "Defence Ministry (Government of National Unity)") in found, found


def test_a_ministry_speaking_of_its_forces_means_its_states_forces(pipeline):
    text = ("KYIV (Reuters) - Russian missiles hit apartment blocks in Kharkiv on Monday, killing seven "
            "civilians, the governor said. Russia's defence ministry said its forces had struck \"drone "
            "workshops\" in the city.")
    mentions = _mention_texts(pipeline, text, "Military Forces of Russia")
    assert "its forces" in mentions, mentions


def test_a_claim_of_a_strike_is_against_whom_the_strike_was_told_to_hit(pipeline):
    text = ("KYIV (Reuters) - Russian missiles hit apartment blocks in Kharkiv on Monday, killing seven "
            "civilians, the governor said. Russia's defence ministry said its forces had struck \"drone "
            "workshops\" in the city.")
    claims = [s for s in statements_of(pipeline, text) if s[0] == "CLAIM"]
    assert claims and all(s[2] == ["Civilians (Ukraine)"] for s in claims), claims


def test_a_hostile_statement_naming_no_one_shares_the_charge_beside_it(pipeline):
    text = ("KHARTOUM (Reuters) - Shells hit a market in El Obeid on Monday, killing 12 people. The "
            "army-led government blamed the Rapid Support Forces, calling the shelling \"a war crime\".")
    statements = statements_of(pipeline, text)
    assert statements and all("Rapid Support Forces" in s[2] for s in statements
                              if s[0] in {"ACCUSE", "CONDEMN"}), statements
