"""Acts a sentence tells beside its verb: "rejected any role in the attacks" disowns (a denial,
not a refusal), and content the reporter calls "a charge" in apposition is an accusation."""

from __future__ import annotations

from tests.extract.statement_helpers import targets_of_kind


def kinds_of(found) -> list[str]:
    return [kind for kind, _, _ in found]


def test_rejecting_any_role_is_a_denial(statements_of):
    found = statements_of(
        "Gunmen killed four police officers in Urabá on Monday. The Clan del Golfo rejected any role "
        "in the attacks, blaming the killings on criminals who want to sink the peace talks.")
    assert "DENY" in kinds_of(found)
    assert "ACCUSE" in kinds_of(found)


def test_rejecting_an_accord_already_made_is_still_no_statement(statements_of):
    found = statements_of(
        "Fighters of a faction that rejected the 2016 peace accord attacked two army posts in Guaviare "
        "on Monday, the army said.")
    assert "DENY" not in kinds_of(found)


def test_content_called_a_charge_is_an_accusation_of_the_parties_it_names(statements_of):
    found = statements_of(
        "The Indian army said Pakistani troops had tried to help militants slip across the line, a "
        "charge Islamabad has long denied.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and "Military Forces of Pakistan" in accusations[0]


def test_content_a_report_calls_a_claim_is_no_accusation(statements_of):
    found = statements_of(
        "The Russian military said its forces had taken the village of Kindrashivka, a claim Ukraine's "
        "General Staff dismissed.")
    assert "ACCUSE" not in kinds_of(found)
