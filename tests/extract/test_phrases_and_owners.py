"""Whose a phrase is: "the army and allied fighters of X" names two sides, "the authorities of
abandoning inmates" owns nothing, "the alliance" is the alliance named before, and "the group's
leader, X" is the person."""

from __future__ import annotations

from tests.extract.relation_helpers import relations_of
from tests.extract.statement_helpers import targets_of_kind


def test_an_army_and_allied_fighters_of_a_coalition_both_fight(pipeline):
    # the parser makes "army and allied" a modifier of "fighters"
    found = relations_of(pipeline, (
        "Mali's military and allied fighters of the Dan Na Ambassagou militia, a Dogon self-defence "
        "group, recaptured the village of Boni from the Islamic State Sahel Province on Sunday, the "
        "army said."))
    assert ("Military Forces of Mali", "opposes", "Islamic State Sahel Province") in found
    assert ("Dan Na Ambassagou", "opposes", "Islamic State Sahel Province") in found


def test_an_accusation_of_a_misdeed_is_aimed_at_the_accused_not_at_the_victims_named_in_it(statements_of):
    found = statements_of(
        "TEGUCIGALPA (AP) - Barrio 18 gunmen shot dead seven prisoners at a jail outside the capital "
        "on Saturday, police said. A rights group accused the authorities of \"abandoning prisoners "
        "to the gangs\" and demanded an inquiry.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and "Government of Honduras" in accusations[0]
    assert "Barrio 18" not in accusations[0]


def test_the_alliance_is_the_alliance_named_before_not_the_nearest_group(statements_of):
    found = statements_of(
        "Fighters of the Southern Movement Alliance clashed with STC forces near Mukalla on Monday. "
        "The STC said its Hadrami Elite Forces had only returned fire and accused the alliance of "
        "smuggling weapons to the Houthis.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and "Southern Movement Alliance" in accusations[0]
    assert "Hadrami Elite Forces" not in accusations[0]


def test_a_charge_against_a_leader_named_in_apposition_is_aimed_at_the_person(statements_of):
    found = statements_of(
        "Fighters of the Southern Movement Alliance clashed with the Hadrami Elite Forces near "
        "Mukalla on Monday. The Southern Transitional Council accused the alliance's leader, Salem "
        "bin Ruwais, of colluding with the Houthis.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and accusations[0] == ["Salem bin Ruwais"]


def test_an_appeal_to_both_sides_is_aimed_at_the_sides_the_article_tells_fighting(document_statements_of):
    found = document_statements_of(
        "Fighters of the White Army attacked a South Sudanese army base near Nasir on Monday, "
        "killing 12 soldiers, the army said. The army said it had repelled the assault. The African "
        "Union urged both sides to return to talks.", "2026-03-02")
    appeals = targets_of_kind(found, "APPEAL")
    assert appeals and set(appeals[0]) == {"White Army", "Military Forces of South Sudan"}


def test_an_appeal_to_all_parties_leaves_out_civilians_and_the_speakers_own_side(document_statements_of):
    found = document_statements_of(
        "M23 rebels shelled Wazalendo positions near Masisi on Tuesday, and Burundian troops "
        "attacked M23 near Minembwe, killing four civilians, residents said. MONUSCO, the U.N. "
        "mission, urged all parties to spare civilians.", "2026-03-02")
    appeals = targets_of_kind(found, "APPEAL")
    assert appeals and {"March 23 Movement", "Wazalendo"} <= set(appeals[0])
    assert not any(name.startswith("Civilians") for name in appeals[0])
