"""Whose self-report is a claim, the reason given beside another act that blames a party, and a
quotation that speaks of another party anywhere in it. Sentences written for these tests."""

import pytest


def _kinds(found):
    return [kind for kind, _, _ in found]


def test_an_armed_groups_report_of_its_own_new_operation_is_a_claim(document_statements_of):
    found = document_statements_of(
        "The Arakan Army said on Monday its fighters had shot down a military helicopter near "
        "Maungdaw.", "2026-03-10")
    assert ("CLAIM", "Arakan Army") in [(kind, speaker) for kind, speaker, _ in found]


def test_a_state_forces_quoted_account_of_its_operation_is_a_claim(document_statements_of):
    found = document_statements_of(
        "Bandits stormed a village in Zamfara state at the weekend, residents said. The Nigerian army "
        "said on Monday its troops had \u201cneutralised\u201d 14 of the attackers near Zurmi.", "2026-03-10")
    assert "CLAIM" in _kinds(found)


@pytest.mark.parametrize("text, act, blamed", [
    ("Sudan's foreign ministry rejected the report on Tuesday, saying the Rapid Support Forces had "
     "shelled the camp themselves.", "DENY", "Rapid Support Forces"),
    ("The governor of Lower Shabelle appealed to the federal government to send reinforcements, saying "
     "al-Shabaab fighters had been extorting farmers for weeks.", "APPEAL", "al-Shabaab"),
])
def test_a_reason_that_tells_what_another_party_did_is_a_charge(document_statements_of, text, act, blamed):
    found = document_statements_of(text, "2026-03-10")
    assert act in _kinds(found)
    assert any(kind == "ACCUSE" and blamed in targets for kind, _, targets in found)


@pytest.mark.parametrize("text", [
    # the claim goes on: what the claimant says of its victims is no separate charge
    "Al-Shabaab claimed the bombing through its radio station, saying the officers killed were "
    "working for the occupiers.",
    # what the other party does not do is no charge
    "The Taliban government rejected the charge, saying Pakistan does not allow anyone to use its "
    "soil against its neighbours.",
])
def test_a_reason_that_is_no_charge_adds_no_accusation(document_statements_of, text):
    found = document_statements_of(text, "2026-03-10")
    assert "ACCUSE" not in _kinds(found)


def test_a_quote_about_another_partys_acts_accuses_it_wherever_it_is_named(document_statements_of):
    found = document_statements_of(
        "\u201cEvery Turkish drone strike is a gift to the remnants of Islamic State,\u201d said Farhad "
        "Shami, a spokesman for the Syrian Democratic Forces.", "2026-03-10")
    assert [kind for kind, speaker, _ in found if speaker == "Farhad Shami"] == ["ACCUSE"]
