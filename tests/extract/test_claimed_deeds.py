"""A claim of a deed told without the word "claim" ("said its fighters had carried out the raid")
is against whom the deed struck. Sentences written for these tests."""

import pytest

from sitrep.model import Article


@pytest.mark.parametrize(("text", "struck"), [
    ("Gunmen attacked a police station in Bannu on Sunday, killing four policemen. The Tehrik-i-Taliban Pakistan "
     "said its fighters had carried out the attack.", "Police Forces of Pakistan"),
    ("Rebels ambushed an army convoy near Kidal on Tuesday, killing seven soldiers. The FLA said in a statement "
     "that its Kidal unit had staged the ambush.", "Military Forces of Mali"),
])
def test_a_deed_claimed_without_the_word_claim_is_against_its_victims(pipeline, text, struck):
    document = pipeline.extract_one(Article(text=text, published="2026-05-06"))
    names = {a.id: a.name for a in document.actors}
    claims = [[names[t] for t in s.targets] for s in document.statements if s.kind == "CLAIM"]
    assert claims and struck in claims[-1], claims
