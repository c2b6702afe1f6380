"""Sides named by their men ("gunmen of X", "Druze fighters"), the side a count or a held place
belongs to, whom a claim of responsibility and a pledge are about, short names that head an
organisation's name ("the volunteers"), what an enemy label may refer to, and the leader of a
government named by his possessive. Sentences written for these tests."""

import pytest

from sitrep.model import Article
from sitrep.resolve.actors import lookup
from tests.extract.relation_helpers import relations_of


def _document(pipeline, text, published="2026-04-14"):
    return pipeline.extract_one(Article(text=text, published=published))


def _event_sides(pipeline, text):
    document = _document(pipeline, text)
    names = {actor.id: actor.name for actor in document.actors}
    return [([names[a] for a in e.actors], [names[t] for t in e.targets]) for e in document.events
            if e.type == "ASSAULT"]


def test_gunmen_of_a_named_group_are_that_group_however_of_is_attached(pipeline):
    relations = relations_of(pipeline, "Heavy fighting between the 444th Combat Brigade and gunmen of the "
                                       "Stability Support Apparatus went on for hours in southern Tripoli.")
    assert ("444th Combat Brigade", "opposes", "Stability Support Apparatus") in relations
    assert not any("Unidentified" in s or "Unidentified" in o for s, _, o in relations)


def test_a_backer_before_the_group_does_not_own_its_fighters(pipeline):
    sides = _event_sides(pipeline, "Militants of the al-Qaeda-linked JNIM ambushed a supply convoy near "
                                   "Boni on Thursday.")
    assert any("Jama'at Nusrat al-Islam wal-Muslimin" in actors for actors, _ in sides)
    assert not any("al-Qaeda" in actors for actors, _ in sides)


def test_an_unknown_name_worn_by_armed_men_is_their_group(pipeline):
    document = _document(pipeline, "Clashes between Druze fighters and Bedouin gunmen near Shahba killed "
                                   "nine people on Monday.")
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds.get("Druze") == "armed_group"
    assert kinds.get("Bedouin") == "armed_group"


def test_a_count_after_a_pursuit_is_of_the_people_pursued(pipeline):
    sides = _event_sides(pipeline, "Boko Haram fighters raided the village of Kerawa on Sunday, killing "
                                   "eight people. Cameroonian troops pursued the attackers towards the border "
                                   "and killed four, the army said.")
    assert (["Military Forces of Cameroon"], ["Boko Haram"]) in sides


def test_whoever_holds_the_place_struck_is_the_side_struck(pipeline):
    relations = relations_of(pipeline, "Israeli jets struck a fuel depot outside the Houthi-held port of "
                                       "Ras Isa on Friday.")
    assert ("Military Forces of Israel", "opposes", "Houthis") in relations


def test_a_place_is_never_read_as_a_person_named_after_it():
    assert lookup("Baghdad") is None
    assert lookup("al-Baghdadi") is not None


def test_a_dotted_abbreviation_still_backs_the_group(pipeline):
    relations = relations_of(pipeline, "The U.S.-backed Syrian Democratic Forces said they had repelled an "
                                       "attack near Tabqa.")
    assert ("Syrian Democratic Forces", "backed_by", "United States") in relations


def test_a_claim_of_responsibility_is_against_whom_the_attack_struck(document_statements_of):
    statements = document_statements_of("Gunmen stormed a police post in Bannu on Tuesday, killing three "
                                        "policemen, officials said. Tehreek-e-Taliban Pakistan claimed "
                                        "responsibility for the attack in a message to reporters.")
    claims = [targets for kind, _, targets in statements if kind == "CLAIM"]
    assert claims and "Police Forces of Pakistan" in claims[0]


@pytest.mark.parametrize(("text", "target"), [
    ("The Alliance of Sahel States condemned the raid and pledged to send aircraft to support the "
     "Nigerien army.", "Military Forces of Niger"),
    ("Turkey's foreign ministry condemned the bombing and said Ankara would cooperate with Baghdad to "
     "secure the border.", "Government of Iraq"),
])
def test_a_pledge_is_for_whom_it_helps(document_statements_of, text, target):
    pledges = [targets for kind, _, targets in document_statements_of(text) if kind == "PLEDGE"]
    assert pledges and target in pledges[0]


def test_a_noun_heading_a_name_given_before_is_that_organisation(document_statements_of):
    statements = document_statements_of("Jihadists killed 14 members of the Volunteers for the Defence of the "
                                        "Homeland near Djibo on Saturday. The defence minister praised the "
                                        "courage of the volunteers.")
    praise = [targets for kind, _, targets in statements if kind == "PRAISE"]
    assert praise and praise[0] == ["Volunteers for the Defence of the Homeland"]


def test_an_enemy_label_never_refers_to_a_militia_its_state_backs(document_statements_of):
    statements = document_statements_of("Suspected jihadists killed 11 members of the Volunteers for the "
                                        "Defence of the Homeland at Sebba on Sunday. The minister vowed that the "
                                        "army would hunt the terrorists down.")
    threats = [targets for kind, _, targets in statements if kind == "THREATEN"]
    assert threats and "Volunteers for the Defence of the Homeland" not in threats[0]


def test_the_person_whose_government_it_is_leads_it(pipeline):
    relations = relations_of(pipeline, "CARACAS (Reuters) - Venezuela sent troops to the coast on Monday. "
                                       "President Nicolás Maduro's government put the navy on alert.")
    assert ("Nicolás Maduro", "leader_of", "Government of Venezuela") in relations


@pytest.mark.parametrize("quote", [
    '"There is nowhere left for them to hide in these hills," the governor said.',
    '"These criminals will never take this town," the commander said.',
    '"The hunt continues," the army spokesman said.',
])
def test_fates_promised_to_an_adversary_threaten(document_statements_of, quote):
    assert "THREATEN" in [kind for kind, _, _ in document_statements_of(quote)]


def test_words_of_horror_condemn(document_statements_of):
    kinds = [kind for kind, _, _ in document_statements_of('The UN envoy called the shelling of the camp '
                                                           '"despicable".')]
    assert kinds == ["CONDEMN"]
