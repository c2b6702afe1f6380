"""A fighting side's added or quoted count of enemies killed is its claim; a plain count is the
report of the event. A vow to take a town or drive an enemy out is a threat. Sentences written
for these tests."""

import pytest

from sitrep.model import Article


def _kinds(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-12"))
    return [s.kind for s in document.statements]


@pytest.mark.parametrize("text", [
    "Jihadists overran an army post near Djibo in Burkina Faso on Sunday. Troops retook the post the "
    "next day, the communication ministry said, adding that dozens of terrorists had been killed.",
    "Bandits attacked a village in Zamfara state, Nigeria, on Friday. The air force said its jets had "
    "bombed the camp, and that \"scores of bandits\" were neutralised.",
])
def test_an_added_or_quoted_enemy_toll_is_a_claim(pipeline, text):
    kinds = _kinds(pipeline, text)
    assert "CLAIM" in kinds and "ACCUSE" not in kinds


def test_a_plain_toll_reports_the_event(pipeline):
    kinds = _kinds(pipeline, "Gunmen attacked a border post in Chad on Monday. Army spokesman Colonel Ali "
                             "Hassan said 23 of the attackers had been killed.")
    assert "CLAIM" not in kinds


@pytest.mark.parametrize("text", [
    "The RSF called him a traitor and vowed to take Dilling within days.",
    "The militia vowed to drive the foreign mercenaries out of Haut-Mbomou.",
    "The junta vowed to purge the country of these terrorists.",
])
def test_a_vow_to_take_or_drive_out_is_a_threat(pipeline, text):
    assert "THREATEN" in _kinds(pipeline, text)


def test_a_vow_to_take_part_is_no_threat(pipeline):
    assert "THREATEN" not in _kinds(pipeline, "The rebels vowed to take part in the talks in Doha next week.")


def test_whom_a_fight_goes_on_until_is_the_threat_s_target(pipeline):
    document = pipeline.extract_one(Article(
        text="Fano fighters ambushed an army convoy in Amhara, Ethiopia, on Monday. \"We will keep fighting until "
             "the regime in Addis Ababa falls,\" AFNM spokesman Assefa Mulugeta told Reuters.",
        published="2026-05-12"))
    names = {actor.id: actor.name for actor in document.actors}
    threats = [s for s in document.statements if s.kind == "THREATEN"]
    assert threats and [names[t] for t in threats[0].targets] == ["Government of Ethiopia"]


def test_a_report_the_next_sentence_calls_unverified_is_a_claim(pipeline):
    text = ("PORT SUDAN (Reuters) - The army said on Tuesday its warplanes had destroyed a hangar at Nyala "
            "airport. Neither account could be independently verified.")
    assert _kinds(pipeline, text) == ["CLAIM"]
    plain = "PORT SUDAN (Reuters) - The army said on Tuesday its warplanes had destroyed a hangar at Nyala airport."
    assert "CLAIM" not in _kinds(pipeline, plain)


def test_a_side_s_own_losses_are_no_claim(pipeline):
    opening = "Army jets bombed RSF positions near Bara in Sudan on Monday. The RSF spokesman spoke to reporters "
    assert "CLAIM" in _kinds(pipeline, opening + "on Tuesday, adding that two \"terrorists\" had been killed.")
    assert "CLAIM" not in _kinds(pipeline, opening + "on Tuesday, adding that two of its fighters had been killed.")
