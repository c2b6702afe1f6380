"""Who fought whom when the fight is told as driving a side out or back, firing on it, or as two
named factions of one group battling; forces described as another body's force; forces that attack
together; fighters counted by a force that reports them. Sentences written for these tests."""

import pytest

from sitrep.model import Article

from tests.extract.relation_helpers import opposed, relations_of


def _events(pipeline, text):
    found = pipeline.extract_one(Article(text=text, published="2026-03-10"))
    names = {a.id: a.name for a in found.actors}
    return [(e.type, e.acled_subtype, sorted(names[a] for a in e.actors), sorted(names[t] for t in e.targets))
            for e in found.events]


def _assaults(pipeline, text):
    return [e for e in _events(pipeline, text) if e[0] == "ASSAULT"]


def test_a_side_that_fights_with_weapons_still_fights_the_side_named_with_it(pipeline):
    text = ("SAN SALVADOR (Reuters) - Members of Barrio 18 and the rival MS-13 gang fought with machetes "
            "and rifles in a prison yard on Friday, leaving four inmates dead, officials said.")
    assert any(e[2] == ["Barrio 18"] and e[3] == ["Mara Salvatrucha"] for e in _assaults(pipeline, text)), \
        _assaults(pipeline, text)


def test_troops_that_drive_them_out_retake_the_ground_from_the_side_that_took_it(pipeline):
    text = ("BAHIR DAR, Ethiopia (AP) - Fano militiamen overran the town of Debre Tabor on Monday before "
            "federal troops drove them out two days later, residents said.")
    events = _assaults(pipeline, text)
    assert ("ASSAULT", "Government regains territory", ["Military Forces of Ethiopia"], ["Fano"]) in events, events
    assert any(e[2] == ["Fano"] for e in events), events  # the first taking stays an event of its own


def test_a_side_driven_back_by_another_named_as_the_doer_of_a_passive(pipeline):
    # one fight, in ACLED's manner: the attackers against those who drove them back
    text = ("PORT-AU-PRINCE (Reuters) - Gangs of the Viv Ansanm coalition attacked the town of Mirebalais "
            "on Friday but were driven back by police officers, a police union said.")
    assert any(e[2] == ["Viv Ansanm"] and "Police Forces of Haiti" in e[3] for e in _assaults(pipeline, text)), \
        _assaults(pipeline, text)


def test_fighters_of_one_group_drive_those_of_another_out_of_a_place(pipeline):
    text = ("CÚCUTA, Colombia (Reuters) - ELN guerrillas drove fighters of the 33rd Front, a group of FARC "
            "dissidents, out of the village of Tibú on Sunday, community leaders said.")
    events = _assaults(pipeline, text)
    assert any(e[1] == "Non-state actor overtakes territory" and e[2] == ["National Liberation Army"]
               and "33rd Front" in e[3] for e in events), events


def test_a_driving_out_without_its_doer_is_no_event(pipeline):
    text = '"We will not rest until every last militant has been driven out of the forest," the minister said.'
    assert not _assaults(pipeline, text)


def test_riot_police_pushing_protesters_back_is_no_battle(pipeline):
    text = ("Hundreds of traders blocked roads in the city on Monday, and riot police pushed them back with "
            "tear gas, witnesses said.")
    assert not [e for e in _assaults(pipeline, text) if e[1] in {"Armed clash", "Government regains territory"}]


def test_troops_that_fire_on_a_sides_positions_attack_it(pipeline):
    text = ("GOMA, Congo (Reuters) - Congolese troops fired on M23 positions in the hills above Sake on "
            "Wednesday, local officials said.")
    events = _assaults(pipeline, text)
    assert any(e[2] == ["Military Forces of Democratic Republic of the Congo"] and "March 23 Movement" in e[3]
               for e in events), events


@pytest.mark.parametrize("text", [
    "Baku accused Armenian forces on Tuesday of firing on its positions near the village of Sotk.",
    "Israel's defence minister said anyone who fired on its soldiers would pay a heavy price.",
])
def test_firing_told_as_a_charge_or_a_description_is_no_event(pipeline, text):
    assert not [e for e in _assaults(pipeline, text) if e[1] == "Armed clash"]


