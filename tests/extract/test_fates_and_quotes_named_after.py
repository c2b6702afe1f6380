"""Threats told as the fate of an adversary, a quotation whose speaker the next sentence names
through a noun for its words, a state's forces named with its possessive, and wanting a
government toppled. Sentences written for these tests."""

import pytest

from tests.extract.relation_helpers import relations_of


def _kinds(found):
    return [kind for kind, _, _ in found]


@pytest.mark.parametrize("text", [
    '"Those who burned our market will rot in prison," the governor of Borno said on Monday.',
    "The interior minister said the three men would stand trial before a military tribunal.",
    '"The killing of our commander will not go unavenged," the group said in a statement.',
    '"Whoever crossed the river last night found only graves," the army spokesman said.',
    "The junta's spokesman said the campaign would continue until the last camp in the forest was cleared.",
])
def test_an_adversarys_promised_fate_is_a_threat(document_statements_of, text):
    assert "THREATEN" in _kinds(document_statements_of(text, "2026-03-10"))


@pytest.mark.parametrize("text", [
    # a promise of care stays a pledge
    "The health minister vowed that the wounded would be treated free of charge.",
    # what happens to nobody in particular is no threat
    '"The talks will continue until an agreement is reached," the mediator said.',
])
def test_a_promise_with_no_adversary_is_no_threat(document_statements_of, text):
    assert "THREATEN" not in _kinds(document_statements_of(text, "2026-03-10"))


@pytest.mark.parametrize("text, speaker", [
    ('Gunmen torched the market in Mopti on Friday, residents said. "Sevare will be the next to burn." '
     "The warning came in an audio message from Katiba Macina, the local branch of JNIM.", "Katiba Macina"),
    ('Troops retook the bridge on Sunday. "Every metre they took will be taken back." '
     "Those were the words of Colonel Ibrahim Diallo, speaking outside the burned barracks.", "Ibrahim Diallo"),
])
def test_a_lone_quote_is_spoken_by_whom_the_next_sentence_names(document_statements_of, text, speaker):
    found = document_statements_of(text, "2026-03-10")
    assert any(kind == "THREATEN" and who == speaker for kind, who, _ in found), found


def test_a_lone_quote_followed_by_an_unrelated_sentence_keeps_no_new_speaker(document_statements_of):
    found = document_statements_of(
        'Troops retook the bridge on Sunday. "Every metre they took will be taken back." '
        "Colonel Ibrahim Diallo visited the burned barracks on Monday.", "2026-03-10")
    assert not any(who == "Ibrahim Diallo" for _, who, _ in found), found


def test_a_states_forces_named_with_its_possessive_are_part_of_the_state_when_it_is_a_party(pipeline):
    relations = relations_of(pipeline, "Ukraine's air force said it had shot down 40 drones overnight. "
                                       "Russia accused Ukraine of attacking an oil depot in Belgorod.")
    assert ("Military Forces of Ukraine", "part_of", "Ukraine") in relations


def test_a_country_that_is_only_a_topic_makes_no_state_of_the_forces(pipeline):
    relations = relations_of(pipeline, "Sudan's army said it had broken the siege of Babanusa. The UN "
                                       "coordinator for Sudan urged both sides to spare civilians.")
    assert not any(p == "part_of" and o == "Sudan" for s, p, o in relations)


def test_seeking_to_topple_a_government_opposes_it(pipeline):
    relations = relations_of(pipeline, "The CPC, an alliance of armed groups that has sought to topple the "
                                       "government in Bangui since 2020, attacked Bossangoa on Monday.")
    assert any(s == "Coalition of Patriots for Change" and p == "opposes" and o.startswith("Government of")
               for s, p, o in relations), relations
