"""A state's press office named as "the military's media wing", armed and student wings the parser
misread, followers "loyal to" a person, venues that say nothing of where the fighting is, ruling
parties and their supporters, ceasefire committees and those who chair them, joint offensives and
absorbed groups; statements whose quoted words name the state rather than its forces, charges that
explain an arrest, threats against those who help the other side, pledges after praise and claims
of killing people. Sentences written for these tests."""

from tests.extract.relation_helpers import extracted, relations_of, statements_of



PRESS_WING = ("PESHAWAR, Pakistan (Reuters) - Militants stormed a police post in Lakki Marwat on "
              "Thursday, killing four officers, before troops shot dead all five attackers, the "
              "military's media wing said.")


def test_the_militarys_media_wing_is_its_press_office_and_part_of_it(pipeline):
    found, names = extracted(pipeline, PRESS_WING)
    office = next(a for a in found.actors if a.name == "Inter-Services Public Relations")
    assert office.kind == "media" and office.country == "PAK"
    assert ("Inter-Services Public Relations", "part_of", "Military Forces of Pakistan") in relations_of(
        pipeline, PRESS_WING)


def test_a_described_speaker_at_the_end_of_a_report_is_no_part_of_the_press_office(pipeline):
    found = relations_of(pipeline, PRESS_WING)
    assert not any(r[1] == "part_of" and r[2] == "Military Forces of Pakistan" and r[0].startswith("Unidentified")
                   for r in found), found


def test_a_state_press_office_speaks_as_itself_and_is_answered(pipeline):
    text = ("QUETTA, Pakistan (AP) - Gunmen attacked a Frontier Corps convoy near Turbat on Monday, "
            "killing six soldiers. The military's media wing, Inter-Services Public Relations, called "
            "the attackers \"Indian proxies\", a charge India's foreign ministry dismissed as baseless.")
    statements = statements_of(pipeline, text)
    assert any(kind == "ACCUSE" and speaker == "Inter-Services Public Relations" for kind, speaker, _ in statements), \
        statements
    assert any(kind == "DENY" and targets == ["Inter-Services Public Relations"] for kind, _, targets in statements), \
        statements


def test_a_news_agency_is_still_never_a_denial_target(pipeline):
    text = ("KABUL (Reuters) - Pakistani jets struck a village in Paktika province on Tuesday, killing "
            "nine people, Reuters reported, citing two local officials. Pakistan's foreign ministry "
            "rejected the report.")
    statements = statements_of(pipeline, text)
    assert not any("Reuters" in targets for _, _, targets in statements), statements


def test_fighters_of_its_armed_wing_after_a_comma_are_part_of_the_group(pipeline):
    text = ("GAZA (Reuters) - Hamas said on Sunday that the three men killed in Rafah were fighters of "
            "its armed wing, the Qassam Brigades, who had been trapped in a tunnel for months.")
    assert ("Izz ad-Din al-Qassam Brigades", "part_of", "Hamas") in relations_of(pipeline, text)


def test_the_person_bandits_are_loyal_to_leads_them_however_parsed(pipeline):
    text = ("GUSAU, Nigeria (Reuters) - Bandits loyal to the warlord Bello Turji raided three villages "
            "in the Shinkafi area of Zamfara state on Sunday, killing 27 people.")
    found = relations_of(pipeline, text)
    assert any(r[0] == "Bello Turji" and r[1] == "leader_of" for r in found), found


def test_the_city_where_an_accord_was_signed_is_not_the_country_of_the_story(pipeline):
    text = ("Rebels of the National Salvation Front ambushed a convoy escorted by soldiers on the road "
            "to Yei on Tuesday, killing five soldiers, South Sudan's army said. The United Nations "
            "urged both sides to respect a ceasefire agreement signed in Rome.")
    found, _ = extracted(pipeline, text)
    soldiers = next(a for a in found.actors if a.name.startswith("Military Forces of"))
    assert soldiers.name == "Military Forces of South Sudan", [a.name for a in found.actors]


def test_a_quote_that_names_the_regime_aims_the_condemnation_at_the_government(pipeline):
    text = ("MOSCOW (Reuters) - Ukrainian drones struck a bus in the Bryansk region on Monday, killing "
            "three people, the governor said. The Kremlin called the attack \"a terrorist act by the "
            "Kyiv regime\".")
    statements = statements_of(pipeline, text)
    assert any(kind == "CONDEMN" and targets == ["Government of Ukraine"] for kind, _, targets in statements), \
        statements


