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
