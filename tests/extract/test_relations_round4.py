"""Relations, round 4: allies in a fight ("fighting alongside Y", "in coordination with Y",
"joined forces with Y"), backing told by joined participles ("armed and funded by Y"), numbered
units as actors ("the 23rd Brigade, which is part of Y"), and a misparsed relative clause
("the NUG, whose PDF fought alongside Y"). Sentences written for these tests."""

from sitrep.model import Article
from tests.extract.relation_helpers import opposed, relations_of


def test_fighting_alongside_is_an_alliance(pipeline):
    found = relations_of(pipeline, "Fighters of the Wagner Group, fighting alongside Malian troops, killed 30 civilians near Moura.")
    assert ("Wagner Group", "allied_with", "Military Forces of Mali") in found


def test_in_coordination_with_is_an_alliance(pipeline):
    found = relations_of(pipeline, "Houthi forces, in coordination with the Iranian Revolutionary Guards, launched missiles at ships.")
    assert ("Houthis", "allied_with", "Islamic Revolutionary Guard Corps") in found


def test_joined_forces_is_an_alliance_and_no_army(pipeline):
    document = pipeline.extract_one(Article(
        text="CODECO joined forces with the Zaire militia to attack ADF positions in Djugu.", published=None))
    names = {a.id: a.name for a in document.actors}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}
    assert ("CODECO", "allied_with", "Zaire militia") in found
    assert not any(a.kind == "state_forces" for a in document.actors)  # "joined forces" is an idiom


def test_sitting_alongside_people_is_no_alliance(pipeline):
    found = relations_of(pipeline, "Residents said they had been sitting alongside soldiers at the market when the shell hit.")
    assert not any(predicate == "allied_with" for _, predicate, _ in found)


def test_joined_participles_share_the_backer(pipeline):
    found = relations_of(pipeline, "The Houthis, armed and funded by Iran, fired missiles at ships in the Red Sea.")
    assert ("Houthis", "backed_by", "Iran") in found


def test_numbered_unit_is_an_actor_with_its_parent(pipeline):
    found = relations_of(pipeline, "The 23rd Brigade, which is part of the Syrian National Army, clashed with the SDF near Manbij.")
    assert ("23rd Brigade", "part_of", "Syrian National Army") in found
    assert opposed(found, "23rd Brigade", "Syrian Democratic Forces")


def test_relative_clause_subject_is_the_ally_not_its_owner(pipeline):
    document = pipeline.extract_one(Article(
        text="The National Unity Government (NUG), whose People's Defence Force (PDF) fought alongside the KIA, hailed the victory.",
        published=None))
    names = {a.id: a.name for a in document.actors}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}
    assert ("People's Defence Force", "allied_with", "Kachin Independence Army") in found
    assert not opposed(found, "National Unity Government", "People's Defence Force")
    (praise,) = [s for s in document.statements if s.kind == "PRAISE"]
    assert names[praise.speaker] == "National Unity Government"


def test_a_country_s_armed_group_is_not_part_of_the_state(pipeline):
    found = relations_of(pipeline, "Yemen's Houthis said on Tuesday they had shot down a US drone over Marib.")
    assert not any(predicate == "part_of" for _, predicate, _ in found)


def test_states_sending_troops_are_members(pipeline):
    found = relations_of(pipeline, "The MNJTF, which includes troops from Nigeria, Niger, Cameroon and Chad, said it had lost no men.")
    members = {s for s, p, o in found if p == "member_of" and o == "Multinational Joint Task Force"}
    assert members == {"Nigeria", "Niger", "Cameroon", "Chad"}
    assert not any(p == "part_of" for _, p, _ in found)


def test_belongs_to_names_the_whole(pipeline):
    found = relations_of(pipeline, "The faction, the 33rd Front, belongs to the Estado Mayor de Bloques y Frentes, the army said.")
    assert any(s == "33rd Front" and p == "part_of" for s, p, _ in found)


def test_whose_wing_is_part_of_the_owner(pipeline):
    found = relations_of(pipeline, "Hamas, whose armed wing the Qassam Brigades has yet to hand over its weapons, denounced the strike.")
    assert ("Izz ad-Din al-Qassam Brigades", "part_of", "Hamas") in found


def test_groups_in_an_alliance_are_members_all_of_them(pipeline):
    found = relations_of(pipeline, "The Arakan Army is part of the Three Brotherhood Alliance with the Ta'ang National Liberation Army and the MNDAA.")
    members = {s for s, p, o in found if p == "member_of" and o == "Three Brotherhood Alliance"}
    assert {"Arakan Army", "Ta'ang National Liberation Army"} <= members


def test_person_of_an_organisation_is_a_member(pipeline):
    found = relations_of(pipeline, "Opposition leader Tamar Kvirikashvili, of the Coalition for Change, said she had been beaten by officers.")
    assert ("Tamar Kvirikashvili", "member_of", "Coalition for Change") in found


def test_who_heads_is_leader_of(pipeline):
    found = relations_of(pipeline, "Kenold Dorcéus, who heads the 400 Mawozo gang, said the gangs would keep fighting.")
    assert ("Kenold Dorcéus", "leader_of", "400 Mawozo") in found


