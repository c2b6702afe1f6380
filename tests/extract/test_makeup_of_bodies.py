"""The make-up of a body told by a relative clause or an owner's "its": a core it is built around,
a wing "whose" it is, a unit another body assembled, founders of a confederation, and units under
"its command". Sentences written for these tests."""

from tests.extract.relation_helpers import relations_of


def test_the_group_a_force_is_built_around_is_part_of_it(pipeline):
    text = ("QAMISHLI, Syria (Reuters) - The Syrian Democratic Forces, which are built around the People's "
            "Protection Units (YPG), said on Monday they had detained 20 Islamic State suspects.")
    found = relations_of(pipeline, text)
    assert ("People's Protection Units", "part_of", "Syrian Democratic Forces") in found, found


def test_a_wing_whose_owner_is_named_before_is_part_of_it(pipeline):
    text = ("ABUJA (Reuters) - Nnamdi Kanu, the leader of the Indigenous People of Biafra, whose armed wing is "
            "the Eastern Security Network, was moved to a prison in Sokoto on Monday.")
    found = relations_of(pipeline, text)
    assert ("Eastern Security Network", "part_of", "Indigenous People of Biafra") in found, found


def test_a_unit_another_body_assembled_is_part_of_it(pipeline):
    text = ("DEIR EZZOR, Syria (Reuters) - Fighters of the 84th Division, one of the units the Syrian army has "
            "formed from former rebel brigades, fought Islamic State cells near Mayadin on Friday.")
    found = relations_of(pipeline, text)
    assert ("84th Division", "part_of", "Military Forces of Syria") in found, found


def test_the_states_that_formed_a_confederation_are_its_members(pipeline):
    text = ("BAMAKO (Reuters) - The Alliance of Sahel States, the confederation that Mali formed with Niger "
            "and Burkina Faso, announced a joint passport on Tuesday.")
    found = relations_of(pipeline, text)
    for state in ("Mali", "Niger", "Burkina Faso"):
        assert (state, "member_of", "Alliance of Sahel States") in found, found


def test_a_body_that_formed_a_command_is_not_what_it_formed(pipeline):
    text = ("BAMAKO (Reuters) - The Alliance of Sahel States, which formed a joint command with Togo last "
            "year, announced a joint passport on Tuesday.")
    found = relations_of(pipeline, text)
    assert ("Togo", "member_of", "Alliance of Sahel States") not in found, found


def test_units_under_its_command_are_part_of_the_speaking_body(pipeline):
    text = ("MOSCOW (Reuters) - Russia's FSB said border guards under its command had detained four men near "
            "the Ukrainian border on Sunday.")
    found = relations_of(pipeline, text)
    assert any(p == "part_of" and o == "Federal Security Service" and s != "Russia" for s, p, o in found), found


def test_a_group_that_signed_up_to_an_alliance_is_its_member(pipeline):
    text = ("KADUGLI, Sudan (Reuters) - Fighters of the SPLM-N, which signed up to the Tasis alliance last "
            "year, shelled army positions around Kadugli on Monday.")
    found = relations_of(pipeline, text)
    assert any(p == "member_of" and o == "Tasis" for s, p, o in found), found


def test_the_states_whose_armies_a_force_brings_together_are_its_members(pipeline):
    text = ("N'DJAMENA (Reuters) - The Multinational Joint Task Force, which brings together the armies of "
            "Chad, Cameroon and Nigeria, said it had cleared three islands on Lake Chad.")
    found = relations_of(pipeline, text)
    for state in ("Chad", "Cameroon", "Nigeria"):
        assert (state, "member_of", "Multinational Joint Task Force") in found, found


def test_one_of_the_factions_that_make_up_a_movement_is_part_of_it(pipeline):
    text = ("GAO, Mali (Reuters) - The High Council for the Unity of Azawad, one of the movements that make up "
            "the Azawad Liberation Front, said its fighters had repelled an army raid.")
    found = relations_of(pipeline, text)
    assert any(o == "Azawad Liberation Front" and p in {"member_of", "part_of"} for s, p, o in found), found


def test_one_of_a_groups_commanders_is_its_member(pipeline):
    text = ("BENI, Congo (Reuters) - Among the dead was a man known as Abu Yasir, one of the ADF's field "
            "commanders, the army said.")
    found = relations_of(pipeline, text)
    assert ("Abu Yasir", "member_of", "Allied Democratic Forces") in found, found


def test_one_of_a_groups_allies_is_its_ally(pipeline):
    text = "BEIRUT (Reuters) - Amal, one of Hezbollah's allies, said on Sunday it would join the talks."
    assert ("Amal Movement", "allied_with", "Hezbollah") in relations_of(pipeline, text)
