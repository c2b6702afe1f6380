"""Relations, round 4: allies in a fight ("fighting alongside Y", "in coordination with Y",
"joined forces with Y"), backing told by joined participles ("armed and funded by Y"), numbered
units as actors ("the 23rd Brigade, which is part of Y"), and a misparsed relative clause
("the NUG, whose PDF fought alongside Y"). Sentences written for these tests."""

from sitrep.model import Article
from tests.extract.relation_helpers import opposed, relations_of


def test_fighting_alongside_is_an_alliance(pipeline):
    found = relations_of(pipeline, "Fighters of the Wagner Group, fighting alongside Malian troops, killed 30 civilians near Moura.")
    assert ("Wagner Group", "allied_with", "Military Forces of Mali") in found


def test_in_coordination_with_is_an_alliance(pipeline):
    found = relations_of(pipeline, "Houthi forces, in coordination with the Iranian Revolutionary Guards, launched missiles at ships.")
    assert ("Houthis", "allied_with", "Islamic Revolutionary Guard Corps") in found


def test_joined_forces_is_an_alliance_and_no_army(pipeline):
    document = pipeline.extract_one(Article(
        text="CODECO joined forces with the Zaire militia to attack ADF positions in Djugu.", published=None))
    names = {a.id: a.name for a in document.actors}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}
    assert ("CODECO", "allied_with", "Zaire militia") in found
    assert not any(a.kind == "state_forces" for a in document.actors)  # "joined forces" is an idiom


def test_sitting_alongside_people_is_no_alliance(pipeline):
    found = relations_of(pipeline, "Residents said they had been sitting alongside soldiers at the market when the shell hit.")
    assert not any(predicate == "allied_with" for _, predicate, _ in found)


def test_joined_participles_share_the_backer(pipeline):
    found = relations_of(pipeline, "The Houthis, armed and funded by Iran, fired missiles at ships in the Red Sea.")
    assert ("Houthis", "backed_by", "Iran") in found


def test_numbered_unit_is_an_actor_with_its_parent(pipeline):
    found = relations_of(pipeline, "The 23rd Brigade, which is part of the Syrian National Army, clashed with the SDF near Manbij.")
    assert ("23rd Brigade", "part_of", "Syrian National Army") in found
    assert opposed(found, "23rd Brigade", "Syrian Democratic Forces")


def test_relative_clause_subject_is_the_ally_not_its_owner(pipeline):
    document = pipeline.extract_one(Article(
        text="The National Unity Government (NUG), whose People's Defence Force (PDF) fought alongside the KIA, hailed the victory.",
        published=None))
    names = {a.id: a.name for a in document.actors}
    found = {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}
    assert ("People's Defence Force", "allied_with", "Kachin Independence Army") in found
    assert not opposed(found, "National Unity Government", "People's Defence Force")
    (praise,) = [s for s in document.statements if s.kind == "PRAISE"]
    assert names[praise.speaker] == "National Unity Government"
