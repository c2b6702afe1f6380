"""Members named as "one of the members of Y, along with A and B", a named unit in "whose" clause,
a foreign force fighting "alongside the army", support that is no foe, and a generic noun named by
its apposition. Sentences written for these tests."""

from tests.extract.relation_helpers import relations_of


def test_one_of_the_members_along_with_others_makes_each_a_member(pipeline):
    relations = relations_of(pipeline, "The MNDAA is one of three members of the Brotherhood Alliance, along with "
                                       "the Arakan Army and the Ta'ang National Liberation Army.")
    for member in ("Myanmar National Democratic Alliance Army", "Arakan Army", "Ta'ang National Liberation Army"):
        assert (member, "member_of", "Three Brotherhood Alliance") in relations


def test_a_named_unit_in_a_whose_clause_is_part_of_the_clauses_head(pipeline):
    relations = relations_of(pipeline, "The Lebanese army, whose Intelligence Directorate has arrested dozens of "
                                       "smugglers this year, said the border would stay closed.")
    assert any(s == "Intelligence Directorate" and p == "part_of" for s, p, o in relations), relations


def test_foreign_troops_fighting_alongside_the_army_fight_beside_the_countrys_army(pipeline):
    relations = relations_of(pipeline, "Insurgents attacked Mozambican soldiers in the town of Macomia in Cabo Delgado province "
                                       "on Monday. Rwandan troops, who have fought alongside the army in the province "
                                       "since 2021 with financial support from the European Union, drove them out.")
    assert ("Military Forces of Rwanda", "allied_with", "Military Forces of Mozambique") in relations
    assert not any(p == "opposes" and "European Union" in (s, o) for s, p, o in relations)


def test_a_generic_noun_followed_by_a_name_in_apposition_is_that_group(pipeline):
    relations = relations_of(pipeline, "The Islamic State affiliate has attacked soldiers in North Sinai for a decade. "
                                       "The militia, the Union of Sinai Tribes, is led by businessman Musa Salem "
                                       "and has fought alongside the army since 2017.")
    assert ("Musa Salem", "leader_of", "Union of Sinai Tribes") in relations
    assert ("Union of Sinai Tribes", "allied_with", "Military Forces of Egypt") in relations
    assert not any(s == "Musa Salem" and p in {"opposes", "allied_with"} for s, p, o in relations)


def test_a_prime_ministers_office_is_his_countrys_government_not_a_regional_one(pipeline):
    relations = relations_of(pipeline, "The Kurdistan Regional Government blamed the militias for the attack, and "
                                       "the Iraqi government promised an inquiry. Prime Minister Mohammed Shia "
                                       "al-Sudani's office said he had ordered a committee to investigate.")
    assert ("Mohammed Shia al-Sudani", "leader_of", "Government of Iraq") in relations
    assert ("Mohammed Shia al-Sudani", "leader_of", "Kurdistan Regional Government") not in relations


def test_a_hyphenated_name_after_president_is_a_person_who_leads_the_government(pipeline):
    relations = relations_of(pipeline, "The Central African government said the rebels had been repelled. The "
                                       "coalition has sought to topple President Faustin-Archange Touadéra's "
                                       "government since 2020.")
    assert ("Faustin-Archange Touadéra", "leader_of", "Government of Central African Republic") in relations
