"""Who fights whom told without a verb of fighting: "waged an insurgency against the Pakistani
state" (a state named by its demonym), "competes with JNIM for the routes", "the clash pitted X
against Y"."""

from __future__ import annotations

from sitrep.model import Article
from tests.extract.relation_helpers import relations_of


def test_an_insurgency_against_a_demonym_state_opposes_the_state(pipeline):
    found = relations_of(pipeline, (
        "The TTP, an ideological ally of the Afghan Taliban, has waged an insurgency against the "
        "Pakistani state since 2007."))
    assert ("Tehrik-i-Taliban Pakistan", "opposes", "Pakistan") in found


def test_a_region_called_a_state_is_no_country(pipeline):
    document = pipeline.extract_one(Article(
        text="Gunmen abducted 38 worshippers from a church in Nigeria's Zamfara state and in the "
             "northeastern Nigerian state of Borno on Sunday, police said.",
        published="2026-03-04"))
    assert not any(actor.kind == "state" and actor.name == "Nigeria" and any(
        "state" in mention.text for mention in actor.mentions) for actor in document.actors)


def test_a_group_that_competes_with_another_opposes_it(pipeline):
    found = relations_of(pipeline, (
        "Islamic State Sahel Province, which competes with JNIM for control of the smuggling routes "
        "along the frontier, claimed the assault on Monday."))
    assert ("Islamic State Sahel Province", "opposes", "Jama'at Nusrat al-Islam wal-Muslimin") in found


def test_the_sides_a_clash_pitted_against_each_other_oppose_each_other(pipeline):
    found = relations_of(pipeline, (
        "The clash pitted Boko Haram against Islamic State West Africa Province near Lake Chad, "
        "residents said."))
    assert ("Boko Haram", "opposes", "Islamic State West Africa Province") in found


def test_its_unit_in_a_clause_that_names_no_actor_is_the_tellers(pipeline):
    found = relations_of(pipeline, (
        "The Philippine army's 8th Infantry Division said the fighting broke out when soldiers of its "
        "20th Infantry Battalion responded to reports that rebels were extorting farmers."))
    assert ("20th Infantry Battalion", "part_of", "8th Infantry Division") in found


def test_a_branch_of_a_described_whole_led_by_a_person_is_the_one_led(pipeline):
    found = relations_of(pipeline, (
        "Drone operators of the Unmanned Systems Forces, a branch of Ukraine's armed forces commanded "
        "by Robert Brovdi, struck a fuel depot near Donetsk on Monday."))
    assert ("Robert Brovdi", "leader_of", "Unmanned Systems Forces") in found


def test_a_faction_of_a_named_cartel_led_by_a_person_is_the_one_led(pipeline):
    found = relations_of(pipeline, (
        "Hitmen working for Los Chapitos, the faction of the Sinaloa Cartel led by Iván Archivaldo "
        "Guzmán, killed six people in Culiacán on Monday."))
    assert not any(subject.endswith("Guzmán") and predicate == "leader_of" and obj == "Sinaloa Cartel"
                   for subject, predicate, obj in found)
    assert any(predicate == "leader_of" and obj == "Los Chapitos" for _, predicate, obj in found)