def test_description_with_a_patron_stands_for_the_group_named_before(pipeline):
    found = relations_of(pipeline, "Houthi forces fired a missile at a tanker on Monday. The US Central Command urged "
                                   "the Iran-backed movement to stop threatening shipping.")
    assert ("Houthis", "backed_by", "Iran") in found
    found = relations_of(pipeline, "Al-Shabaab fighters stormed a base in Balad on Wednesday. The al-Qaeda affiliate "
                                   "claimed the attack through its radio station.")
    assert ("al-Shabaab", "part_of", "al-Qaeda") in found


def test_apposition_affiliated_with_describes_the_named_group(pipeline):
    found = relations_of(pipeline, "The Jenin Brigade, a local armed group affiliated with Palestinian Islamic Jihad, "
                                   "said the man was one of its fighters.")
    assert ("Jenin Brigade", "part_of", "Palestinian Islamic Jihad") in found


def test_exchanging_fire_and_clashes_pitting_sides(pipeline):
    found = relations_of(pipeline, "Togolese troops exchanged fire with jihadists near Kpendjal on Tuesday night.")
    assert any(p == "opposes" and s == "Military Forces of Togo" for s, p, _ in found)
    found = relations_of(pipeline, "Troops besieged Ulang on Monday after heavy clashes pitting the army against the White Army.")
    assert opposed(found, "Military Forces of South Sudan", "White Army")


def test_its_ally_is_an_alliance_not_a_part(pipeline):
    found = relations_of(pipeline, "The town was seized by a local People's Defence Force (PDF) and its ally, the Kachin "
                                   "Independence Army (KIA), in May.")
    assert ("People's Defence Force", "allied_with", "Kachin Independence Army") in found
    assert not any(p == "part_of" for _, p, _ in found)


def test_falls_under_the_umbrella_and_one_of_the_groups_in(pipeline):
    found = relations_of(pipeline, "A roadside bomb struck members of the Tribal Mobilization, a Sunni force that falls "
                                   "under the PMF umbrella, near Rutba.")
    assert ("Tribal Mobilization Forces", "part_of", "Popular Mobilization Forces") in found
    found = relations_of(pipeline, "3R, one of the groups in the Coalition of Patriots for Change (CPC), said it had "
                                   "acted to protect herders.")
    assert ("Return, Reclamation, Rehabilitation", "member_of", "Coalition of Patriots for Change") in found


def test_waging_war_with_is_opposition(pipeline):
    found = relations_of(pipeline, "The Kurdistan Workers' Party, which has been waging an insurgency against the "
                                   "Turkish army since 1984, announced its dissolution on Monday.")
    assert opposed(found, "Kurdistan Workers' Party", "Military Forces of Turkey")


def test_arrests_and_dispersals_are_no_opposition_unless_there_was_a_fight(pipeline):
    found = relations_of(pipeline, "Burundian police arrested at least 14 members of the opposition National Congress for "
                                   "Freedom (CNL) in Bujumbura on Sunday.")
    assert not any(p == "opposes" for _, p, _ in found)
    found = relations_of(pipeline, "Tunisian police fired tear gas to disperse hundreds of protesters outside the "
                                   "courthouse in Sfax on Wednesday.")
    assert not any(p == "opposes" for _, p, _ in found)
    found = relations_of(pipeline, "Mexican soldiers arrested a regional leader of the Sinaloa Cartel in Navolato on "
                                   "Monday after a shootout that left two gunmen dead.")
    assert any(p == "opposes" for _, p, _ in found)


def test_supplying_arming_and_sending_troops_is_backing(pipeline):
    # told from the backer's side, the fact is the receiver's backing (one predicate per fact)
    assert ("Houthis", "backed_by", "Iran") in relations_of(pipeline, "Iran supplies the Houthis with drones and missiles, US officials said.")
    assert ("March 23 Movement", "backed_by", "Rwanda") in relations_of(
        pipeline, "Rwanda has provided weapons and troops to the M23, UN experts said.")
    assert ("Syrian National Army", "backed_by", "Turkey") in relations_of(
        pipeline, "Turkey has been training and equipping the Syrian National Army.")
    assert not any(p in {"supports", "backed_by"} for _, p, _ in relations_of(
        pipeline, "Volunteers helped civilians flee the town of Sake."))


def test_a_commander_with_a_group_and_groups_loyal_to_another(pipeline):
    found = relations_of(pipeline, "A commander with the Fano militia, Zemene Kassie, said his fighters had taken the town.")
    assert ("Zemene Kassie", "member_of", "Fano") in found
    found = relations_of(pipeline, "The army clashed with the White Army, a youth militia loyal to the opposition SPLM-IO.")
    assert ("White Army", "allied_with", "Sudan People's Liberation Movement-in-Opposition") in found


def test_who_leads_after_an_apposition(pipeline):
    found = relations_of(pipeline, "Jimmy Cherizier, the former police officer who leads the Viv Ansanm coalition, "
                                   "said gangs would keep fighting.")
    assert ("Jimmy Cherizier", "leader_of", "Viv Ansanm") in found


