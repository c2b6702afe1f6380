"""Actor recognition: knowledge base before the model, state organs, acronyms, short forms,
unknown actors typed from context."""

from __future__ import annotations

from sitrep.model import Article


def _actors(pipeline, text):
    document = pipeline.extract_one(Article(text=text))
    by_surface = {}
    for actor in document.actors:
        for mention in actor.mentions:
            by_surface[mention.text] = actor
    return by_surface


def test_state_organ_phrases_name_the_state_organ(pipeline):
    found = _actors(pipeline, "The Syrian army and Israeli jets shelled the area. Turkish intelligence "
                              "said the Iraqi government had been warned.")
    assert found["Syrian army"].name == "Military Forces of Syria"
    assert found["Israeli jets"].name == "Military Forces of Israel"
    assert (found["Turkish intelligence"].kind, found["Turkish intelligence"].country) == ("state_forces", "TUR")
    assert found["Iraqi government"].name == "Government of Iraq"


def test_transliterated_names_resolve_to_the_knowledge_base(pipeline):
    found = _actors(pipeline, "Kataeb Hizbullah and Hay’at Tahreer al-Sham issued statements.")
    assert found["Kataeb Hizbullah"].name == "Kataib Hezbollah"
    assert found["Hay’at Tahreer al-Sham"].name == "Hayat Tahrir al-Sham"
    assert found["Kataeb Hizbullah"].country == "IRQ"


def test_acronym_defined_in_text_names_the_long_form(pipeline):
    found = _actors(pipeline, "The Syrian Arab Coalition (SAC) advanced on Raqqa. SAC fighters took two villages.")
    assert found["SAC"].name == "Syrian Arab Coalition"
    assert found["SAC"].kind == "armed_group"


def test_the_group_refers_to_the_last_named_armed_group(pipeline):
    found = _actors(pipeline, "Al-Shabaab fighters attacked a base in Lower Shabelle. The group said it killed ten soldiers.")
    assert found["The group"].name == "al-Shabaab"


def test_the_army_refers_to_the_army_named_before(pipeline):
    found = _actors(pipeline, "Sudanese troops shelled Omdurman. Later the army said it had repelled an attack.")
    assert found["army"].name == "Military Forces of Sudan"


def test_unknown_actors_get_kind_and_country_from_context(pipeline):
    found = _actors(pipeline, "Libyan factions clashed in Zawiya while Polish intelligence watched.")
    assert (found["Libyan factions"].kind, found["Libyan factions"].country) == ("armed_group", "LBY")
    assert (found["Polish intelligence"].kind, found["Polish intelligence"].country) == ("state_forces", "POL")


def test_a_capital_that_speaks_is_its_government_and_a_capital_where_things_happen_is_a_place(pipeline):
    from sitrep.model import Article

    document = pipeline.extract_one(Article(text="Kabul warned Islamabad it would face consequences. Protesters gathered in Kabul."))
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds.get("Taliban") == "government"  # Kabul is governed by the Taliban since 2021
    assert kinds.get("Government of Pakistan") == "government"
    government = next(a for a in document.actors if a.name == "Taliban")
    assert [m.text for m in government.mentions] == ["Kabul"]  # not the place in the second sentence


def test_a_state_ruled_by_a_movement_is_spoken_for_by_that_movement(pipeline):
    from sitrep.model import Article

    document = pipeline.extract_one(Article(text=(
        "Islamabad has demanded that Kabul rein in the Pakistani Taliban. The Afghan government rejected "
        "the demand, and Afghanistan's Taliban said the border would stay open.")))
    names = {actor.id: actor.name for actor in document.actors}
    assert "Taliban" in names.values() and "Government of Afghanistan" not in names.values()
    assert not any(names[r.subject] == "Taliban" and names[r.object] == "Afghanistan" for r in document.relations)
