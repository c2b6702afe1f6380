"""A claimed attack's group against the forces it struck, states that lead a coalition named whole
("the Saudi-led coalition"), role holders named past a second modifier or by "who gave his name as",
forces told by the leader they are loyal to, capitals that arm a side, and whom a region's office
or a rejected report is aimed at. Sentences written for these tests."""

from tests.extract.relation_helpers import events_of, extracted, kinds_of, opposed, relations_of, statements_of


# -- a claim of responsibility names the side the attack left unnamed -------------------------------

def test_the_group_claiming_an_attack_opposes_the_forces_it_struck(pipeline):
    text = ("CUCUTA, Colombia (Reuters) - The National Liberation Army (ELN) claimed responsibility on Sunday "
            "for a drone attack on a police station in Sardinata that wounded three officers.")
    assert opposed(relations_of(pipeline, text), "National Liberation Army", "Police Forces of Colombia")


def test_a_claim_does_not_set_the_claimer_against_its_partner_in_the_raid(pipeline):
    text = ("BAMAKO (Reuters) - Gunmen attacked a customs post near Ansongo on Friday. The Azawad "
            "Liberation Front said its fighters had carried out the raid together with Jama'at Nusrat "
            "al-Islam wal-Muslimin, with which it is allied.")
    found = relations_of(pipeline, text)
    assert not opposed(found, "Azawad Liberation Front", "Jama'at Nusrat al-Islam wal-Muslimin"), found


# -- the state inside a coalition's name ------------------------------------------------------------

def test_the_state_leading_a_coalition_named_whole_leads_it(pipeline):
    text = ("MARIB, Yemen (Reuters) - Warplanes of the Saudi-led coalition bombed Houthi positions east "
            "of Marib on Thursday, a government commander said.")
    found = relations_of(pipeline, text)
    assert ("Saudi Arabia", "leader_of", "Saudi-led coalition") in found, found
    assert kinds_of(pipeline, text).get("Saudi Arabia") == "state"


def test_a_peoples_word_before_led_names_no_state(pipeline):
    text = ("HASAKAH, Syria (Reuters) - The Kurdish-led Syrian Democratic Forces said on Monday they had "
            "detained 12 Islamic State suspects in a raid near al-Shaddadi.")
    found, _ = extracted(pipeline, text)
    assert not any(a.kind == "state" and a.name == "Iraq" for a in found.actors), [a.name for a in found.actors]


def test_a_led_force_told_without_its_name_gets_no_leader(pipeline):
    text = ("PORT-AU-PRINCE (Reuters) - Police backed by troops of the Gang Suppression Force, the "
            "U.N.-authorised mission that replaced the Kenyan-led force, retook the Delmas 30 area.")
    found = relations_of(pipeline, text)
    assert not any(s == "Kenya" and p == "leader_of" for s, p, _ in found), found


# -- who holds a role ----------------------------------------------------------------------------------

def test_a_role_noun_after_a_second_modifier_is_the_named_groups(pipeline):
    text = ("EL OBEID, Sudan (Reuters) - Osman Hamid Bashar, an RSF field commander, said on Telegram "
            "that his men had taken the village of Kazgil.")
    assert ("Osman Hamid Bashar", "member_of", "Rapid Support Forces") in relations_of(pipeline, text)


def test_a_commander_who_gives_a_name_serves_the_group(pipeline):
    text = ("MAIDUGURI, Nigeria (Reuters) - A Boko Haram commander who gave his name as Abu Musa told "
            "reporters by phone that the group would keep attacking army posts around Lake Chad.")
    assert ("Abu Musa", "member_of", "Boko Haram") in relations_of(pipeline, text)


def test_a_commander_who_gives_orders_names_no_one(pipeline):
    text = ("MAIDUGURI, Nigeria (Reuters) - A Boko Haram commander who gave orders to burn the market "
            "was killed on Monday, the army said, and Abu Musa, a local official, confirmed the toll.")
    assert ("Abu Musa", "member_of", "Boko Haram") not in relations_of(pipeline, text)


def test_forces_loyal_to_a_known_leader_are_his_force(pipeline):
    text = ("BENGHAZI, Libya (Reuters) - On Sunday, forces loyal to Khalifa Haftar shelled positions of "
            "a rival militia south of Sirte, residents said.")
    events = [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]
    assert any("Libyan National Army" in actors for _, actors, _ in events), events
    assert ("Khalifa Haftar", "leader_of", "Libyan National Army") in relations_of(pipeline, text)


def test_the_short_form_between_a_group_and_its_allies(pipeline):
    text = ("LASHIO, Myanmar (Reuters) - Fighters of the Ta'ang National Liberation Army (TNLA) and allied "
            "People's Defence Force units attacked a military outpost near Kyaukme on Saturday.")
    assert ("People's Defence Force", "allied_with", "Ta'ang National Liberation Army") in relations_of(pipeline, text)


# -- capitals and owners -----------------------------------------------------------------------------

def test_a_capital_that_arms_a_side_is_its_state_as_patron(pipeline):
    text = ("UVIRA, Democratic Republic of Congo (Reuters) - Clashes between M23 rebels and militias armed "
            "by Kinshasa spread to the hills above Uvira on Wednesday, residents said.")
    found, names = extracted(pipeline, text)
    kinds = {a.name: a.kind for a in found.actors}
    assert kinds.get("Democratic Republic of the Congo") == "state", kinds
    assert any(names[r.object] == "Democratic Republic of the Congo" and r.predicate == "backed_by"
               for r in found.relations), found.relations


