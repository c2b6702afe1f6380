"""Relations v3: opposes from hostile events, patrons in appositions and relative clauses, titles,
owned units and lists of members; and the country accuracy of the actors part. Sentences written
for these tests, in several regions."""

from __future__ import annotations

from sitrep.evaluate.report import Report
from sitrep.evaluate.schema import GoldActor, GoldRecord, Span
from sitrep.evaluate.score import Scorer
from tests.extract.relation_helpers import opposed, relations_of
from tests.evaluate.eval_helpers import actor, document


_relations = relations_of
_opposes = opposed


def test_hostile_event_makes_its_sides_opponents(pipeline):
    found = _relations(pipeline, "Al-Shabaab fighters ambushed a convoy of Kenya Defence Forces near "
                                 "Mandera on Friday, killing six soldiers, police said.")
    assert _opposes(found, "al-Shabaab", "Military Forces of Kenya")


def test_attack_on_civilians_is_no_opposition(pipeline):
    found = _relations(pipeline, "Boko Haram gunmen killed 12 civilians in a raid on a village near "
                                 "Maiduguri on Sunday, residents said.")
    assert not any(predicate == "opposes" for _, predicate, _ in found)


def test_threatened_attack_is_no_opposition(pipeline):
    found = _relations(pipeline, "The Houthis threatened on Monday to target Saudi Arabia if the "
                                 "blockade continued.")
    assert not _opposes(found, "Houthis", "Saudi Arabia")


def test_state_named_as_the_place_is_no_target(pipeline):
    found = _relations(pipeline, "Turkish drones struck suspected PKK hideouts in northern Iraq on "
                                 "Thursday, the ministry said.")
    assert not any(predicate == "opposes" and obj == "Iraq" for _, predicate, obj in found)


def test_patron_and_membership_in_one_apposition(pipeline):
    found = _relations(pipeline, "Harakat al-Nujaba, an Iran-backed militia that is part of the "
                                 "Popular Mobilization Forces, said it would respond.")
    assert ("Harakat Hezbollah al-Nujaba", "backed_by", "Iran") in found
    assert ("Harakat Hezbollah al-Nujaba", "part_of", "Popular Mobilization Forces") in found
    assert ("Iran", "part_of", "Popular Mobilization Forces") not in found


def test_backed_by_through_a_reporting_verb(pipeline):
    found = _relations(pipeline, "The Houthis, which Western officials say are backed by Iran, fired "
                                 "missiles at shipping.")
    assert ("Houthis", "backed_by", "Iran") in found


def test_linked_is_alliance_and_affiliated_is_part(pipeline):
    found = _relations(pipeline, "The al-Qaeda-linked al-Shabaab attacked a base. Islamic State "
                                 "Sahel Province, an Islamic State-affiliated group, claimed a raid.")
    assert ("al-Shabaab", "allied_with", "al-Qaeda") in found


def test_allied_attaches_to_the_nearest_noun(pipeline):
    found = _relations(pipeline, "Clashes between M23 rebels and Wazalendo militias allied with the "
                                 "Congolese army killed nine people in Rutshuru.")
    assert not any(p == "allied_with" and {s, o} == {"March 23 Movement", "Wazalendo"}
                   for s, p, o in found)


def test_title_before_a_name(pipeline):
    found = _relations(pipeline, "Hamas deputy leader Khalil al-Hayya said the talks had stalled.")
    assert ("Khalil al-Hayya", "member_of", "Hamas") in found


def test_bare_minister_belongs_to_the_only_country_named(pipeline):
    text = ("The Ethiopian government said on Monday that talks had resumed. Information Minister "
            "Legesse Tulu said the army would hold its positions.")
    found = _relations(pipeline, text)
    assert ("Legesse Tulu", "member_of", "Government of Ethiopia") in found


def test_bare_minister_with_several_countries_named_is_left_alone(pipeline):
    text = ("Britain and France pledged aid to Sudan on Monday. Foreign Minister Amadou Kebe said "
            "the fighting must stop.")
    found = _relations(pipeline, text)
    assert not any(subject == "Amadou Kebe" for subject, _, _ in found)


def test_former_minister_is_no_member(pipeline):
    found = _relations(pipeline, "The Guinean government said on Friday it had arrested former "
                                 "defence minister Mohamed Diane.")
    assert not any(subject == "Mohamed Diane" and p == "member_of" for subject, p, _ in found)


def test_listed_members_of_an_alliance(pipeline):
    found = _relations(pipeline, "Mali, Burkina Faso and Niger, the three members of the Alliance of "
                                 "Sahel States, signed a defence pact.")
    for state in ("Mali", "Burkina Faso", "Niger"):
        assert (state, "member_of", "Alliance of Sahel States") in found


def test_commander_of_leads(pipeline):
    found = _relations(pipeline, "Mohamed Hamdan Dagalo, commander of the Rapid Support Forces, "
                                 "rejected the truce.")
    assert ("Mohamed Hamdan Dagalo", "leader_of", "Rapid Support Forces") in found


def test_country_accuracy_counts_found_actors_with_a_gold_country():
    text = "Sudanese troops and Chadian rebels clashed."
    gold = GoldRecord(
        id="t", dataset="test", text=text, parts=frozenset({"actors"}),
        exhaustive=frozenset({"actors"}),
        actors=[
            GoldActor(name="Military Forces of Sudan", country="SDN", spans=(Span(0, 15, "Sudanese troops"),)),
            GoldActor(name="Chadian rebels", country="TCD", spans=(Span(20, 34, "Chadian rebels"),)),
            GoldActor(name="Nobody", country="LBY"),  # not found: not counted
        ],
    )
    predicted = document(text, actors=[
        actor(text, "a1", "Military Forces of Sudan", "state_forces", "Sudanese troops", country="SDN"),
        actor(text, "a2", "Unidentified rebels", "armed_group", "Chadian rebels", country=None),
    ])
    scorer = Scorer(only=["actors"])
    scorer.add(gold, predicted)
    country = scorer.result().arguments["actors"]["country"]
    assert (country.correct, country.total) == (1, 2)
    lines = Report(gold_path="g", score=scorer.result()).summary_lines()
    assert "actors: country accuracy=0.500 (1 of 2 found actors with a gold country)" in lines
