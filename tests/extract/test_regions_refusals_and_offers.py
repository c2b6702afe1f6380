"""Sub-national governments as actors ("Galmudug's president", "the Nineveh provincial council"),
refusals and offers told by their verb or their content ("turned down the proposal", "would not
sign", "offered to host talks"), charges made by naming ("branded the gunmen mercenaries",
"called the allegation absurd"), and ties told by "whose", "the junta of", "each other" and
"supports X against Y". Sentences written for these tests."""

from sitrep.model import Article
from tests.extract.relation_helpers import opposed, relations_of


def _actors(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-04-02"))
    return {(a.name, a.kind, a.country) for a in document.actors}


def test_a_region_holding_an_office_is_its_government(pipeline):
    actors = _actors(pipeline, "Galmudug's security minister, Ahmed Farah Omar, said the clan militia had "
                               "withdrawn from the town.")
    assert ("Galmudug State Administration", "government", "SOM") in actors, actors
    relations = relations_of(pipeline, "Galmudug's security minister, Ahmed Farah Omar, said the clan militia "
                                       "had withdrawn from the town.")
    assert ("Ahmed Farah Omar", "member_of", "Galmudug State Administration") in relations, relations


def test_a_first_level_area_of_the_gazetteer_governs_through_its_governor(pipeline):
    relations = relations_of(pipeline, "Borno's governor, Babagana Zulum, visited the camp at Bama on "
                                       "Saturday.")
    assert ("Babagana Zulum", "leader_of", "Government of Borno") in relations, relations


def test_a_place_where_something_happens_stays_a_place(pipeline):
    actors = _actors(pipeline, "Gunmen killed four farmers in Borno on Saturday, police said.")
    assert not any(name.startswith("Government of Borno") for name, _, _ in actors), actors


def test_a_capital_possessive_names_the_state_not_a_region(pipeline):
    actors = _actors(pipeline, "Baku's foreign ministry summoned the Armenian envoy on Monday.")
    assert not any("Baku" in name for name, _, _ in actors), actors


def test_rejecting_a_proposal_is_a_denial_and_background_refusals_are_not(document_statements_of):
    found = document_statements_of(
        "The Houthis on Tuesday turned down a Omani proposal for a prisoner exchange.", "2026-04-02")
    assert [kind for kind, _, _ in found] == ["DENY"], found
    background = document_statements_of(
        "The clashes pitted the army against a splinter faction that has rejected calls to disarm.", "2026-04-02")
    assert "DENY" not in [kind for kind, _, _ in background], background


def test_a_refusal_in_the_content_is_a_denial(document_statements_of):
    found = document_statements_of(
        "The Arakan Army said it would not sign any truce while the junta kept bombing villages.", "2026-04-02")
    assert "DENY" in [kind for kind, _, _ in found], found


def test_an_offer_to_mediate_is_a_pledge(document_statements_of):
    found = document_statements_of("Kenya offered to host talks between the two factions.", "2026-04-02")
    assert [kind for kind, _, _ in found] == ["PLEDGE"], found


def test_a_party_named_by_a_charge_is_accused_and_a_claim_named_is_denied(document_statements_of):
    charged = document_statements_of(
        "The defence ministry branded the gunmen mercenaries paid from abroad.", "2026-04-02")
    assert "ACCUSE" in [kind for kind, _, _ in charged], charged
    denied = document_statements_of(
        "Kigali called the allegation \u201cabsurd\u201d and urged Kinshasa to return to the talks.", "2026-04-02")
    assert "DENY" in [kind for kind, _, _ in denied], denied


def test_whose_leader_without_a_comma_leads_the_group(pipeline):
    relations = relations_of(pipeline, "The raid was carried out by the Gran Grif gang, whose leader Luckson "
                                       "Elan has been under U.N. sanctions since 2024.")
    assert ("Luckson Elan", "leader_of", "Gran Grif") in relations, relations


def test_the_junta_of_a_named_officer_is_the_government_he_leads(pipeline):
    relations = relations_of(pipeline, "The junta of General Assimi Goita expelled the French ambassador "
                                       "from Mali on Friday.")
    assert ("Assimi Goita", "leader_of", "Government of Mali") in relations, relations


def test_sides_that_fight_each_other_oppose_each_other(pipeline):
    relations = relations_of(pipeline, "The Kachin Independence Army and the Myanmar military shelled each "
                                       "other's positions near Bhamo on Sunday.")
    assert opposed(relations, "Kachin Independence Army", "Military Forces of Myanmar"), relations


def test_the_one_helped_against_a_foe_fights_it(pipeline):
    relations = relations_of(pipeline, "Turkey, which backs the Syrian National Army against the Syrian "
                                       "Democratic Forces, sent more armour to Afrin.")
    assert ("Syrian National Army", "backed_by", "Turkey") in relations, relations
    assert opposed(relations, "Syrian National Army", "Syrian Democratic Forces"), relations
