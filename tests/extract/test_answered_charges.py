"""A charge answered in a clause hung on it (", a charge Cotonou rejects", ", a claim the
ministry called “irresponsible”"): the answering side denies the charge, whatever the parser made
of the clause. And a seat of government that is not the legal capital still stands for its state.
Sentences written for these tests."""

import pytest

from sitrep.kb.countries import capital_country
from sitrep.model import Article


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-05-06"))


def _denials(document):
    names = {a.id: a.name for a in document.actors}
    return [(names[s.speaker], sorted(names[t] for t in s.targets)) for s in document.statements if s.kind == "DENY"]


@pytest.mark.parametrize(("text", "denier"), [
    ("Mali's junta has accused Algeria of sheltering rebel leaders near the border, a charge Algiers rejects.",
     "Government of Algeria"),
    ("Kenya's interior minister accused the Somali authorities of letting al-Shabaab fighters cross into Mandera, "
     "a charge Mogadishu rejected on Friday.", "Government of Somalia"),
    ("Chad's president accused Sudan's army of arming rebels in the east, a charge the foreign ministry in "
     "Khartoum called \"a fabrication\".", "Government of Sudan"),
    ("The rebels accused Rwanda of sending troops across the border, an allegation Kigali has repeatedly "
     "denied.", "Government of Rwanda"),
])
def test_the_answering_side_denies(pipeline, text, denier):
    denials = _denials(_document(pipeline, text))
    assert [speaker for speaker, _ in denials] == [denier]


def test_the_denial_answers_the_accuser(pipeline):
    document = _document(pipeline, "Niger's military government has accused Benin of hosting French troops to "
                                   "destabilise it, a charge Cotonou rejects.")
    assert _denials(document) == [("Government of Benin", ["Government of Niger"])]
    assert any(s.kind == "ACCUSE" for s in document.statements)


def test_the_charge_before_the_answer_keeps_its_kind(pipeline):
    """The repaired clause must not swallow the accusation it answers."""
    document = _document(pipeline, "A Chadian army spokesman said the rebels had flown drones supplied by "
                                   "Libya's eastern commanders, a charge Benghazi has repeatedly denied.")
    kinds = sorted(s.kind for s in document.statements)
    assert kinds == ["ACCUSE", "DENY"]


def test_a_plain_apposition_is_no_answer(pipeline):
    document = _document(pipeline, "The army said it had retaken Tessit, a town the rebels held for a month.")
    assert not _denials(document)


@pytest.mark.parametrize(("name", "code"), [
    ("Cotonou", "BEN"), ("Port Sudan", "SDN"), ("Bogotá", "COL"), ("Lome", "TGO"), ("Naypyidaw", "MMR"),
])
def test_seats_of_government(name, code):
    assert capital_country(name) == code


def test_a_town_is_no_seat_of_government():
    assert capital_country("Kidal") is None