def test_two_factions_named_in_apposition_are_the_two_sides_and_parts_of_their_group(pipeline):
    text = ("CULIACÁN, Mexico (Reuters) - Gunmen of two rival factions of the Sinaloa Cartel, Los Chapitos "
            "and La Mayiza, fought for hours outside the town of Elota on Tuesday, prosecutors said.")
    events = _assaults(pipeline, text)
    assert any(e[2] == ["Los Chapitos"] and e[3] == ["La Mayiza"] for e in events), events
    found = relations_of(pipeline, text)
    assert ("Los Chapitos", "part_of", "Sinaloa Cartel") in found, found
    assert ("La Mayiza", "part_of", "Sinaloa Cartel") in found, found


def test_a_unit_described_by_its_owners_force_is_not_listed_as_parts(pipeline):
    text = ("BENGHAZI, Libya (Reuters) - Units of the Tariq bin Ziyad Brigade, the Libyan National Army's "
            "main strike force in the south, clashed with Chadian rebels on Friday.")
    found = relations_of(pipeline, text)
    assert ("Libyan National Army", "part_of", "Tariq Bin Ziyad Brigade") not in found, found


def test_soldiers_patrolling_an_area_who_come_under_fire_are_its_targets(pipeline):
    text = ("CULIACÁN, Mexico (Reuters) - On Friday, soldiers patrolling the highway came under fire from "
            "Chapitos gunmen, the defence ministry said.")
    events = _assaults(pipeline, text)
    assert any(e[2] == ["Los Chapitos"] and "Military Forces of Mexico" in e[3] for e in events), events


def test_an_object_parsed_as_a_clause_subject_is_still_the_target(pipeline):
    text = ("MAIDUGURI, Nigeria (Reuters) - The Nigerian Air Force said it had struck ISWAP fighters "
            "regrouping near Kangarwa on Friday.")
    found = relations_of(pipeline, text)
    assert opposed(found, "Nigerian Air Force", "Islamic State West Africa Province"), found


@pytest.mark.parametrize("text, force, owner", [
    ("OWERRI, Nigeria (AP) - Gunmen of the Eastern Security Network, the fighting force of the Indigenous "
     "People of Biafra, attacked a police station on Monday.", "Eastern Security Network",
     "Indigenous People of Biafra"),
    ("Troops of Operation Whirl Stroke, a joint task force of the Nigerian military, killed three gunmen "
     "near Udei on Sunday.", "Operation Whirl Stroke", "Military Forces of Nigeria"),
    ("The Security Belt, the main armed force of the separatist Southern Transitional Council, took over "
     "the port on Monday.", "Security Belt Forces", "Southern Transitional Council"),
])
def test_a_force_described_as_another_bodys_force_is_part_of_it(pipeline, text, force, owner):
    found = relations_of(pipeline, text)
    assert (force, "part_of", owner) in found, found


def test_a_force_of_so_many_men_is_part_of_nothing(pipeline):
    text = "The Wagner Group, a force of about 2,000 fighters, left Mali in June."
    assert not [r for r in relations_of(pipeline, text) if r[1] == "part_of"]


@pytest.mark.parametrize("text, subtype", [
    ("KHARTOUM (Reuters) - The Sudanese army captured the town of Bara on Monday, the army said.",
     "Government regains territory"),
    ("GOMA, Congo (Reuters) - M23 rebels retook the town of Walikale on Monday, residents said.",
     "Non-state actor overtakes territory"),
])
def test_ground_taken_is_named_by_who_takes_it(pipeline, text, subtype):
    assert any(e[1] == subtype for e in _assaults(pipeline, text)), _assaults(pipeline, text)


def test_weapons_seized_by_soldiers_are_no_ground_regained(pipeline):
    text = "MEXICO CITY (Reuters) - Soldiers seized three drones and two rifles near Apatzingán on Friday."
    assert not [e for e in _assaults(pipeline, text) if e[1] == "Government regains territory"]


def test_forces_that_retake_a_base_together_are_allies(pipeline):
    text = ("MOGADISHU (Reuters) - The Somali National Army and Kenyan troops of the African Union mission "
            "counter-attacked on Thursday and retook the base from al-Shabaab, an officer said.")
    found = relations_of(pipeline, text)
    assert any(r[1] == "allied_with" and {r[0], r[2]} == {"Military Forces of Somalia", "Military Forces of Kenya"}
               for r in found), found


def test_fighters_a_force_says_it_killed_are_the_group_named_before(pipeline):
    text = ("PEMBA, Mozambique (Reuters) - Islamic State Mozambique Province claimed the raid on Mucojo. "
            "Rwandan troops said they had killed nine militants near the Messalo river a day later.")
    found = relations_of(pipeline, text)
    assert any(r[0] == "Military Forces of Rwanda" and r[1] == "opposes" for r in found), found


