"""Chains of command and patrons told by a verb: a body "subordinate to" or "under the command of"
another, a commander who "took command of" a unit, a militia a state arms or pays in a relative
clause of its own, forces that fight "beside" or "joined" another in an offensive. Sentences
written for these tests."""

import pytest

from tests.extract.relation_helpers import relations_of


def _relations(pipeline, text):
    return relations_of(pipeline, text, "2026-03-11")


@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy fighting went on near Deir ez-Zor. The Quds Force is subordinate to the Islamic Revolutionary Guard "
     "Corps, officials said.", ("Quds Force", "part_of", "Islamic Revolutionary Guard Corps")),
    ("The Russian Volunteer Corps, which fights under the command of Ukraine's Main Directorate of Intelligence, "
     "said it had crossed the border.", ("Russian Volunteer Corps", "part_of", "Main Directorate of Intelligence")),
    ("The Kenyan contingent of the mission is under the command of Brigadier General Jackson Mwangi Kariuki, "
     "the spokesman said.", ("Jackson Mwangi Kariuki", "leader_of", "Military Forces of Kenya")),
])
def test_a_body_under_another_or_under_a_commander(pipeline, text, expected):
    found = _relations(pipeline, text)
    subject, predicate, obj = expected
    assert any(s.startswith(subject.split()[0]) and p == predicate and (o == obj or obj.split()[-1] in o)
               for s, p, o in found), found


def test_a_commander_who_took_command_of_a_unit_leads_it(pipeline):
    text = ("Fighting eased around Kupiansk. Brigadier General Oleh Shevchuk took command of the 92nd Assault "
            "Brigade last month.")
    found = _relations(pipeline, text)
    assert any(s == "Oleh Shevchuk" and p == "leader_of" and "92nd" in o for s, p, o in found), found


def test_taking_control_of_a_town_makes_no_leader(pipeline):
    text = "General Amadou Diallo's troops took control of the town of Ber on Sunday."
    assert not {r for r in _relations(pipeline, text) if r[1] == "leader_of"}


@pytest.mark.parametrize(("text", "backed", "patron"), [
    ("The Ma'awisley fighters, whom the government arms and pays, have held the town since March.", "Macawisley",
     "Government of Somalia"),
    ("Kataib Sayyid al-Shuhada, which is armed and trained by Iran, denied the charge.", "Kataib Sayyid al-Shuhada",
     "Iran"),
    ("The Hadrami Elite Forces, a unit that the United Arab Emirates trained and equips, took the airport.",
     "Hadrami Elite Forces", "United Arab Emirates"),
])
def test_a_relative_clause_whose_subject_arms_or_trains_a_force(pipeline, text, backed, patron):
    found = _relations(pipeline, text)
    assert (backed, "backed_by", patron) in found
    assert not {r for r in found if r[1] == "member_of"}  # the patron is no member of what it arms


def test_a_state_paying_its_own_army_is_no_patron(pipeline):
    text = "The Somali National Army, which the government pays late, retook the town."
    assert not {r for r in _relations(pipeline, text) if r[1] == "backed_by"}


@pytest.mark.parametrize("text", [
    "The Ma'awisley militia has fought beside the army since the 2022 offensive.",
    "Ma'awisley militiamen joined the army in a sweep of the villages on Monday.",
])
def test_fighting_beside_or_joining_a_force_in_an_offensive_allies_them(pipeline, text):
    found = _relations(pipeline, text)
    assert ("Macawisley", "allied_with", "Military Forces of Somalia") in found, found


def test_a_bomb_beside_a_checkpoint_allies_no_one(pipeline):
    text = "A bomb planted by al-Shabaab exploded beside an army checkpoint in Mogadishu on Monday."
    assert not {r for r in _relations(pipeline, text) if r[1] == "allied_with"}


def test_a_rank_alone_is_no_actor(pipeline):
    from sitrep.model import Article
    text = "The brigade falls under Operation Hadin Kai, which is headed by Major General Ibrahim Lawal."
    found = pipeline.extract_one(Article(text=text, published="2026-03-11"))
    assert "Major General" not in {a.name for a in found.actors}


def test_troops_of_two_nations_that_attack_together_are_allies(pipeline):
    text = "Ugandan and Congolese troops attacked ADF camps near Beni on Monday, the army said."
    found = _relations(pipeline, text)
    assert ("Military Forces of Uganda", "allied_with", "Military Forces of Democratic Republic of the Congo") in found \
        or ("Military Forces of Democratic Republic of the Congo", "allied_with", "Military Forces of Uganda") in found, found
