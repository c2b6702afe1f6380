"""Named units of a state's forces or of a group, owned through a possessive ("the army's X
Brigade", "the group's X Brigade"), are part of their owner; the state's forces themselves are not
a part of the state's forces."""

from __future__ import annotations

from tests.extract.relation_helpers import relations_of


def test_a_named_brigade_of_the_army_is_part_of_it(pipeline):
    found = relations_of(pipeline, "Ukrainian troops held the line near Siversk on Friday, the army's "
                                   "Third Assault Brigade said.")
    assert ("Third Assault Brigade", "part_of", "Military Forces of Ukraine") in found


def test_a_named_unit_of_a_group_is_part_of_the_group(pipeline):
    found = relations_of(pipeline, "A BLA spokesman said on Monday that the group's Majeed Brigade had "
                                   "attacked the camp near Turbat.")
    assert ("Majeed Brigade", "part_of", "Balochistan Liberation Army") in found


def test_a_state_s_own_army_is_not_a_part_of_its_forces(pipeline):
    found = relations_of(pipeline, "Syrian troops shelled the town on Monday, Syria's army said.")
    assert not any(predicate == "part_of" for _, predicate, _ in found)