def test_a_pledge_of_aid_for_the_displaced_is_for_civilians(pipeline):
    text = ("KHARTOUM (Reuters) - The World Food Programme pledged 30,000 tonnes of food for the displaced "
            "in Kosti on Monday.")
    found = pipeline.extract_one(Article(text=text, published="2026-03-10"))
    names = {a.id: a.name for a in found.actors}
    pledges = [s for s in found.statements if s.kind == "PLEDGE"]
    assert pledges and any(names[t].startswith("Civilians") for s in pledges for t in s.targets), \
        [(s.kind, [names[t] for t in s.targets]) for s in found.statements]


@pytest.mark.parametrize("text", [
    "BEIRUT (AP) - An Israeli drone strike on a car near Tyre killed one person on Monday, Lebanon's health "
    "ministry said. The Israeli military said the man was a member of Hezbollah's Radwan Force.",
    "BEIRUT (AP) - An Israeli drone struck a motorcycle near Tyre on Monday, killing two men whom the Israeli "
    "military identified as fighters of Hezbollah's Radwan Force.",
    "BEIRUT (AP) - An Israeli drone strike on a car near Tyre killed two people on Monday. The Israeli army "
    "said the driver belonged to Hezbollah's Radwan Force.",
])
def test_victims_identified_as_a_groups_members_make_it_the_target(pipeline, text):
    found = relations_of(pipeline, text)
    assert ("Military Forces of Israel", "opposes", "Radwan Force") in found, found


def test_a_force_that_says_it_targeted_a_commander_of_a_group_opposes_the_group(pipeline):
    text = ("BEIRUT (AP) - The Israeli military said it had targeted a commander of the Radwan Force near "
            "the border on Monday.")
    found = relations_of(pipeline, text)
    assert ("Military Forces of Israel", "opposes", "Radwan Force") in found, found


def test_a_person_killed_is_no_side_of_the_conflict(pipeline):
    text = ("BEIRUT (Reuters) - An Israeli drone strike near Tyre on Monday killed Ali Hassan Fares, a field "
            "commander in Hezbollah's Radwan Force, the group said.")
    found = relations_of(pipeline, text)
    assert ("Military Forces of Israel", "opposes", "Radwan Force") in found, found
    assert not [r for r in found if r[1] == "opposes" and "Ali Hassan Fares" in (r[0], r[2])], found


def test_a_numbered_corps_named_with_two_unit_words_is_one_unit(pipeline):
    text = "KYIV (Reuters) - Ukraine's 5th Army Corps said on Monday its troops had held the line near Lyman."
    found = pipeline.extract_one(Article(text=text, published="2026-03-10"))
    assert "5th Army Corps" in {a.name for a in found.actors}, [(a.name, a.kind) for a in found.actors]


@pytest.mark.parametrize("text, part, whole", [
    # an apposition the parser reads as a conjunct (no "and" before it)
    ("GOMA, Congo (Reuters) - M23 rebels, the armed wing of the Congo River Alliance (AFC), seized the town "
     "of Kamanyola on Friday.", "March 23 Movement", "Alliance Fleuve Congo"),
    # the body named only by what it belongs to
    ("TRIPOLI (Reuters) - Fighters of the 444th Combat Brigade, a unit of the defence ministry of the "
     "Government of National Unity (GNU), clashed with a rival militia on Friday.", "444th Combat Brigade",
     "Government of National Unity"),
])
def test_a_unit_described_as_anothers_wing_or_unit_is_part_of_it(pipeline, text, part, whole):
    found = relations_of(pipeline, text)
    # directly, or through the body between them ("a unit of the defence ministry of the GNU")
    parents = {o for s, p, o in found if s == part and p == "part_of"}
    assert whole in parents | {o for s, p, o in found if s in parents and p == "part_of"}, found
    assert (part, "allied_with", whole) not in found and (whole, "allied_with", part) not in found, found


@pytest.mark.parametrize("text", [
    "KYIV (Reuters) - Russia launched 90 drones at Ukraine overnight. Ukraine's air force said it had shot "
    "down 71 of the drones.",
    "KYIV (Reuters) - Air defences downed 60 of the 75 drones Russia launched overnight, Ukraine's air force said.",
])
def test_weapons_downed_are_disrupted_weapons_use_against_their_owner(pipeline, text):
    events = _assaults(pipeline, text)
    assert any(e[1] == "Disrupted weapons use" and e[3] == ["Russia"] for e in events), events


