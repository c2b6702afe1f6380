"""Relations from text, each with the sentence that states it as evidence."""

from __future__ import annotations

from tests.extract.relation_helpers import relations_of


def test_backed_by_from_modifier_and_apposition(pipeline):
    found = relations_of(pipeline, "The Russia-backed Wagner Group arrived. Hezbollah, backed by Iran, fired rockets.")
    assert ("Wagner Group", "backed_by", "Russia") in found
    assert ("Hezbollah", "backed_by", "Iran") in found


def test_support_given_and_received(pipeline):
    found = relations_of(pipeline, "Iran provides support to the Houthis. With support from Turkey's special "
                                   "forces, the Syrian National Army took the town.")
    # one fact, one predicate: the support given is the receiver's backing
    assert ("Houthis", "backed_by", "Iran") in found
    assert not any(predicate == "supports" for _, predicate, _ in found)
    assert ("Syrian National Army", "backed_by", "Military Forces of Turkey") in found


def test_membership_and_inclusion(pipeline):
    found = relations_of(pipeline, "Kataib Hezbollah, another member of the Popular Mobilization Forces, "
                                   "spoke. The SDF, which includes the Syrian Arab Coalition, advanced.")
    assert ("Kataib Hezbollah", "member_of", "Popular Mobilization Forces") in found
    assert ("Syrian Arab Coalition", "part_of", "Syrian Democratic Forces") in found


def test_leaders(pipeline):
    found = relations_of(pipeline, "Hezbollah leader Naim Qassem spoke. Abu Mohammed al-Jolani, leader of "
                                   "Hayat Tahrir al-Sham, replied.")
    assert ("Naim Qassem", "leader_of", "Hezbollah") in found
    assert ("Ahmed al-Sharaa", "leader_of", "Hayat Tahrir al-Sham") in found


def test_opposes_from_fighting_and_strikes_against(pipeline):
    found = relations_of(pipeline, "Hezbollah clashed with Hayat Tahrir al-Sham. Fighting between the Rapid "
                                   "Support Forces and the Sudanese army continued.")
    assert ("Hezbollah", "opposes", "Hayat Tahrir al-Sham") in found
    assert ("Rapid Support Forces", "opposes", "Military Forces of Sudan") in found


def test_allied_factions(pipeline):
    found = relations_of(pipeline, "Hamas and allied factions fired rockets.")
    assert any(subject == "Hamas" and predicate == "allied_with" for subject, predicate, _ in found)