def test_a_junta_base_is_the_ruling_militarys(pipeline):
    text = "MANDALAY, Myanmar (Reuters) - Resistance fighters overran a junta base near Singu on Friday."
    events = [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]
    assert any("Military Forces of Myanmar" in targets for _, _, targets in events), events


# -- whom a statement is aimed at ---------------------------------------------------------------------

def test_a_regional_governor_may_accuse_the_national_government(pipeline):
    text = ("GARISSA, Kenya (Reuters) - Wajir's governor, Hassan Dahir Omar, on Friday accused Nairobi of "
            "leaving the border towns without police protection.")
    statements = statements_of(pipeline, text)
    assert ("ACCUSE", "Hassan Dahir Omar", ["Government of Kenya"]) in statements, statements


def test_a_rejected_report_told_after_its_description_is_aimed_at_its_author(pipeline):
    text = ("NIAMEY (Reuters) - Niger's military government on Thursday rejected as \"pure fabrication\" an "
            "Amnesty International report that accused soldiers of executing detainees.")
    statements = statements_of(pipeline, text)
    assert any(kind == "DENY" and "Amnesty International" in targets for kind, _, targets in statements), statements


def test_they_who_will_get_a_response_are_the_side_named_before(pipeline):
    text = ("TAIZ, Yemen (Reuters) - Houthi fighters shelled positions of the Giants Brigades near Hays on "
            "Sunday. The Giants Brigades, a force armed by the United Arab Emirates, fight under the banner "
            "of the Southern Transitional Council. \"The Houthis have shown they do not want calm, and they "
            "will get a harsh response,\" their commander, Hamdi al-Subaihi, said.")
    statements = statements_of(pipeline, text)
    assert ("THREATEN", "Hamdi al-Subaihi", ["Houthis"]) in statements, statements


def test_both_sides_asked_to_talk_are_the_states_governments(pipeline):
    text = ("YEREVAN (Reuters) - Azerbaijani troops fired on Armenian army positions near Khnatsakh on "
            "Monday, Armenia's defence ministry said. Azerbaijan's government denied the charge. The "
            "European Union urged both sides to return to talks.")
    statements = statements_of(pipeline, text)
    assert ("APPEAL", "European Union", ["Government of Armenia", "Government of Azerbaijan"]) in statements, statements


# -- sides of events -----------------------------------------------------------------------------------

def test_a_speakers_own_troops_told_by_its_are_the_speakers_side(pipeline):
    text = ("BUNIA, Democratic Republic of Congo (Reuters) - CODECO militiamen attacked a displacement camp "
            "near Djugu on Sunday. MONUSCO said its blue helmets had exchanged fire with the assailants.")
    events = [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]
    assert any("MONUSCO" in actors and "CODECO" in targets for _, actors, targets in events), events


def test_a_post_named_by_a_demonym_is_that_states_forces(pipeline):
    text = ("KABUL (Reuters) - Taliban forces fired on Pakistani border posts near Angoor Adda on Friday, "
            "residents said.")
    events = [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]
    assert any("Military Forces of Pakistan" in targets for _, _, targets in events), events


def test_a_lowercase_word_is_no_countrys_acronym(pipeline):
    text = ("MOGADISHU (Reuters) - A suicide car bomber struck a checkpoint in Mogadishu on Tuesday, killing "
            "five people, police said.")
    found, _ = extracted(pipeline, text)
    assert not any(a.country == "CAF" for a in found.actors), [(a.name, a.country) for a in found.actors]


def test_the_group_claiming_the_attack_is_the_unnamed_side(pipeline):
    text = ("QUETTA, Pakistan (Reuters) - Gunmen ambushed a Frontier Corps convoy near Turbat on Sunday, "
            "killing three soldiers. The Balochistan Liberation Army claimed the attack in a statement.")
    events = [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]
    assert events and all(not a.startswith("Unidentified") for _, actors, _ in events for a in actors), events


def test_an_unclaimed_attack_keeps_its_unnamed_side(pipeline):
    text = ("QUETTA, Pakistan (Reuters) - Gunmen ambushed a Frontier Corps convoy near Turbat on Sunday, "
            "killing three soldiers. No group claimed the attack.")
    events = [e for e in events_of(pipeline, text) if e[0] == "ASSAULT"]
    assert any("Unidentified Armed Group (Pakistan)" in actors for _, actors, _ in events), events


def test_afghan_posts_are_the_taliban_who_rule(pipeline):
    text = ("ISLAMABAD (Reuters) - Pakistan's military said on Sunday its troops had destroyed several Afghan "
            "posts near Chaman in response to fire from across the border.")
    found, _ = extracted(pipeline, text)
    assert any(a.name == "Taliban" for a in found.actors), [a.name for a in found.actors]


def test_the_union_stands_for_the_union_named_before(pipeline):
    text = ("ARISH, Egypt (Reuters) - The Union of Sinai Tribes fought Islamic State militants near Rafah on "
            "Monday. The tribal union is led by businessman Salem al-Tarabin.")
    assert ("Salem al-Tarabin", "leader_of", "Union of Sinai Tribes") in relations_of(pipeline, text)
