"""The country an article is about: the city in its dateline counts, a neighbour named only as a
border does not, and unnamed actors ("the army", "people") take that country."""

from __future__ import annotations

from sitrep.model import Article


def _actor_names(pipeline, text: str) -> set[str]:
    return {actor.name for actor in pipeline.extract_one(Article(text=text, published="2026-03-02")).actors}


def test_a_dateline_city_without_a_country_places_the_story(pipeline):
    names = _actor_names(pipeline, (
        "NIAMEY (AFP) - At least nine people were killed on Sunday when gunmen attacked a market near "
        "the Nigerian frontier, officials said. The army said it had sent reinforcements."))
    assert "Military Forces of Niger" in names and "Civilians (Niger)" in names
    assert "Military Forces of Nigeria" not in names


def test_a_country_named_only_as_a_border_does_not_place_the_story(pipeline):
    names = _actor_names(pipeline, (
        "Soldiers clashed with smugglers along the border with Libya on Friday, killing three of them, "
        "Niger's defence ministry said. The army said two soldiers also died."))
    assert "Military Forces of Niger" in names and "Military Forces of Libya" not in names


def test_a_foreign_dateline_does_not_outweigh_where_the_fighting_is(pipeline):
    names = _actor_names(pipeline, (
        "CAIRO (Reuters) - Fighting between the army and the Rapid Support Forces killed 14 people in "
        "El Fasher on Monday, medics said."))
    assert "Military Forces of Sudan" in names and "Military Forces of Egypt" not in names
