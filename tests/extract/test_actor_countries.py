"""Actor countries from context: the country an article is about (where things happen, not who
acts or backs), people through their affiliation, and names the model mislabels that are places."""

from __future__ import annotations

import pytest

from sitrep.model import Article


def _by_surface(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-03-02"))
    return {mention.text: actor for actor in document.actors for mention in actor.mentions}


def test_unnamed_people_take_the_country_where_things_happen_not_the_attackers(pipeline):
    found = _by_surface(pipeline, "Turkish drones struck a village near Qamishli in northeastern Syria "
                                  "on Sunday, killing five civilians, local sources said.")
    assert found["civilians"].country == "SYR"
    assert found["civilians"].name == "Civilians (Syria)"


def test_a_backer_does_not_make_the_article_about_its_country(pipeline):
    found = _by_surface(pipeline, "Iran-backed gunmen attacked a police station in Basra on Monday, "
                                  "wounding three policemen.")
    policemen = next(actor for surface, actor in found.items() if "police" in surface)
    assert policemen.country == "IRQ"


def test_an_article_naming_no_country_takes_the_country_of_its_towns(pipeline):
    found = _by_surface(pipeline, "Gunmen stormed a market in Maiduguri on Friday, killing four traders.")
    assert found["traders"].country == "NGA"


def test_an_article_naming_no_country_takes_the_country_of_known_armed_groups(pipeline):
    found = _by_surface(pipeline, "The Arakan Army said on Friday that junta troops had shelled "
                                  "two villages, killing nine residents.")
    assert found["troops"].name == "Military Forces of Myanmar"
    assert found["residents"].country == "MMR"


@pytest.mark.parametrize("text, person, country", [
    ("Hamas spokesman Abu Obeida said the group would not lay down its arms.", "Abu Obeida", "PSE"),
    ("Ahmed Yusuf, a commander of al-Shabaab, said the fighters would return.", "Ahmed Yusuf", "SOM"),
])
def test_a_person_takes_the_country_of_the_actor_their_title_names(pipeline, text, person, country):
    found = _by_surface(pipeline, text)
    assert found[person].kind == "person"
    assert found[person].country == country


def test_a_possessed_generic_organ_belongs_to_its_owner(pipeline):
    found = _by_surface(pipeline, "Ukrainian forces shelled the town overnight, Russia's interior ministry said.")
    ministry = next(actor for surface, actor in found.items() if "ministry" in surface)
    assert (ministry.name, ministry.country) == ("Government of Russia", "RUS")


@pytest.mark.parametrize("text, place", [
    ("Soldiers clashed with gunmen near Diafarabé on Sunday.", "Diafarabé"),
    ("Leaders of the three countries met at a summit in Niamey on Monday.", "Niamey"),
])
def test_names_used_only_as_places_are_not_actors(pipeline, text, place):
    found = _by_surface(pipeline, text)
    assert place not in found


def test_the_fighters_of_an_actor_and_the_counted_dead_are_not_a_new_group(pipeline):
    found = _by_surface(pipeline, "The Arakan Army said its fighters had captured the town, "
                                  "killing 14 soldiers and capturing 30 militants.")
    assert not any(actor.name.startswith("Unidentified Armed Group") for actor in found.values())


def test_a_template_name_never_takes_a_neighbouring_country_by_spelling(pipeline):
    found = _by_surface(pipeline, "Militants ambushed a Malian army convoy near Gao. Nigerien troops "
                                  "were sent to the border.")
    assert found["Malian army"].name == "Military Forces of Mali"
    assert found["Nigerien troops"].name == "Military Forces of Niger"


def test_each_side_of_a_coordination_keeps_its_own_country(pipeline):
    found = _by_surface(pipeline, "Russia's Africa Corps and Malian troops retook the town of Anefis on Sunday.")
    assert found["Malian troops"].country == "MLI"
    assert found["Africa Corps"].name == "Africa Corps"


def test_the_group_is_the_subject_of_the_story_not_the_last_group_named(pipeline):
    found = _by_surface(pipeline, "Harakat al-Nujaba, a militia that is part of the Popular Mobilisation "
                                  "Forces, vowed on Monday to expel US troops. The group's leader said "
                                  "talks were over.")
    assert found["The group"].name == found["Harakat al-Nujaba"].name


def test_an_organisation_the_knowledge_base_lacks_is_of_the_article_s_country(pipeline):
    found = _by_surface(pipeline, "The Depositors' Union of Lebanon staged a sit-in in Beirut on Monday. "
                                  "The Beirut Traders Association said shops would close.")
    association = next(actor for surface, actor in found.items() if "Traders Association" in surface)
    assert association.country == "LBN"


def test_international_organisations_take_no_country_from_the_article(pipeline):
    found = _by_surface(pipeline, "The Cauca Relief Network and the World Food Programme delivered aid "
                                  "in Popayán, Colombia, on Friday.")
    wfp = next(actor for surface, actor in found.items() if "World Food Programme" in surface)
    assert wfp.country is None


def test_the_named_group_behind_fighters_of_a_described_group(pipeline):
    document = pipeline.extract_one(Article(text="Fighters of the 3R rebel group attacked the village of "
                                                 "Bocaranga on Sunday.", published="2026-03-02"))
    names = {actor.id: actor.name for actor in document.actors}
    assert not any(name.startswith("Unidentified") for name in names.values())
    (attack,) = [event for event in document.events if event.type == "ASSAULT"]
    assert [names[a] for a in attack.actors] == [names[next(a.id for a in document.actors
                                                            if any(m.text == "3R" for m in a.mentions))]]


def test_whoever_marches_or_rallies_is_a_protester(pipeline):
    found = _by_surface(pipeline, "Thousands of teachers marched through Nairobi on Tuesday. Students "
                                  "rallied outside parliament.")
    assert found["Thousands of teachers"].name == "Protesters (Kenya)"
    assert found["Students"].name == "Protesters (Kenya)"


def test_a_city_named_as_one_decides_the_country_over_a_demonym(pipeline):
    found = _by_surface(pipeline, "Israeli strikes hit a school sheltering displaced families in Gaza City on Sunday, "
                                  "killing 12 people.")
    assert found["people"].name == "Civilians (Palestine)"


def test_a_suicide_bomber_is_an_armed_actor(pipeline):
    found = _by_surface(pipeline, "A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.")
    assert any(actor.kind == "armed_group" for actor in found.values())


def test_a_dateline_and_the_agency_told_are_no_actors(pipeline):
    from sitrep.model import Article
    document = pipeline.extract_one(Article(
        text="NIAMEY, Niger, May 4 (Reuters) - Gunmen killed 12 soldiers near Tillaberi on Sunday, an army "
             "officer told Reuters.", published="2026-05-04"))
    names = {actor.name for actor in document.actors}
    assert not names & {"NIAMEY", "Reuters", "Niger"}
    assert all(event.place is None or event.place.name != "Niger" for event in document.events)


def test_a_gang_named_by_words_the_model_missed_is_that_gang(pipeline):
    found = _by_surface(pipeline, "Gunmen from the Grand Ravine gang stormed the town of Kenscoff overnight, "
                                  "killing at least 12 residents.")
    assert "Grand Ravine" in {actor.name for actor in found.values()}


def test_a_compass_word_makes_another_country(pipeline):
    found = _by_surface(pipeline, "South Sudanese troops clashed with the White Army near Nasir on Monday.")
    assert any(actor.name == "Military Forces of South Sudan" for actor in found.values())


def test_a_town_name_the_model_split_is_read_whole(pipeline):
    # the model labels only "Markos" of "Debre Markos", and a Polish town bears that name
    found = _by_surface(pipeline, "ADDIS ABABA (Reuters) - Fano militiamen attacked a police station in "
                                  "Debre Markos on Saturday.")
    assert found["police"].country == "ETH"
