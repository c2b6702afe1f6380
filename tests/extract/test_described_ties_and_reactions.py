"""Enmity, backing and alliance told by a description ("an anti-X group", "X's arch-rival", "a unit
trained by Y", "close ties to Z"), the owner of "its" in a role or unit phrase, named groups the
model misses, and denials, threats and speakers told in ways the reporting verb does not show.
Sentences written for these tests."""

from tests.extract.relation_helpers import relations_of


def _opposed(relations, first, second):
    return (first, "opposes", second) in relations or (second, "opposes", first) in relations


def test_an_anti_group_description_opposes_the_group_it_is_against(pipeline):
    relations = relations_of(pipeline, "The Popular Resistance, an anti-Houthi coalition backed by the United Arab "
                                       "Emirates, said its fighters held the ridge on Friday.")
    assert _opposed(relations, "Popular Resistance", "Houthis"), relations
    assert ("Houthis", "backed_by", "United Arab Emirates") not in relations, relations


def test_a_named_rival_in_apposition_or_after_its_opposes_the_owner(pipeline):
    relations = relations_of(pipeline, "Gunmen of Los Lobos, Los Choneros' arch-rival, set fire to a bus depot "
                                       "in Guayaquil on Sunday.")
    assert _opposed(relations, "Los Lobos", "Los Choneros"), relations


def test_a_militia_described_as_fighting_the_army_opposes_it(pipeline):
    relations = relations_of(pipeline, "The Kachin Independence Army, an ethnic militia fighting the military "
                                       "since 1961, said it had taken a border post near Lweje.")
    assert _opposed(relations, "Kachin Independence Army", "Military Forces of Myanmar"), relations


def test_its_fight_after_backs_belongs_to_the_one_backed(pipeline):
    relations = relations_of(pipeline, "The U.S. military, which backs the SDF in its fight against Islamic "
                                       "State, called for restraint in Deir ez-Zor.")
    assert _opposed(relations, "Syrian Democratic Forces", "Islamic State"), relations


def test_backing_told_by_the_one_backed(pipeline):
    trained = relations_of(pipeline, "The Hadrami Elite Forces, a unit that the United Arab Emirates trained, "
                                     "retook the oil terminal at Dabba.")
    assert ("Hadrami Elite Forces", "backed_by", "United Arab Emirates") in trained, trained
    aid = relations_of(pipeline, "Lebanon's army, which relies heavily on U.S. military aid, deployed two "
                                 "battalions south of the Litani.")
    assert ("Military Forces of Lebanon", "backed_by", "United States") in aid, aid


def test_alliance_told_in_passing(pipeline):
    ties = relations_of(pipeline, "The Kurdistan Regional Government, which has close ties to Ankara, urged "
                                  "both sides to return to talks.")
    assert ("Kurdistan Regional Government", "allied_with", "Government of Turkey") in ties, ties
    ally = relations_of(pipeline, "Warsaw accused Minsk and its ally Moscow of pushing migrants across "
                                  "the border.")
    assert ("Government of Belarus", "allied_with", "Government of Russia") in ally, ally


def test_a_tie_said_inside_a_quotation_is_no_fact(pipeline):
    relations = relations_of(pipeline, "The rebels said the Wazalendo, \u201ca rabble of militias paid by "
                                       "Kinshasa\u201d, had attacked first.")
    assert not any(p == "backed_by" for _, p, _ in relations), relations


def test_one_of_its_lawmakers_is_a_member_of_the_group_before(pipeline):
    relations = relations_of(pipeline, "Hezbollah made no comment, but one of its lawmakers, Hassan Fadlallah, "
                                       "said the strike would not go unanswered.")
    assert ("Hassan Fadlallah", "member_of", "Hezbollah") in relations, relations


def test_a_sentence_opening_its_armed_wing_belongs_to_the_subject_before(pipeline):
    relations = relations_of(pipeline, "Hamas handed over two bodies on Tuesday. Its armed wing, the Qassam "
                                       "Brigades, said the search for the rest would continue.")
    assert ("Izz ad-Din al-Qassam Brigades", "part_of", "Hamas") in relations, relations


def test_a_name_taken_for_a_place_with_a_wing_in_apposition_is_a_group(pipeline):
    relations = relations_of(pipeline, "Police said the gunmen belonged to Los Ninis, the Chapitos' armed wing.")
    assert ("Los Ninis", "part_of", "Los Chapitos") in relations, relations


def test_lake_chad_is_no_state(pipeline):
    relations = relations_of(pipeline, "Boko Haram fighters overran a military post on the shores of Lake Chad "
                                       "on Sunday, killing five Nigerien soldiers.")
    assert not any("Chad" in s or "Chad" in o for s, _, o in relations), relations


def test_a_claim_called_pure_invention_is_denied_and_cut_from_the_charge(document_statements_of):
    found = document_statements_of(
        "The rebels said three prisoners had been summarily executed, an accusation the army spokesman "
        "called \u201cpure propaganda\u201d.", "2026-03-10")
    kinds = [kind for kind, _, _ in found]
    assert "ACCUSE" in kinds and "DENY" in kinds, found


def test_a_speaker_hung_on_the_opening_phrase_still_speaks(document_statements_of):
    found = document_statements_of(
        "In a message posted on Facebook, Viv Ansanm said the police were \u201chiring foreign pilots to bomb "
        "Cité Soleil\u201d and warned that \u201cthe pilots will not sleep in peace\u201d.", "2026-03-10")
    kinds = [kind for kind, _, _ in found]
    assert "ACCUSE" in kinds and "THREATEN" in kinds, found


def test_dismay_voiced_at_an_act_condemns_it(document_statements_of):
    found = document_statements_of(
        "The U.N. refugee agency voiced alarm at the shelling of the Kalma camp.", "2026-03-10")
    assert "CONDEMN" in [kind for kind, _, _ in found], found
