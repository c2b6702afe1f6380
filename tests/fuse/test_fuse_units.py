from dataclasses import replace

from sitrep.fuse import EventSummary, band_keys, same_event, signature, similarity

STORY = (
    "Government forces shelled the town of Maarat al-Numan on Tuesday, killing at least 14 "
    "civilians including four children, according to local rescue workers. The bombardment "
    "began before dawn and continued for several hours, residents said, as families fled north "
    "towards the Turkish border. The army said it had targeted positions held by insurgents."
)


def test_syndicated_copy_is_similar_and_shares_a_band():
    copy = "DAMASCUS (Wire) - " + STORY.replace("residents said", "residents told reporters")
    first, second = signature(STORY), signature(copy)
    assert similarity(first, second) > 0.6
    assert set(band_keys(first)) & set(band_keys(second))


def test_different_stories_are_not_similar():
    other = (
        "Thousands of teachers marched in the capital on Friday to demand unpaid salaries, "
        "blocking the main avenue for several hours before police asked them to disperse."
    )
    assert similarity(signature(STORY), signature(other)) < 0.2


def test_signature_is_deterministic():
    assert (signature(STORY) == signature(STORY)).all()
    assert band_keys(signature(STORY)) == band_keys(signature(STORY))


BASE = EventSummary(
    id="e1", type="ASSAULT", acled_type="Explosions/Remote violence", date="2026-11-17",
    place_name="Maarat al-Numan", lat=35.64, lon=36.67, actors=frozenset({"army"}),
)


def test_same_event_told_with_other_details():
    other = replace(BASE, id="e2", date="2026-11-18", lat=35.66, lon=36.70, actors=frozenset({"army", "rebels"}))
    assert same_event(BASE, other)


def test_look_alikes_in_another_town_stay_apart():
    elsewhere = replace(BASE, id="e3", place_name="Saraqib", lat=35.86, lon=36.80)
    assert not same_event(BASE, elsewhere)


def test_far_apart_dates_or_other_types_stay_apart():
    assert not same_event(BASE, replace(BASE, id="e4", date="2026-11-25"))
    assert not same_event(BASE, replace(BASE, id="e5", type="PROTEST", acled_type="Protests"))


def test_contradicting_actors_and_hypothetical_events_stay_apart():
    assert not same_event(BASE, replace(BASE, id="e6", actors=frozenset({"someone-else"})))
    assert not same_event(BASE, replace(BASE, id="e7", hypothetical=True))
    assert same_event(BASE, replace(BASE, id="e8", actors=frozenset()))
