"""Attachments the parser gets wrong and sitrep's ``sitrep_appositions`` component mends: an
apposition after a name hung as a second object of the verb, and a participle ("led by") after a
later conjunct hung on the first one, a reported clause hung on "statement" in "said in a statement
that ...", and the Islamic State's acronym "IS" taken for a verb."""

from __future__ import annotations

from sitrep.model import Article
from tests.extract.relation_helpers import relations_of


def test_an_apposition_the_parser_made_a_second_object_describes_the_name_before_it(pipeline):
    doc = pipeline.nlp(
        "Troops killed two guerrillas of the New People's Army (NPA), the armed wing of the "
        "Communist Party of the Philippines, in Negros Oriental on Sunday.")
    wing = next(t for t in doc if t.text == "wing")
    assert wing.dep_ == "appos" and wing.head.text == "Army"
    found = relations_of(pipeline, doc.text)
    assert ("New People's Army", "part_of", "Communist Party of the Philippines") in found


def test_an_apposition_hung_on_the_members_describes_the_group_they_belong_to(pipeline):
    found = relations_of(pipeline, (
        "Police arrested five members of the Sinjar Resistance Units (YBS), a militia affiliated "
        "with the Kurdistan Workers' Party, in Sinjar on Sunday."))
    assert any(s == "Sinjar Resistance Units" and o == "Kurdistan Workers' Party" for s, p, o in found)


def test_a_leader_named_after_the_second_conjunct_leads_that_group(pipeline):
    found = relations_of(pipeline, (
        "The Rapid Support Forces and fighters of the Sudan People's Liberation Movement-North "
        "(SPLM-N) led by Abdelaziz al-Hilu shelled the town of Kadugli on Monday."))
    assert ("Abdelaziz al-Hilu", "leader_of", "Sudan People's Liberation Movement-North") in found
    assert ("Abdelaziz al-Hilu", "leader_of", "Rapid Support Forces") not in found


def test_a_real_second_clause_object_is_left_alone(pipeline):
    # "on Friday, an attack ...": the phrase after a date is not an apposition to a name
    doc = pipeline.nlp("Gunmen killed nine people near Lamu on Friday, an attack in which three houses burned.")
    attack = next(t for t in doc if t.text == "attack")
    assert attack.head.text != "Friday"


def test_a_clause_the_parser_hung_on_statement_is_what_was_said(pipeline):
    doc = pipeline.nlp(
        "The ELN's Darío Ramírez Castro Front, one of the guerrilla group's strongest units in the region, "
        "said in a statement that it had killed 14 EGC fighters near the village of Micoahumado.")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ == "ccomp" and killed.head.lemma_ == "say"
    document = pipeline.extract_one(Article(text=doc.text, published="2026-05-12"))
    assert [s.kind for s in document.statements] == ["CLAIM"]


def test_a_statement_that_was_posted_keeps_its_relative_clause(pipeline):
    doc = pipeline.nlp("The group said in a statement that was posted on Telegram that its fighters had withdrawn.")
    posted = next(t for t in doc if t.text == "posted")
    assert posted.dep_ != "ccomp" or posted.head.lemma_ != "say"


def test_the_islamic_state_s_acronym_is_a_subject_not_a_verb(pipeline):
    document = pipeline.extract_one(Article(
        text="Islamic State militants ambushed a PMF patrol in Diyala on Wednesday, killing four fighters. "
             "IS claimed the ambush through its Amaq outlet.", published="2026-05-12"))
    names = {actor.id: actor.name for actor in document.actors}
    assert [(s.kind, names[s.speaker]) for s in document.statements] == [("CLAIM", "Islamic State")]