def test_an_aircraft_shot_down_is_a_clash_and_a_convoy_intercepted_no_attack(pipeline):
    events = _assaults(pipeline, "SANAA (Reuters) - Houthi fighters shot down a U.S. helicopter over Marib on Friday.")
    assert events and all(e[1] != "Disrupted weapons use" for e in events), events
    assert not _assaults(pipeline, "Police intercepted a convoy of trucks near Goma on Friday.")


def test_an_assault_repelled_near_a_place_is_still_against_those_who_repelled_it(pipeline):
    text = ("KYIV (Reuters) - Ukrainian troops repelled an assault by Russian forces on the outskirts of "
            "Kupiansk on Monday, the General Staff said.")
    assert opposed(relations_of(pipeline, text), "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_siege_opposes_the_besiegers_to_the_holders_but_not_their_partners(pipeline):
    text = ("MYITKYINA (Reuters) - The Kachin Independence Army has besieged the army-held town of Bhamo since "
            "late 2024 together with allied People's Defence Force units.")
    found = relations_of(pipeline, text)
    assert ("Kachin Independence Army", "opposes", "Military Forces of Myanmar") in found, found
    assert not opposed(found, "Kachin Independence Army", "People's Defence Force"), found


def test_a_description_of_a_group_named_before_fights_as_that_group(pipeline):
    text = ("BAMAKO (Reuters) - The Azawad Liberation Front (FLA) said on Monday it had shot down an army drone. "
            "The Tuareg-led rebel alliance has fought the army across Mali's north since 2023.")
    assert ("Azawad Liberation Front", "opposes", "Military Forces of Mali") in relations_of(pipeline, text)


@pytest.mark.parametrize("text, leader, body", [
    ("SWEIDA, Syria (Reuters) - Fighters of the National Guard, a Druze force loyal to spiritual leader "
     "Hikmat al-Hijri, clashed with government troops on Thursday.", "Hikmat al-Hijri", "National Guard"),
    ("NYALA, Sudan (Reuters) - The RSF-led Government of Peace and Unity said on Monday the strikes had hit "
     "a market.", "Rapid Support Forces", "Government of Peace and Unity"),
    ("JUBA (Reuters) - The SPLM-IO, the party of detained First Vice-President Riek Machar, said on Monday "
     "it would boycott the talks.", "Riek Machar", "Sudan People's Liberation Movement-in-Opposition"),
])
def test_a_body_described_as_someones_or_led_by_a_group_has_that_leader(pipeline, text, leader, body):
    found = relations_of(pipeline, text)
    assert (leader, "leader_of", body) in found, found


def test_the_founder_and_partners_of_a_confederation_are_its_members(pipeline):
    text = ("ABUJA (Reuters) - ECOWAS urged the Alliance of Sahel States, the confederation Mali formed with "
            "Niger and Burkina Faso, to share intelligence on Monday.")
    found = relations_of(pipeline, text)
    for state in ("Mali", "Niger", "Burkina Faso"):
        assert (state, "member_of", "Alliance of Sahel States") in found, found


@pytest.mark.parametrize("verb", ["brings together contingents", "pools troops"])
def test_every_state_a_joint_force_draws_troops_from_is_its_member(pipeline, verb):
    text = (f"N'DJAMENA (Reuters) - The Multinational Joint Task Force (MNJTF), which {verb} from Chad, "
            "Nigeria, Niger and Cameroon, said on Monday it was ready.")
    found = relations_of(pipeline, text)
    for state in ("Chad", "Nigeria", "Niger", "Cameroon"):
        assert (state, "member_of", "Multinational Joint Task Force") in found, found


def test_a_spokesman_of_a_unit_named_by_its_bare_noun_serves_the_unit_named_before(pipeline):
    text = ("KYIV (Reuters) - The Georgian Legion, a unit of foreign volunteers, repelled the assault on Monday. "
            "The attackers lost 40 men, legion spokesman Giorgi Tsiklauri said.")
    assert ("Giorgi Tsiklauri", "member_of", "Georgian Legion") in relations_of(pipeline, text)


def test_militias_a_force_says_it_arms_are_backed_by_it(pipeline):
    text = ("YANGON (Reuters) - The army also relies on Pyusawhti militias, which it arms and trains, to hold "
            "villages south of the town.")
    found = relations_of(pipeline, text)
    assert ("Pyu Saw Htee", "backed_by", "Military Forces of Myanmar") in found, found
