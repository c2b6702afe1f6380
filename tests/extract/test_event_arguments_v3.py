"""Event arguments (issue #4): who acted, on whom, who said so, and how many died, on sentences
written for these tests in the patterns of wire copy from several regions."""

import pytest

from sitrep.extract.casualties import find_fatalities
from sitrep.model import Article


def _events(pipeline, text, published="2026-11-19"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document.events, names


def _assault(events):
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults, "no ASSAULT event"
    return assaults[0]


# -- actors ------------------------------------------------------------------------------------

def test_generic_head_takes_the_group_it_belongs_to(pipeline):
    events, names = _events(pipeline, "Gunmen of the Islamic State attacked a checkpoint near Kirkuk on Friday.")
    assert "Islamic State" in {names[a] for a in _assault(events).actors}


def test_conjoined_verbs_share_the_subject_of_the_first(pipeline):
    events, names = _events(
        pipeline,
        "Al-Shabaab militants stormed the village of Bulo Marer on Sunday, burned homes and looted "
        "the market, residents said.",
    )
    looting = [e for e in events if e.type == "COERCE"]
    assert looting, "the looting is an event"
    assert "al-Shabaab" in {names[a] for a in looting[0].actors}


def test_pronoun_under_a_reporting_verb_is_that_verb_s_subject(pipeline):
    events, names = _events(
        pipeline, "The Kachin Independence Army said it had captured a military outpost near Bhamo."
    )
    assert "Kachin Independence Army" in {names[a] for a in _assault(events).actors}


def test_light_verb_subject_does_the_noun_event(pipeline):
    events, names = _events(
        pipeline,
        "The Israeli military said it carried out an air strike against Hezbollah in southern Lebanon on Monday.",
    )
    event = _assault(events)
    assert any("Israel" in names[a] for a in event.actors)
    assert "Hezbollah" in {names[t] for t in event.targets}


def test_an_event_as_subject_is_not_the_doer(pipeline):
    events, names = _events(pipeline, "Clashes with Houthi fighters near Marib killed five soldiers on Monday.")
    event = _assault(events)
    assert not any("Houthi" in names[a] for a in event.actors)


# -- targets -----------------------------------------------------------------------------------

def test_between_puts_the_two_sides_apart(pipeline):
    events, names = _events(
        pipeline,
        "Fierce clashes broke out in Tripoli on Monday between the Radaa force and the 444th Brigade.",
    )
    event = _assault(events)
    actors, targets = {names[a] for a in event.actors}, {names[t] for t in event.targets}
    assert actors and targets and not actors & targets


def test_side_fought_in_a_circumstance_is_the_target(pipeline):
    events, names = _events(
        pipeline,
        "The M23 said it had seized the town of Walikale after days of fighting with the Congolese army.",
    )
    event = _assault(events)
    assert any("Congo" in names[t] for t in event.targets)
    assert "March 23 Movement" in {names[a] for a in event.actors} or any(
        "M23" in names[a] for a in event.actors
    )


# -- reported_by -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Russian drones struck an energy facility in Odesa overnight, Ukraine's air force said.",
         "Ukraine's air force"),
        ("Gunmen killed four villagers in Zamfara state on Tuesday, residents and a local official said.",
         "residents and a local official"),
        ("Police fired tear gas at protesters in Nairobi on Thursday, a police spokesman said.",
         "a police spokesman"),
    ],
)
def test_source_is_the_phrase_as_written(pipeline, sentence, source):
    events, _ = _events(pipeline, sentence)
    assert events
    assert source in events[0].reported_by


def test_source_trims_the_apposition_and_adds_the_canonical_name(pipeline):
    events, _ = _events(
        pipeline,
        "Turkish drones struck a vehicle near Qamishli on Sunday, the Syrian Observatory for Human "
        "Rights, a Britain-based monitor, said.",
    )
    sources = _assault(events).reported_by
    assert sources == ["Syrian Observatory for Human Rights"]
    assert not any("monitor" in source for source in sources)


def test_short_form_source_also_gets_the_canonical_name(pipeline):
    events, _ = _events(
        pipeline,
        "The Syrian Observatory for Human Rights tracks the war.\n\n"
        "Israeli jets struck an arms depot near Homs on Friday, the Observatory said.",
    )
    sources = _assault(events).reported_by
    assert sources[0] == "Observatory"
    assert "Syrian Observatory for Human Rights" in sources


def test_source_before_nested_appositions_is_the_subject(pipeline):
    events, _ = _events(
        pipeline,
        "Ali Mahdi, the spokesman of the Zintan brigade, a militia based in the west, said on "
        "Monday that his fighters had attacked a checkpoint near Gharyan.",
    )
    assert "Ali Mahdi" in _assault(events).reported_by


def test_owner_hung_on_the_first_conjunct_is_not_its_owner(pipeline):
    events, names = _events(
        pipeline, "Government forces and fighters loyal to the Sudan Liberation Movement clashed near Tawila."
    )
    event = _assault(events)
    # "X and Y clashed": the first named side is the actor, the other the target (ACLED's actor 1/2)
    assert [names[a] for a in event.actors] == ["Military Forces of Sudan"]
    assert [names[t] for t in event.targets] == ["Sudan Liberation Movement"]


def test_pronoun_source_is_not_a_source(pipeline):
    events, _ = _events(pipeline, "Militants attacked a convoy near Gao, it said.")
    assert all("it" != source for e in events for source in e.reported_by)


# -- fatalities --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, low",
    [
        ("At least 15 people, including three children, were killed when shells hit a bus", 15),
        ("the ministry said, adding that 23 terrorists had been neutralised", 23),
        ("Troops neutralised 7 insurgents in the forest", 7),
    ],
)
def test_fatality_phrasings(text, low):
    figure = find_fatalities(text)
    assert figure is not None and figure.min == low


def test_figure_in_a_when_clause_sentence_goes_to_the_event(pipeline):
    events, _ = _events(
        pipeline,
        "At least nine civilians, including two women, were killed when a drone struck a market in Dilling on Monday.",
    )
    assert _assault(events).fatalities.min == 9
