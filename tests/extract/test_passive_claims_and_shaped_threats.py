"""Claims told in the passive ("in an attack claimed by X") and by a group's outlet, threats told
by their shape ("we will dismantle every camp", "every fighter who crosses will be buried"), a
side's account of its own blow that also charges the other side ("came under fire from X", "avenged
comrades slaughtered by the army"), and counts of "them" after a pursuit."""

from __future__ import annotations

from sitrep.model import Article
from tests.extract.statement_helpers import targets_of_kind


def kinds_of(found) -> list[str]:
    return [kind for kind, _, _ in found]


def test_an_attack_claimed_by_a_group_is_its_claim_and_its_attack(pipeline):
    document = pipeline.extract_one(Article(
        text="Gunmen killed five police officers at a checkpoint in Turbat on Monday in an attack claimed "
             "by the Balochistan Liberation Army.", published="2026-04-02"))
    names = {actor.id: actor.name for actor in document.actors}
    claims = [s for s in document.statements if s.kind == "CLAIM"]
    assert claims and names[claims[0].speaker] == "Balochistan Liberation Army"
    assert claims[0].targets, "a claim of responsibility is against whom the attack struck"
    attacks = [e for e in document.events if e.type == "ASSAULT"]
    assert attacks and [names[a] for a in attacks[0].actors] == ["Balochistan Liberation Army"]


def test_responsibility_claimed_by_a_group_in_the_next_sentence(statements_of):
    found = statements_of("Suicide bombers stormed an army camp near Bannu on Friday, killing four soldiers. "
                          "Responsibility was claimed by Tehrik-i-Taliban Pakistan.")
    assert ("CLAIM", "Tehrik-i-Taliban Pakistan") in [(kind, speaker) for kind, speaker, _ in found]


def test_a_claim_that_denies_nothing_is_not_made_by_no_one(statements_of):
    found = statements_of("The attack, which no group claimed, killed three soldiers near Bannu on Friday.")
    assert "CLAIM" not in kinds_of(found)


def test_a_groups_outlet_speaks_for_the_group(statements_of):
    found = statements_of("Islamic State's Amaq news agency said its fighters had killed 12 soldiers in Borno.")
    assert ("CLAIM", "Islamic State") in [(kind, speaker) for kind, speaker, _ in found]


def test_a_demonym_parsed_as_a_second_object_names_the_forces(statements_of):
    found = statements_of("Armenia accused Azerbaijani forces on Monday of firing on a border post.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and "Military Forces of Azerbaijan" in accusations[0]


def test_a_promised_blow_is_a_threat(statements_of):
    found = statements_of('"We will dismantle every rebel camp in these hills," the commander told reporters.')
    assert "THREATEN" in kinds_of(found)


def test_a_fate_for_whoever_crosses_is_a_threat(statements_of):
    found = statements_of('"Every fighter who crosses the river will be buried on its banks," the army '
                          'spokesman said.')
    assert "THREATEN" in kinds_of(found)


def test_a_promise_to_rebuild_is_no_threat(statements_of):
    found = statements_of('"We will rebuild every school in the district," the governor said.')
    assert "THREATEN" not in kinds_of(found)


def test_coming_under_fire_from_the_other_side_is_a_claim_and_a_charge(statements_of):
    found = statements_of("The army said its troops had come under fire from RSF snipers near Babanusa and "
                          "had only responded.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and accusations[0] == ["Rapid Support Forces"]


def test_repelling_an_attack_by_the_other_side_is_only_a_claim(statements_of):
    found = statements_of("The army said its troops had repelled an attack by the RSF on Babanusa.")
    assert "ACCUSE" not in kinds_of(found)


def test_what_an_unowned_strike_hit_is_the_strikers_claim(statements_of):
    found = statements_of('The military said the strike had hit "a gathering of Arakan Army fighters" near '
                          'Kyauktaw.')
    assert "CLAIM" in kinds_of(found) and "ACCUSE" not in kinds_of(found)


def test_a_strike_that_killed_civilians_is_no_claim(statements_of):
    found = statements_of("The army said the strike had killed 30 civilians in the market of Kyauktaw.")
    assert "CLAIM" not in kinds_of(found)


def test_vengeance_for_the_other_sides_act_charges_it(statements_of):
    found = statements_of("A JNIM commander said the ambush avenged herders slaughtered by the army near "
                          "Djibo last month.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and any(name.startswith("Military Forces") for name in accusations[0])


def test_fighters_of_its_unit_are_the_speakers_own(statements_of):
    found = statements_of("The BLA said fighters of its Fateh Squad had destroyed two army trucks near Kalat.")
    assert ("CLAIM", "Balochistan Liberation Army") in [(kind, speaker) for kind, speaker, _ in found]


def test_a_count_of_them_after_a_pursuit_is_of_the_pursued(pipeline):
    document = pipeline.extract_one(Article(
        text="Soldiers pursuing the gunmen killed nine of them near Tillaberi on Sunday.", published="2026-04-02"))
    names = {actor.id: actor.name for actor in document.actors}
    killings = [e for e in document.events if e.type == "ASSAULT"]
    assert killings and any(names[t].startswith("Unidentified Armed Group") for t in killings[0].targets)


def test_a_deliberate_attack_on_civilians_is_a_charge(statements_of):
    found = statements_of("A drone struck a bus in Belgorod, killing the driver, the governor said, calling it "
                          "a deliberate attack on civilians.")
    assert "ACCUSE" in kinds_of(found)
