"""A person's name that runs on past a kunya ("Yasser Abu Shabab") and a group description that
follows a group named inside another actor's relative clause. Sentences written for these tests."""

from tests.extract.relation_helpers import relations_of


def test_the_word_after_a_kunya_is_part_of_the_persons_name(pipeline):
    relations = relations_of(pipeline, "Fighters of the Popular Forces, a militia led by Yasser Abu Shabab, "
                                       "clashed with Hamas gunmen near Rafah on Sunday.")
    assert ("Yasser Abu Shabab", "leader_of", "Popular Forces") in relations
    assert not any("Shabaab" in s or "Shabaab" in o for s, _, o in relations)


def test_a_description_after_a_group_named_in_a_relative_clause_describes_that_group(pipeline):
    relations = relations_of(pipeline, "The Marquetalia Front, which answers to the Estado Mayor Central (EMC), "
                                       "a dissident bloc led by Iván Mordisco, ambushed a patrol in Cauca.")
    assert ("Iván Mordisco", "leader_of", "Estado Mayor Central") in relations
    assert not any(s == "Iván Mordisco" and o != "Estado Mayor Central" for s, p, o in relations if p == "leader_of")