def test_a_condemnation_whose_quote_names_no_state_stays_on_the_forces(pipeline):
    text = ("MOSCOW (Reuters) - Ukrainian drones struck a bus in the Bryansk region on Monday, killing "
            "three people, the governor said. The Kremlin called the attack \"a barbaric crime\" and "
            "urged Kyiv's backers to stop arming it.")
    statements = statements_of(pipeline, text)
    condemnations = [targets for kind, _, targets in statements if kind == "CONDEMN"]
    assert condemnations and all("Government of Ukraine" not in t for t in condemnations), statements


def test_a_charge_that_explains_an_arrest_is_aimed_at_whom_it_held(pipeline):
    text = ("BAKU (AFP) - Azerbaijan's State Border Service said it had detained an Armenian citizen "
            "who crossed the border near Kokhanabi, accusing him of spying.")
    statements = statements_of(pipeline, text)
    assert ("ACCUSE", "State Border Service", ["Civilians (Armenia)"]) in statements, statements


def test_a_named_person_held_is_the_one_accused(pipeline):
    text = ("MOSCOW (Reuters) - Russia's Federal Security Service has detained Pavel Gorin, a regional "
            "head of the Yabloko party, accusing him of passing information to Ukrainian intelligence.")
    statements = statements_of(pipeline, text)
    assert any(kind == "ACCUSE" and targets == ["Pavel Gorin"] for kind, _, targets in statements), statements


def test_a_states_security_bodies_named_by_the_model_are_its_forces(pipeline):
    found, _ = extracted(pipeline, "TBILISI (Reuters) - Georgia's State Security Service arrested five "
                                  "opposition leaders on Friday.")
    service = next(a for a in found.actors if "State Security Service" in a.name)
    assert service.kind == "state_forces", (service.name, service.kind)


def test_the_ruling_party_leads_the_government(pipeline):
    text = ("ISTANBUL (Reuters) - Turkish police detained 31 people at a rally on Monday. The ruling AK "
            "Party said the opposition must respect court rulings, while the government said the "
            "detainees had attacked officers.")
    found = relations_of(pipeline, text)
    assert any(r[1] == "leader_of" and r[2] == "Government of Turkey" and "AK Party" in r[0] for r in found), found


def test_a_government_dominated_by_a_party_is_led_by_it(pipeline):
    text = ("ERBIL, Iraq (Reuters) - The Kurdistan Regional Government, dominated by the Kurdistan "
            "Democratic Party, accused Baghdad on Sunday of withholding salaries.")
    found = relations_of(pipeline, text)
    assert ("Kurdistan Democratic Party", "leader_of", "Kurdistan Regional Government") in found, found


def test_protesting_supporters_of_a_party_support_it(pipeline):
    text = ("ISTANBUL (Reuters) - Thousands of supporters of the Republican People's Party (CHP) rallied "
            "outside the courthouse on Monday, and police detained 31 demonstrators.")
    found = relations_of(pipeline, text)
    assert any(r[1] == "supports" and r[0].startswith("Protesters") and r[2] == "Republican People's Party"
               for r in found), found


def test_a_claim_of_an_ambush_is_against_whom_the_ambush_struck_not_the_claimants_own_dead(pipeline):
    text = ("BAGHDAD (AP) - Islamic State militants ambushed a patrol of the Popular Mobilization Forces "
            "near Tarmiyah late on Wednesday, killing four fighters. Iraqi jets struck a hideout of "
            "the militants the next day, killing five of them, the army said. IS claimed the ambush "
            "through its Amaq outlet.")
    statements = statements_of(pipeline, text)
    claims = [targets for kind, speaker, targets in statements if kind == "CLAIM" and speaker == "Islamic State"]
    assert claims and "Popular Mobilization Forces" in claims[-1], statements


def test_the_capital_a_government_sits_in_does_not_decide_the_story_country(pipeline):
    text = ("PESHAWAR, Pakistan (Reuters) - A suicide bomber attacked a paramilitary fort in North "
            "Waziristan on Wednesday, killing eight soldiers. The government in Kabul and the Taliban "
            "administration in Kabul denied any role, and officials in Kabul rejected the charge.")
    found, _ = extracted(pipeline, text)
    bomber = next(a for a in found.actors if a.name.startswith("Unidentified Armed Group"))
    assert bomber.country == "PAK", bomber


def test_a_threat_against_those_who_help_the_other_side_is_against_civilians(pipeline):
    text = ("PESHAWAR, Pakistan (Reuters) - Militants attacked a checkpoint in Bajaur on Monday, killing "
            "three soldiers. The TTP warned tribal elders that anyone who helped the army would meet the "
            "same end.")
    statements = statements_of(pipeline, text)
    assert ("THREATEN", "Tehrik-i-Taliban Pakistan", ["Civilians (Pakistan)"]) in statements, statements


