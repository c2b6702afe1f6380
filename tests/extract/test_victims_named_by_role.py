"""Victims named by their role or community ("truck drivers", "schoolgirls", "Christians") are
civilians, as ACLED codes them; groups named by such words in other roles are not.
Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _targets(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-12"))
    names = {actor.id: actor.name for actor in document.actors}
    return [[names[t] for t in e.targets] for e in document.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen killed six truck drivers on the road to Sokoto on Monday, police said.",
    "Militants abducted 20 schoolgirls and three teachers from a school in Kebbi state.",
    "Attackers killed 12 Christians in a church near Jos in Nigeria on Sunday.",
    "Bandits shot dead four boys near a market in Zamfara.",
    "Gunmen killed two nurses and a teenager in a raid on a clinic in Katsina state.",
])
def test_victims_named_by_role_are_civilians(pipeline, text):
    targets = _targets(pipeline, text)
    assert any(ts and all(t.startswith("Civilians") for t in ts) for ts in targets)


def test_a_merchant_ship_is_no_civilian_victim(pipeline):
    targets = _targets(pipeline, "Houthi forces fired two missiles at a merchant ship in the Red Sea on Tuesday.")
    assert all(not any(t.startswith("Civilians") for t in ts) for ts in targets)


@pytest.mark.parametrize("text", [
    "Gunmen killed six truck drivers on the road to Sokoto on Monday, police said.",
    "Militants ambushed a convoy on the highway between Gao and Ansongo, killing nine soldiers.",
])
def test_a_road_s_ends_are_places_not_parties(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-12"))
    names = {actor.name for actor in document.actors}
    assert not names & {"Sokoto", "Gao", "Ansongo"}
    assert all(r.predicate != "opposes" or "Sokoto" not in r.object for r in document.relations)
