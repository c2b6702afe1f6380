"""Who leads followers "loyal to" him, memberships told by a relative clause ("to which X belongs",
"which groups A with B"), names the model breaks or mislabels (a rank, a quoted nickname, a gang
taken for a place), and statements whose kind shows only in their words: fates promised to an
adversary, another side's violence reported by a side, horror at an act. Sentences written for
these tests."""

import pytest

from sitrep.model import Article
from tests.extract.relation_helpers import relations_of


def _document(pipeline, text, published="2026-03-10"):
    return pipeline.extract_one(Article(text=text, published=published))


def _kinds(pipeline, text):
    return [statement.kind for statement in _document(pipeline, text).statements]


def test_the_person_followers_are_loyal_to_leads_them(pipeline):
    relations = relations_of(pipeline, "Gunmen loyal to the warlord Ado Aleru raided three villages in "
                                       "Zamfara state on Friday, residents said.")
    leaders = {(s, o) for s, p, o in relations if p == "leader_of"}
    assert any(s == "Ado Aleru" for s, _ in leaders)
    assert not any(p in {"part_of", "member_of"} and o == "Ado Aleru" for _, p, o in relations)


def test_a_group_loyal_to_an_organisation_is_its_ally_not_its_leader(pipeline):
    relations = relations_of(pipeline, "The army clashed with the White Army, a youth militia loyal to the "
                                       "SPLM-IO, near Nasir.")
    assert ("White Army", "allied_with", "Sudan People's Liberation Movement-in-Opposition") in relations
    assert not any(p == "leader_of" for _, p, _ in relations)


def test_to_which_a_group_belongs(pipeline):
    relations = relations_of(pipeline, "A spokesman for the Congo River Alliance, the coalition to which "
                                       "the M23 belongs, said its fighters had held their positions.")
    assert ("March 23 Movement", "member_of", "Alliance Fleuve Congo") in relations


@pytest.mark.parametrize("text", [
    "The Alliance of Sahel States, which groups Burkina Faso with Niger and Mali, met in Niamey.",
    "The Alliance of Sahel States, a confederation that groups Burkina Faso with Niger and Mali, met in Niamey.",
])
def test_which_groups_a_with_b_and_c(pipeline, text):
    members = {s for s, p, o in relations_of(pipeline, text) if p == "member_of" and o == "Alliance of Sahel States"}
    assert members == {"Burkina Faso", "Niger", "Mali"}


def test_a_rank_before_a_name_makes_a_person(pipeline):
    document = _document(pipeline, "The regional administration, headed by Lieutenant General Abebe Tesfaye, "
                                   "accused the federal government of arming a rival militia.")
    people = [actor.name for actor in document.actors if actor.kind == "person"]
    assert people == ["Abebe Tesfaye"]


def test_a_name_broken_by_a_quoted_nickname_is_one_person(pipeline):
    document = _document(pipeline, 'Police arrested Rafael "El Gallo" Mendoza, a regional plaza boss, in '
                                   'Culiacán on Tuesday.')
    people = [actor.name for actor in document.actors if actor.kind == "person"]
    assert people == ["Rafael Mendoza"]


def test_a_gang_the_model_takes_for_a_place_is_a_gang(pipeline):
    document = _document(pipeline, "Police said the killers belonged to Baz Pilate, a gang that controls "
                                   "the road north of the capital.")
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds.get("Baz Pilate") == "armed_group"


def test_backing_told_from_the_backers_side_is_backing(pipeline):
    relations = relations_of(pipeline, "Rwandan troops, who have backed Mozambique's army since 2021, killed "
                                       "eleven insurgents near Mocímboa da Praia on Monday.")
    assert ("Military Forces of Mozambique", "backed_by", "Military Forces of Rwanda") in relations
    assert not any(p == "supports" for _, p, _ in relations)


@pytest.mark.parametrize("quote", [
    "The invaders will leave our valleys in coffins.",
    "Their days in the city are numbered.",
    "Our answer will come at a time of our choosing.",
    "These bandits will not turn our state into another battlefield.",
])
def test_a_fate_promised_to_an_adversary_threatens(pipeline, quote):
    kinds = _kinds(pipeline, f'"{quote}" a rebel commander told Reuters on Monday.')
    assert "THREATEN" in kinds


def test_a_sides_report_of_another_sides_violence_accuses(pipeline):
    kinds = _kinds(pipeline, "The Karen National Union said junta jets had bombed a clinic in Hpapun "
                             "district on Sunday, killing four patients.")
    assert kinds == ["ACCUSE"]


def test_a_self_report_that_names_the_enemy_is_a_claim(pipeline):
    kinds = _kinds(pipeline, "Nigeria's army said on Monday its troops had killed 30 terrorists in an "
                             "ambush near Gwoza.")
    assert "ACCUSE" not in kinds


def test_horror_at_an_act_condemns_it(pipeline):
    kinds = _kinds(pipeline, "UNICEF said it was horrified by the shelling of the school in Kadugli.")
    assert kinds == ["CONDEMN"]


def test_pledging_allegiance_is_a_tie_not_a_pledge(pipeline):
    kinds = _kinds(pipeline, "The ADF, which has pledged allegiance to Islamic State, burned 30 homes "
                             "near Beni on Friday, local officials said.")
    assert "PLEDGE" not in kinds
