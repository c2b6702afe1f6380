"""A capital whose deeds are told ("Kyiv's terrorist attacks", "Tehran's proxies") stands for its
government; a capital's own districts stay places. Sentences written for these tests."""

from sitrep.model import Article


def _document(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-12"))
    return document, {actor.id: actor for actor in document.actors}


def test_a_capital_s_attacks_are_its_government_s(pipeline):
    document, actors = _document(
        pipeline, "Russia's defence ministry vowed that Kyiv's terrorist attacks would not go unpunished.")
    (threat,) = [s for s in document.statements if s.kind == "THREATEN"]
    assert [actors[t].name for t in threat.targets] == ["Government of Ukraine"]


def test_a_capital_s_district_is_no_actor(pipeline):
    document, actors = _document(
        pipeline, "A drone hit a block of flats in Kyiv's Obolon district overnight, the city's mayor said.")
    assert all(a.country != "UKR" or a.kind not in {"government", "person"} for a in actors.values())
