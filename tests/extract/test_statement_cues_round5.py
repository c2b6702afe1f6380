"""Statement cues, round 5: verbs that name what they condemn ("branded", "termed"), appeals that
need an act ("pressed X to"), denials of figures ("disputed"), and a reported appeal that is
not counted twice when another verb sources it. Sentences written for these tests."""

import pytest


@pytest.fixture(scope="module")
def statements_of(statements_with_names):
    def run(text: str):
        statements, names = statements_with_names(text)
        return [(s.kind, names.get(s.speaker), [names.get(t) for t in s.targets]) for s in statements]

    return run


def test_branding_an_attack_condemns_its_doer(statements_of):
    found = statements_of("Kyiv termed the Russian shelling of Kherson a war crime.")
    ((kind, _, targets),) = found
    assert kind == "CONDEMN"
    assert targets and "Russia" in targets[0]


def test_labelled_without_a_name_given_is_no_statement(statements_of):
    assert statements_of("Soldiers labelled the crates before loading them onto trucks in Goma.") == []


def test_pressing_for_an_act_is_an_appeal(statements_of):
    found = statements_of("The Arab League pressed both sides to observe the truce in Khartoum.")
    assert [kind for kind, _, _ in found] == ["APPEAL"]


def test_pressing_charges_is_no_appeal(statements_of):
    assert statements_of("Police pressed charges against two men in Mombasa on Monday.") == []


def test_disputed_figures_are_a_denial(statements_of):
    found = statements_of("The Sudanese army disputed the casualty figures given by the Rapid Support Forces.")
    ((kind, speaker, targets),) = found
    assert kind == "DENY"
    assert targets == ["Rapid Support Forces"]


def test_an_appeal_sourced_by_another_verb_is_one_statement(statements_of):
    found = statements_of(
        "Baghdad urged Ankara to withdraw its troops from the Bashiqa camp, the foreign ministry said.")
    assert [kind for kind, _, _ in found] == ["APPEAL"]


def test_reason_given_for_an_attack_is_a_claim_not_a_threat(statements_of):
    found = statements_of(
        "NPA rebels ambushed an army patrol in Samar on Monday. The rebels' spokesperson said on "
        "Facebook that the ambush was retaliation for the killing of a farmers' leader.")
    assert "CLAIM" in [kind for kind, _, _ in found]
    assert "THREATEN" not in [kind for kind, _, _ in found]


def test_vow_to_keep_attacking_is_a_threat(statements_of):
    found = statements_of("The Ambazonia Defence Forces vowed to keep attacking soldiers in the North-West region.")
    assert [kind for kind, _, _ in found] == ["THREATEN"]


def test_insisting_that_asserts_and_insisting_on_demands(statements_of):
    asserted = statements_of("The minister insisted that the army had not shelled the market in Kharkiv.")
    assert "DEMAND" not in [kind for kind, _, _ in asserted]
    demanded = statements_of("The African Union insisted on an immediate withdrawal of foreign forces from Sudan.")
    assert [kind for kind, _, _ in demanded] == ["DEMAND"]


def test_relative_clause_on_the_speaker_is_no_statement(statements_of):
    found = statements_of(
        "Zaire, a rival militia that claims to protect the Hema community, vowed revenge in a message posted on Facebook.")
    assert "CLAIM" not in [kind for kind, _, _ in found]


def test_habitual_violence_against_civilians_in_a_quote_accuses(statements_of):
    found = statements_of('"The army punishes civilians for every attack on its soldiers," said the Anglophone '
                          'civil society leader Agbor Nkongho in Bamenda.')
    assert [kind for kind, _, _ in found] == ["ACCUSE"]


def test_pinning_the_blame_accuses(statements_of):
    found = statements_of("The Ethiopian government pointed the finger at the TPLF for the attack on Mekelle.")
    ((kind, _, targets),) = found
    assert kind == "ACCUSE" and targets == ["Tigray People's Liberation Front"]
    assert statements_of("The officer pointed to the map of Mekelle.") == []


def test_an_appeal_to_no_actor_takes_no_target_from_what_is_asked(statements_of):
    found = statements_of("Haiti's prime minister pleaded with the international community to send more police.")
    ((kind, _, targets),) = found
    assert kind == "APPEAL" and targets == []