def test_the_brigade_s_commander_and_a_coalition_that_includes(pipeline):
    found = relations_of(pipeline, "Sudanese police clashed with fighters of the Al-Baraa Ibn Malik Brigade in Khartoum. "
                                   "Hours later, the army arrested the brigade's commander, Mosab Othman.")
    assert any(s == "Mosab Othman" and p == "leader_of" for s, p, _ in found)
    found = relations_of(pipeline, "The Alliance Fleuve Congo (AFC), the political-military coalition that includes M23, "
                                   "said the strike violated the ceasefire.")
    assert ("March 23 Movement", "member_of", "Alliance Fleuve Congo") in found


def test_a_dateline_with_an_accented_city(pipeline):
    found = relations_of(pipeline, "MEDELLÍN, Colombia, May 15 (Reuters) - Gunmen of the Clan del Golfo shot dead two "
                                   "police officers at a checkpoint in Segovia on Tuesday, police said.")
    assert opposed(found, "Clan del Golfo", "Police Forces of Colombia")


def test_a_regional_commander_is_a_member_and_his_rank_adds_no_army(pipeline):
    found = relations_of(pipeline, '"We will not allow extremists to hold the camp hostage," Fatah\'s commander in Lebanon, '
                                   'Major General Ahmad Youssef, said.')
    assert ("Ahmad Youssef", "member_of", "Fatah") in found
    assert not any(s == "Ahmad Youssef" and o.startswith("Military Forces") for s, _, o in found)


def test_militants_who_belong_to_a_group_are_the_group(pipeline):
    found = relations_of(pipeline, "Police said the militants belonged to the Kashmir Tigers, a little-known group.")
    assert not any(p == "part_of" for _, p, _ in found)


def test_a_state_s_formation_is_part_of_it_but_its_rebels_are_not(pipeline):
    assert ("Africa Corps", "part_of", "Russia") in relations_of(
        pipeline, "Helicopter gunships of Russia's Africa Corps later struck JNIM positions near Diboli.")
    assert not any(p == "part_of" for _, p, _ in relations_of(
        pipeline, "Yemen's Houthis said on Tuesday they had shot down a US drone over Marib."))


def test_a_backed_description_in_apposition_is_the_named_group_s(pipeline):
    found = relations_of(pipeline, "Kataib Hezbollah, an Iran-backed faction of the PMF, denied any role.")
    assert ("Kataib Hezbollah", "backed_by", "Iran") in found
    assert ("Popular Mobilization Forces", "backed_by", "Iran") not in found


def test_allegiance_pledged_and_a_body_overseen(pipeline):
    assert ("Allied Democratic Forces", "part_of", "Islamic State") in relations_of(
        pipeline, "The ADF, which has pledged allegiance to Islamic State, claimed the killings in a message on Telegram.")
    found = relations_of(pipeline, "The Syrian interior ministry, which oversees the General Security Service, said "
                                   "those arrested belonged to a cell.")
    assert any(s == "General Security Service" and p == "part_of" for s, p, _ in found)


def test_whose_leader_is_the_group_s_leader(pipeline):
    found = relations_of(pipeline, "Hamas, whose leader Khalil al-Hayya lives in Qatar, rejected the proposal.")
    assert ("Khalil al-Hayya", "leader_of", "Hamas") in found


def test_the_backbone_of_a_coalition_and_who_leads_whom(pipeline):
    found = relations_of(pipeline, "Kurdish YPG fighters, the backbone of the Syrian Democratic Forces, clashed with "
                                   "Turkish-backed factions near Manbij.")
    assert ("People's Protection Units", "part_of", "Syrian Democratic Forces") in found
    assert ("Syrian Democratic Forces", "member_of", "People's Protection Units") not in found
    assert ("Mohamed Hamdan Dagalo", "leader_of", "Rapid Support Forces") in relations_of(
        pipeline, "Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF.")


def test_fire_traded_and_fighting_that_raged_between_sides(pipeline):
    assert opposed(relations_of(pipeline, "The army and the RSF traded artillery fire across the Nile in Khartoum."),
                   "Military Forces of Sudan", "Rapid Support Forces")
    assert opposed(relations_of(pipeline, "Heavy fighting raged between Hezbollah and Israeli troops near the border."),
                   "Hezbollah", "Military Forces of Israel")


def test_rescuers_oppose_the_captors_and_a_named_operation_is_an_actor(pipeline):
    found = relations_of(pipeline, "Fighters of the Oromo Liberation Army abducted 40 passengers on Tuesday. Federal "
                                   "troops later freed 12 of the hostages in an operation near Gedo.")
    assert opposed(found, "Military Forces of Ethiopia", "Oromo Liberation Army")
    document = pipeline.extract_one(Article(
        text="Troops of Operation Whirl Stroke said they had killed three gunmen near Udei.", published=None))
    assert any(a.name == "Operation Whirl Stroke" and a.kind == "state_forces" for a in document.actors)