def test_those_who_shelter_the_attackers_are_not_taken_for_civilians(pipeline):
    text = ("ZAHEDAN, Iran (Reuters) - Gunmen of Jaish al-Adl attacked a police post near Saravan on "
            "Monday, killing four officers. \"The terrorists and those who host them will receive a "
            "crushing response,\" the provincial police chief said.")
    statements = statements_of(pipeline, text)
    threats = [targets for kind, _, targets in statements if kind == "THREATEN"]
    assert threats and not any(t.startswith("Civilians") for targets in threats for t in targets), statements


def test_a_pledge_after_praise_is_to_the_praised(pipeline):
    text = ("N'DJAMENA (Reuters) - Boko Haram fighters attacked an army base on Lake Chad on Sunday, "
            "killing nine soldiers. The presidency praised the army for its bravery and promised new "
            "armoured vehicles for the units deployed on the lake.")
    statements = statements_of(pipeline, text)
    pledges = [targets for kind, _, targets in statements if kind == "PLEDGE"]
    assert pledges and pledges[0] == ["Military Forces of Chad"], statements


def test_a_claim_of_killing_people_is_against_them(pipeline):
    text = ("BENI, Congo (Reuters) - ADF rebels killed 38 villagers near Oicha on Sunday, the army said. "
            "Islamic State's Amaq agency said its fighters had killed \"38 Christians\" in the area.")
    statements = statements_of(pipeline, text)
    claims = [targets for kind, _, targets in statements if kind == "CLAIM"]
    assert any(any(t.startswith("Civilians") for t in targets) for targets in claims), statements


def test_a_force_authorised_by_the_un_is_backed_by_it(pipeline):
    text = ("PORT-AU-PRINCE, Haiti (Reuters) - Haitian police, backed by troops of the U.N.-authorised Gang "
            "Suppression Force, retook the town of Kenscoff on Sunday.")
    found = relations_of(pipeline, text)
    assert ("Gang Suppression Force", "backed_by", "United Nations") in found, found


def test_the_group_an_apposition_says_is_allied_is_the_named_one(pipeline):
    text = ("MANDERA, Kenya (Reuters) - Al-Shabaab, the Somali Islamist group allied with al-Qaeda, said "
            "its fighters had planted the bomb that killed four police officers on Monday.")
    found = relations_of(pipeline, text)
    assert ("al-Shabaab", "allied_with", "al-Qaeda") in found, found


def test_a_described_group_that_opens_a_sentence_is_the_subject_before(pipeline):
    text = ("OUAGADOUGOU (Reuters) - Jihadists of JNIM overran an army outpost in Djibo on Saturday, "
            "killing 30 soldiers and members of the Volunteers for the Defence of the Homeland (VDP). "
            "The al-Qaeda-linked group later posted photos of weapons it said it had seized.")
    found = relations_of(pipeline, text)
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "allied_with", "al-Qaeda") in found, found
    assert not any(r[0].startswith("Volunteers") and r[2] == "al-Qaeda" for r in found), found


def _events(pipeline, text):
    found, names = extracted(pipeline, text)
    return [(e.type, sorted(names[a] for a in e.actors), sorted(names[t] for t in e.targets)) for e in found.events]


def test_fighting_that_broke_out_between_two_sides_has_both(pipeline):
    text = ("SINJAR, Iraq (AP) - Street fighting broke out on Sunday in the northern town of Sinuni "
            "between Iraqi soldiers and the Sinjar Resistance Units (YBS), a local militia.")
    events = _events(pipeline, text)
    assert ("ASSAULT", ["Military Forces of Iraq"], ["Sinjar Resistance Units"]) in events, events


def test_drones_operated_by_a_government_are_its_strike(pipeline):
    text = ("TRIPOLI (AP) - Drones operated by the Tripoli-based Government of National Unity struck three "
            "sites in the coastal city of Zawiya on Sunday, killing four people.")
    events = _events(pipeline, text)
    assert any("Government of National Unity" in actors for _, actors, _ in events), events


def test_people_counted_by_their_nationality_are_that_countrys_civilians(pipeline):
    text = ("GAZA (Reuters) - Israeli tank fire killed five Palestinians near the yellow line east of Khan "
            "Younis on Wednesday, medics said.")
    events = _events(pipeline, text)
    assert any(targets == ["Civilians (Palestine)"] for _, _, targets in events), events


