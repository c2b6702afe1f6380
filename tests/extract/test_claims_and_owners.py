"""Whom a claim is against when its words name no one — the claimant's enemy in the article, or
whom the deed it owns struck — and whose a phrase is when a second "of" follows: "the junta of
'collective punishment' of civilians" is the junta."""

from __future__ import annotations

from sitrep.model import Article
from tests.extract.relation_helpers import relations_of
from tests.extract.statement_helpers import targets_of_kind


def test_a_claim_of_a_blow_struck_is_against_the_claimants_enemy_told_before(document_statements_of):
    found = document_statements_of(
        "Fighters of the Rapid Support Forces attacked the army's 22nd Infantry Division in Babanusa "
        "on Monday, residents said. On Tuesday the RSF said its fighters had stormed the base and "
        "seized tanks and artillery.", "2026-03-04")
    claims = targets_of_kind(found, "CLAIM")
    assert claims and claims[-1] and set(claims[-1]) <= {"22nd Infantry Division", "Military Forces of Sudan"}


def test_a_claim_against_an_enemy_leaves_out_the_civilians_its_side_struck(document_statements_of):
    found = document_statements_of(
        "Taliban fighters attacked a Pakistani border post near Chaman on Sunday, killing two "
        "soldiers, Pakistan's military said. The military said its troops had destroyed several "
        "Afghan posts in response.",
        "2026-03-04")
    claims = targets_of_kind(found, "CLAIM")
    assert claims and "Taliban" in claims[-1]


def test_a_claim_of_an_attack_told_of_others_is_against_whom_it_struck(document_statements_of):
    found = document_statements_of(
        "Rebels of the Allied Democratic Forces killed 31 villagers with machetes in Lubero territory "
        "on Sunday, the army said. Islamic State claimed the attack through its Amaq news agency.",
        "2026-03-04")
    claims = targets_of_kind(found, "CLAIM")
    assert claims and claims[-1] and all(name.startswith("Civilians") for name in claims[-1])


def test_the_owner_of_a_generic_name_is_not_read_through_another_noun(statements_of):
    found = statements_of(
        "The Arakan Army (AA) captured the town of Paletwa on Monday. The AA accused the junta of "
        "\"collective punishment\" of civilians in areas under its control.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and accusations[0] and not any(name.startswith("Civilians") for name in accusations[0])


def test_fighters_counted_from_a_group_are_still_the_groups(pipeline):
    found = relations_of(pipeline, (
        "Hundreds of jihadists from the al Qaeda-linked group JNIM stormed army positions in the "
        "northern town of Djibo on Saturday, residents said."))
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "opposes", "Military Forces of Burkina Faso") in found


def test_the_federal_government_is_the_states_not_the_regions_named_before(statements_of):
    found = statements_of(
        "Jihadists attacked an army base in Marte on Monday, killing nine soldiers. Borno's governor "
        "urged the federal government to give the troops surveillance drones of their own.")
    appeals = targets_of_kind(found, "APPEAL")
    assert appeals and appeals[0] == ["Government of Nigeria"]


def test_capitals_called_on_are_their_governments(statements_of):
    found = statements_of(
        "Gunmen killed four border guards near Zubin Potok on Monday. KFOR appealed to Pristina and "
        "Belgrade to avoid inflammatory rhetoric. Colombia's foreign ministry called on Caracas to "
        "share any evidence.")
    appeals = targets_of_kind(found, "APPEAL")
    assert set(appeals[0]) == {"Government of Kosovo", "Government of Serbia"}
    assert appeals[1] == ["Government of Venezuela"]


def test_a_capital_where_something_happens_stays_a_place(statements_of):
    found = statements_of(
        "Protesters marched on Caracas on Monday. The opposition called on supporters in Caracas to "
        "stay at home.")
    assert not any("Government of Venezuela" in targets for _, _, targets in found)


def actor_names(pipeline, text: str) -> set[str]:
    """The canonical names of the actors extracted from one article."""
    return {actor.name for actor in pipeline.extract_one(Article(text=text, published="2026-03-04")).actors}


def test_soldiers_counted_after_an_attack_on_a_states_troops_are_that_states(pipeline):
    names = actor_names(pipeline, "Gunmen attacked Nigerian troops near Jenin on Monday, killing two soldiers.")
    assert "Military Forces of Nigeria" in names
    assert "Military Forces of Palestine" not in names


def test_an_appeal_to_both_sides_goes_to_the_party_a_unit_fights_for(document_statements_of):
    found = document_statements_of(
        "Fighters of the Quds Brigades, the armed wing of Islamic Jihad, attacked Israeli troops near "
        "Khan Younis on Monday, killing two soldiers, the Israeli military said. Egypt urged both "
        "sides to show restraint.", "2026-03-04")
    appeals = targets_of_kind(found, "APPEAL")
    assert appeals and set(appeals[0]) == {"Palestinian Islamic Jihad", "Military Forces of Israel"}


def test_with_no_fighting_told_the_warring_parties_are_those_at_odds(document_statements_of):
    found = document_statements_of(
        "Sudan's foreign ministry blamed the Rapid Support Forces for the shelling of a market in "
        "Dilling. The U.N. humanitarian coordinator urged the warring parties to let food convoys "
        "through.", "2026-03-04")
    appeals = targets_of_kind(found, "APPEAL")
    assert appeals and "Rapid Support Forces" in appeals[0]


def test_a_compass_word_before_a_demonym_on_a_compound_makes_another_country(pipeline):
    names = actor_names(pipeline, "Fighters of the White Army attacked a South Sudanese army base near Nasir on Monday.")
    assert "Military Forces of South Sudan" in names
    assert "Military Forces of Sudan" not in names
