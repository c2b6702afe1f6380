"""Ties told by phrases of company and help (``sitrep.extract.ties``) and the patrons and allies the
relation rules now read past a misparse: fighting on a state's side, helping an army repel an
assault, backing by "its" troops, thanks for support, held backing, working with a group, joint
operations, a capital that arms, an invitation, "whose troops have backed", an ally hung on a year;
and a denial of "the accusation" after a sentence that ends "on X."
Sentences written for these tests."""

from sitrep.model import Article
from tests.extract.relation_helpers import relations_of


def test_a_unit_fighting_on_a_states_side_is_its_ally(pipeline):
    text = ("KYIV (Reuters) - Ukraine's border guards said fighters of the Freedom of Russia Legion, a unit of "
            "anti-Kremlin Russians fighting on Ukraine's side, had crossed into the Kursk region.")
    assert ("Freedom of Russia Legion", "allied_with", "Ukraine") in relations_of(pipeline, text)


def test_peacekeepers_who_helped_an_army_repel_an_assault_back_it(pipeline):
    text = ("GOMA (Reuters) - Uruguayan peacekeepers helped the Congolese army repel an assault on Sake on "
            "Sunday, the U.N. mission said.")
    found = relations_of(pipeline, text)
    assert ("Military Forces of Democratic Republic of the Congo", "backed_by", "Military Forces of Uruguay") in found, found


def test_helping_with_aid_is_no_backing(pipeline):
    text = ("GOMA (Reuters) - Uruguayan peacekeepers helped families displaced by the fighting near Sake on "
            "Sunday, the U.N. mission said.")
    found = relations_of(pipeline, text)
    assert not any(p == "backed_by" for _, p, _ in found), found


def test_troops_backed_by_its_peacekeepers_are_backed_by_the_speaking_mission(pipeline):
    text = ("BEIRUT (Reuters) - UNIFIL said Lebanese soldiers backed by its peacekeepers had removed two "
            "rocket launchers near Naqoura on Tuesday.")
    found = relations_of(pipeline, text)
    assert ("Military Forces of Lebanon", "backed_by", "UN Interim Force in Lebanon") in found, found


def test_a_state_thanked_for_its_support_backs_the_thanker(pipeline):
    text = ("MOGADISHU (Reuters) - Somalia's government condemned the bombing in Baidoa and thanked Qatar for "
            "its support.")
    found = relations_of(pipeline, text)
    assert any(p == "backed_by" and o == "Qatar" and "Somalia" in s for s, p, o in found), found


def test_a_movement_that_has_the_backing_of_a_party_is_backed_by_it(pipeline):
    text = ("LOME (Reuters) - The march was called by the Front for the Defence of the Constitution, a civic "
            "coalition that has the backing of the opposition Union of Forces for Change.")
    found = relations_of(pipeline, text)
    assert any("Front" in s and p == "backed_by" and "Union" in o for s, p, o in found), found


def test_two_gangs_working_together_are_allies(pipeline):
    text = ("GUAYAQUIL (Reuters) - Los Choneros, which works with the Sinaloa Cartel to move cocaine through "
            "the port, has fought Los Lobos for control of the prisons since 2021.")
    assert ("Los Choneros", "allied_with", "Sinaloa Cartel") in relations_of(pipeline, text)


def test_groups_announcing_joint_operations_are_allies(pipeline):
    text = ("QUETTA (Reuters) - The Balochistan Liberation Army and the Balochistan Liberation Front announced "
            "joint operations against Pakistani forces on Friday.")
    found = relations_of(pipeline, text)
    assert any(p == "allied_with" and {s, o} == {"Balochistan Liberation Army", "Balochistan Liberation Front"}
               for s, p, o in found), found


def test_militias_a_capital_arms_are_backed_by_its_state(pipeline):
    text = ("BUKAVU (Reuters) - The Wazalendo, a network of local militias that Kinshasa arms and pays, "
            "attacked M23 positions near Kamanyola on Monday.")
    assert ("Wazalendo", "backed_by", "Democratic Republic of the Congo") in relations_of(pipeline, text)


def test_soldiers_in_a_province_at_a_capitals_invitation_back_its_government(pipeline):
    text = ("PEMBA (Reuters) - Rwandan troops, in Cabo Delgado at Maputo's invitation since 2021, killed six "
            "insurgents near Mocimboa da Praia on Sunday.")
    found = relations_of(pipeline, text)
    assert ("Government of Mozambique", "backed_by", "Military Forces of Rwanda") in found, found


def test_a_state_whose_troops_back_a_government_is_its_backer(pipeline):
    text = ("JUBA (Reuters) - Uganda, whose soldiers have backed President Salva Kiir's government since "
            "March, denied that its jets had bombed Nasir.")
    found = relations_of(pipeline, text)
    assert ("Government of South Sudan", "backed_by", "Uganda") in found, found
    assert ("Government of South Sudan", "backed_by", "Military Forces of South Sudan") not in found, found


def test_an_ally_the_parser_hangs_on_a_year_is_still_an_ally(pipeline):
    text = ("MYITKYINA (Reuters) - The Kachin Independence Army has been besieging the town of Bhamo since "
            "late 2024 alongside People's Defence Force units loyal to the National Unity Government.")
    found = relations_of(pipeline, text)
    assert any(p == "allied_with" and {s, o} == {"Kachin Independence Army", "People's Defence Force"}
               for s, p, o in found), found


def test_a_sentence_ending_on_the_platform_x_ends_there(pipeline):
    text = ("ISLAMABAD (Reuters) - Pakistan's army accused Kabul of sheltering the attackers. \"We will act,\" "
            "the defence minister wrote on X. A spokesman for the Taliban government rejected the accusation.")
    found = pipeline.extract_one(Article(text=text, published="2026-03-01"))
    names = {a.id: a.name for a in found.actors}
    denials = [s for s in found.statements if s.kind == "DENY"]
    assert denials and all(text[s.evidence.start : s.evidence.end].startswith("A spokesman") for s in denials), [
        (s.kind, text[s.evidence.start : s.evidence.end]) for s in found.statements]
    assert any(names.get(t) == "Military Forces of Pakistan" for s in denials for t in s.targets), [
        (names.get(s.speaker), [names[t] for t in s.targets]) for s in denials]