def test_gunmen_who_gunned_down_people_attacked_them(pipeline):
    text = ("GUAYAQUIL, Ecuador (AFP) - Gunmen from Los Choneros stormed a pool hall in Guayaquil late on "
            "Wednesday and gunned down nine people, police said.")
    events = _events(pipeline, text)
    assert any(actors == ["Los Choneros"] and targets == ["Civilians (Ecuador)"] for _, actors, targets in events), events


def test_a_presidents_office_is_the_government_he_leads(pipeline):
    text = ("N'DJAMENA (Reuters) - President Mahamat Idriss Deby's office accused neighbouring countries "
            "of sheltering the rebels.")
    found = relations_of(pipeline, text)
    assert ("Mahamat Idriss Deby", "leader_of", "Government of Chad") in found, found


def test_the_states_that_chair_the_truce_committee_are_its_members(pipeline):
    text = ("BEIRUT (Reuters) - An Israeli drone strike killed two people in Nabatieh on Monday. Lebanon's "
            "president condemned the strike and called on the United States and France, which chair the "
            "committee monitoring the ceasefire, to rein in Israel.")
    found = relations_of(pipeline, text)
    assert ("United States", "member_of", "Ceasefire Monitoring Committee (Lebanon)") in found, found
    assert ("France", "member_of", "Ceasefire Monitoring Committee (Lebanon)") in found, found


def test_a_state_that_chairs_a_bloc_is_its_member(pipeline):
    text = ("KUALA LUMPUR (Reuters) - Malaysia, which chairs the Association of Southeast Asian Nations, "
            "called for an immediate ceasefire on the Thai-Cambodian border.")
    found = relations_of(pipeline, text)
    assert ("Malaysia", "member_of", "Association of Southeast Asian Nations") in found, found


def test_the_forces_that_run_a_joint_offensive_are_its_members(pipeline):
    text = ("BENI, Congo (Reuters) - ADF rebels killed 12 villagers near Oicha on Sunday. The group has been "
            "hunted since 2021 by Operation Shujaa, a joint offensive by Uganda's army and Congo's FARDC.")
    found = relations_of(pipeline, text)
    assert ("Military Forces of Uganda", "member_of", "Operation Shujaa") in found, found


def test_groups_whose_fighters_fill_a_units_ranks_are_its_members(pipeline):
    text = ("JENIN, West Bank (Reuters) - Fighters of the Jenin Brigade clashed with Palestinian Authority "
            "forces on Sunday. The brigade, whose ranks include fighters of Islamic Jihad's al-Quds "
            "Brigades and of Hamas, accused the authority of doing the occupation's work.")
    found = relations_of(pipeline, text)
    assert ("Hamas", "member_of", "Jenin Brigade") in found, found
    assert ("Palestinian Islamic Jihad", "member_of", "Jenin Brigade") not in found, found


def test_what_a_body_absorbed_is_part_of_it(pipeline):
    text = ("BAMAKO (Reuters) - The FLA, which absorbed the MNLA and the High Council for the Unity of "
            "Azawad (HCUA) when it was founded in late 2024, attacked an army convoy near Kidal on Monday.")
    found = relations_of(pipeline, text)
    assert ("High Council for the Unity of Azawad", "part_of", "Azawad Liberation Front") in found, found


def test_a_partys_supporters_facing_police_are_protesters_who_support_it(pipeline):
    text = ("ISLAMABAD (Reuters) - Pakistani police fired tear gas at thousands of supporters of the "
            "Pakistan Tehreek-e-Insaf (PTI) party who tried to cross a bridge into Islamabad on Tuesday.")
    found = relations_of(pipeline, text)
    assert ("Protesters (Pakistan)", "supports", "Pakistan Tehreek-e-Insaf") in found, found


def test_a_force_takes_its_orders_from_its_leader(pipeline):
    text = ("GROZNY, Russia (Reuters) - Akhmat, formally a unit of the National Guard, takes its orders "
            "from Apti Dudayev, a close ally of the Chechen leader.")
    found = relations_of(pipeline, text)
    assert ("Apti Dudayev", "leader_of", "Akhmat") in found, found


def test_a_group_led_from_exile_is_led(pipeline):
    text = ("KABUL (Reuters) - The National Resistance Front, which is led from exile by Farhad Rahimi, "
            "attacked a Taliban checkpoint in Panjshir on Monday.")
    found = relations_of(pipeline, text)
    assert any(r[0] == "Farhad Rahimi" and r[1] == "leader_of" for r in found), found
