"""Enmity and structure told by description rather than by a fight, and the branches a possessive
names: "the arch-rival of X", "X and its rival, Y", "X and Y, which have fought each other",
"troops and instructors from Wagner clashed with ...", "Islamic State's Sahel Province". Sentences
written for these tests."""

import pytest

from sitrep.model import Article


def _relations(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-06"))
    names = {a.id: a.name for a in document.actors}
    return {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}


def _opposed(relations, one, other):
    return (one, "opposes", other) in relations or (other, "opposes", one) in relations


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Police raided two prisons on Friday. Los Choneros, the oldest gang in the port and the sworn rival of "
     "Los Lobos, said the raids were illegal.", "Los Choneros", "Los Lobos"),
    ("Troops moved into the valley on Monday. Residents fled the Sinaloa Cartel and its rival, the CJNG, "
     "after a week of shootings.", "Sinaloa Cartel", "Jalisco New Generation Cartel"),
    ("The border town is quiet. Traders pay both the ELN and the Gulf Clan, which have fought one another "
     "for the river since 2022.", "National Liberation Army", "Clan del Golfo"),
])
def test_described_rivals_oppose_each_other(pipeline, text, one, other):
    assert _opposed(_relations(pipeline, text), one, other)


def test_the_last_conjunct_keeps_the_owner_the_parser_hung_on_the_first(pipeline):
    text = ("Heavy fighting was reported in the east. Central African soldiers and Russian mercenaries from the "
            "Wagner Group battled fighters of the 3R militia near Bocaranga on Sunday.")
    relations = _relations(pipeline, text)
    assert _opposed(relations, "Wagner Group", "Return, Reclamation, Rehabilitation")


def test_a_branch_named_with_its_parent_in_the_possessive(pipeline):
    text = ("Shooting broke out near the border. Islamic State's West Africa Province and Boko Haram fought "
            "for control of islands on Lake Chad on Thursday, killing dozens of fighters.")
    relations = _relations(pipeline, text)
    assert ("Islamic State West Africa Province", "part_of", "Islamic State") in relations
    # the group joined to the branch is not a part of the branch's parent
    assert not any(r[1] == "part_of" and r[2] == "Islamic State" and r[0] == "Boko Haram" for r in relations)


def test_a_group_not_its_outlet_owns_the_unit(pipeline):
    text = ("Attacks resumed in Ituri. Islamic State's Amaq news agency said fighters of its Central Africa "
            "Province had killed 12 soldiers near Beni.")
    relations = _relations(pipeline, text)
    assert ("Islamic State Central Africa Province", "part_of", "Islamic State") in relations
    assert not any(r[1] == "part_of" and r[2] == "Amaq" for r in relations)
