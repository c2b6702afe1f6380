"""Events, round 2 (issue #4): casualty figures (sums over sides, ranges, quoted communiqué words,
zero, running war tolls), tolls told in a later sentence, and targets (sponsors, "N others",
weapons fired at a crowd, conjoined sides). Sentences written for these tests, several regions."""

import pytest

from sitrep.extract.casualties import combined_toll, find_fatalities, find_injured
from sitrep.model import Article


def _events(pipeline, text, published="2026-05-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document.events, names


# -- figures in one sentence --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Insurgents overran the outpost in Cabo Delgado, killing 11 soldiers and four militiamen.", 15, 15),
        ("Nine policemen and three attackers were killed in the assault on the station.", 12, 12),
        ("Bandits shot dead a village chief and three of his sons near Gusau.", 4, 4),
        ("The clashes in Darfur killed between 60 and 75 people, aid workers said.", 60, 75),
        ("The army said it had \u201cneutralised\u201d some 20 terrorists near Tillaberi.", 20, 20),
        ("Kidnappers executed three hostages in Zamfara state.", 3, 3),
        ("Raiders killed dozens of herders, officials said, putting the toll at 41.", 41, 41),
    ],
)
def test_figures_of_one_event(sentence, low, high):
    figure = find_fatalities(sentence)
    assert figure is not None
    assert (figure.min, figure.max) == (low, high)


def test_a_list_of_victims_stops_at_the_next_verb():
    figure = find_fatalities("Troops repelled the raid in Borno, killing 17 insurgents and capturing 30 others.")
    assert (figure.min, figure.max) == (17, 17)


def test_wounded_after_one_death_are_not_added_to_it():
    figure = find_fatalities("A medic said one demonstrator was killed and 19 people were wounded in Basra.")
    assert (figure.min, figure.max) == (1, 1)


def test_nobody_hurt_is_zero_dead_and_zero_hurt():
    sentence = "A rocket struck an empty warehouse near Kharkiv, but no one was hurt, officials said."
    assert (find_fatalities(sentence).min, find_fatalities(sentence).max) == (0, 0)
    assert find_injured(sentence).min == 0


def test_a_war_s_running_toll_is_not_the_event_s():
    assert find_fatalities("The insurgency, which began in 2017, has killed more than 6,000 people.") is None
    assert find_fatalities(
        "The ambush came amid a conflict between rival gangs that has left over 3,000 dead.") is None


def test_later_tolls_replace_vague_ones_and_other_sides_add_up():
    assert combined_toll((40, None, "killing scores of soldiers"), (90, 130, "toll at between 90 and 130"))[:2] == (90, 130)
    assert combined_toll((18, 18, "killing 18 rebels"), (6, 6, "Six soldiers were killed"))[:2] == (24, 24)
    assert combined_toll((10, 10, "killing 10 people"), (14, 14, "the toll rose to 14"))[:2] == (14, 14)
    # conflicting reports of the same dead: the first, conservative figure stands (ACLED's rule)
    assert combined_toll((2, 2, "Two persons were killed"), (7, 7, "seven deaths"))[:2] == (2, 2)


# -- tolls told in a later sentence ---------------------------------------------------------------

def test_a_later_bare_toll_completes_the_event_instead_of_making_one(pipeline):
    events, _ = _events(
        pipeline,
        "Fighting broke out in Mogadishu on Sunday between clan militias, residents said. "
        "Hospital officials said at least 14 people had been killed.",
    )
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].fatalities is not None and assaults[0].fatalities.min == 14


def test_the_dead_of_the_other_side_in_the_fighting_add_up(pipeline):
    events, _ = _events(
        pipeline,
        "The Nigerian army said it had repelled an attack by Boko Haram fighters on Monguno on "
        "Friday, killing 18 insurgents. Six soldiers were killed in the fighting, the army said.",
    )
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].fatalities.min == 24


def test_a_toll_sentence_without_a_trigger_updates_the_event(pipeline):
    events, _ = _events(
        pipeline,
        "Gunmen stormed a village in Plateau state on Saturday, killing dozens of farmers, police said. "
        "A local official put the death toll at between 52 and 60.",
    )
    assault = next(e for e in events if e.type == "ASSAULT")
    assert (assault.fatalities.min, assault.fatalities.max) == (52, 60)


# -- targets ---------------------------------------------------------------------------------------

def test_members_of_a_sponsored_group_are_the_group_not_the_sponsor(pipeline):
    events, names = _events(
        pipeline,
        "An Israeli air strike near Quneitra killed three members of the Iran-backed Hezbollah group on Monday.",
    )
    assault = next(e for e in events if e.type == "ASSAULT")
    targets = {names[t] for t in assault.targets}
    assert "Hezbollah" in targets and "Iran" not in targets


def test_others_are_more_of_the_first_object_s_group(pipeline):
    events, names = _events(
        pipeline,
        "Somali troops killed five members of al-Shabaab and arrested seven others near Afgoye on Thursday.",
    )
    arrest = next(e for e in events if e.type == "COERCE")
    assert "al-Shabaab" in {names[t] for t in arrest.targets}


def test_a_weapon_fired_at_a_crowd_hits_the_crowd(pipeline):
    events, names = _events(pipeline, "Bangladeshi police fired tear gas at protesters in Dhaka on Sunday.")
    crowd_control = next(e for e in events if e.type == "COERCE")
    assert any("Protesters" in names[t] for t in crowd_control.targets)


def test_two_verbal_acts_of_one_type_in_one_sentence_make_one_event_with_a_unique_id(pipeline):
    from sitrep.model import Article

    document = pipeline.extract_one(Article(
        text="The ministry rejected the report and denied that its forces had shelled the camp.",
        published="2026-03-02"))
    ids = [event.id for event in document.events]
    assert len(ids) == len(set(ids))
    assert sum(event.type == "REJECT" for event in document.events) == 1
