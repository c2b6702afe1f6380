"""Event mechanics on the real model: each test states a pattern, not a tuned figure."""

from sitrep.model import Article


def _events(pipeline, text, published="2026-11-19"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document.events, names


def test_definite_mention_of_an_earlier_event_adds_to_it(pipeline):
    events, _ = _events(
        pipeline,
        "Rebels launched an offensive on army positions near Hama on Monday.\n\n"
        "The offensive left at least 30 fighters dead, a monitor said.",
    )
    offensives = [e for e in events if e.type == "ASSAULT"]
    assert len(offensives) == 1
    assert offensives[0].fatalities is not None and offensives[0].fatalities.min == 30


def test_history_is_not_an_event_of_the_day(pipeline):
    events, _ = _events(pipeline, "The militia fought in the 2016 battle for the city.")
    assert not [e for e in events if e.type == "ASSAULT" and not e.hypothetical]


def test_denied_and_threatened_events_are_marked(pipeline):
    events, _ = _events(
        pipeline,
        "The army denied that its forces had shelled the camp. "
        "The group threatened to launch an offensive on the town.",
    )
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults
    assert all(e.negated or e.hypothetical for e in assaults)


def test_killing_clause_is_the_outcome_of_the_main_event(pipeline):
    events, _ = _events(pipeline, "Troops retook the town of Saraqib on Tuesday, killing at least 12 fighters.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].acled_subtype == "Government regains territory"
    assert assaults[0].fatalities.min == 12
    assert assaults[0].date == "2026-11-17"


def test_two_places_in_one_sentence_are_two_events(pipeline):
    events, _ = _events(
        pipeline, "Russian jets struck targets in Kharkiv on Friday, while artillery shelled villages near Odesa."
    )
    places = {e.place.name for e in events if e.type == "ASSAULT" and e.place}
    assert {"Kharkiv", "Odesa"} <= places


def test_labour_strike_is_a_protest_and_air_strike_is_not(pipeline):
    events, _ = _events(pipeline, "Teachers went on strike over unpaid wages.")
    assert [e.type for e in events] == ["PROTEST"]
    events, _ = _events(pipeline, "An Israeli air strike hit a house in Rafah.")
    assert any(e.acled_subtype == "Air/drone strike" for e in events)


def test_passive_agent_is_the_actor_and_subject_the_target(pipeline):
    events, names = _events(pipeline, "Three civilians were killed by Islamic State militants in Raqqa.")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert "Islamic State" in {names[a] for a in event.actors}
    assert any(names[t].startswith("Civilians") for t in event.targets)
    assert event.acled_type == "Violence against civilians"


def test_reported_by_from_according_to(pipeline):
    events, _ = _events(pipeline, "Clashes killed 9 fighters in Marib, according to the Syrian Observatory for Human Rights.")
    assert any("Syrian Observatory for Human Rights" in e.reported_by for e in events)


def test_injured_are_counted_apart_from_the_dead(pipeline):
    events, _ = _events(pipeline, "A car bomb exploded in a market in Mogadishu on Sunday, killing six people and wounding 23 others.")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert event.fatalities.min == 6
    assert event.injured.min == 23


def test_the_other_side_of_a_clash_is_the_target(pipeline):
    events, names = _events(pipeline, "Hezbollah fighters clashed with Israeli troops near the border on Sunday.")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert "Hezbollah" in {names[a] for a in event.actors}
    assert any("Israel" in names[t] for t in event.targets)


def test_a_demonym_on_a_military_act_is_that_state_s_forces(pipeline):
    events, names = _events(pipeline, "Russian shelling killed three civilians in Kherson on Monday, officials said.")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert any(names[a].endswith("Russia") and "Military" in names[a] for a in event.actors)


def test_trailing_attribution_is_the_source(pipeline):
    events, _ = _events(
        pipeline,
        "Rebels clashed with government troops near Hama on Monday, killing at least seven fighters, "
        "the Syrian Observatory for Human Rights said.",
    )
    assert any("Syrian Observatory for Human Rights" in e.reported_by for e in events if e.type == "ASSAULT")


def test_verbal_acts_are_coded_as_plover_events_once(pipeline):
    events, names = _events(
        pipeline,
        "The army denied that its forces had shelled the camp.\n\n"
        "The militia's commander warned that the government would pay a heavy price.",
    )
    types = [e.type for e in events]
    assert "REJECT" in types and "THREATEN" in types
    assert types.count("THREATEN") == 1
    (threat,) = [e for e in events if e.type == "THREATEN"]
    assert threat.actors and not threat.negated
