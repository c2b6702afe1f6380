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


def test_places_known_only_to_their_country_never_merge():
    vague = replace(BASE, id="e9", place_name="Syria", lat=35.0, lon=38.0, precision="country")
    assert not same_event(vague, replace(vague, id="e10"))
    province = replace(BASE, id="e11", place_name="Idlib", lat=35.9, lon=36.6, precision="admin1")
    assert same_event(province, replace(province, id="e12"))
    assert not same_event(province, BASE)  # a province is not a town in it


def test_actor_matcher_folds_spellings_and_keeps_short_names_exact():
    from sitrep.fuse.actors import ActorMatcher, ActorName

    matcher = ActorMatcher([
        ActorName("a1", "armed_group", ("Suqour al-Jabal Brigade",)),
        ActorName("p1", "person", ("Abu Ali",)),
    ])
    assert matcher.match("armed_group", "Suqur al-Jabal Brigade") == "a1"
    assert matcher.match("armed_group", "the Suqour al Jabal Brigade") == "a1"
    assert matcher.match("political_party", "Suqur al-Jabal Brigade") is None  # another kind
    assert matcher.match("person", "Abu Ala") is None  # short: exact folded only
    assert matcher.match("person", "abu ali") == "p1"


def test_actor_matcher_ignores_common_noun_aliases_and_country_made_kinds():
    from sitrep.fuse.actors import ActorMatcher, ActorName

    matcher = ActorMatcher([
        ActorName("g1", "government", ("Government of Syria", "government")),
        ActorName("a1", "armed_group", ("Northern Front", "fighters")),
    ])
    assert matcher.match("government", "Government of Mali") is None
    assert matcher.match("government", "Government of Syria") is None  # made from a country: never
    assert matcher.match("armed_group", "fighters") is None


def test_actor_matcher_keeps_names_qualified_by_another_country_apart():
    from sitrep.fuse.actors import ActorMatcher, ActorName

    matcher = ActorMatcher([
        ActorName("p1", "other", ("Protesters (Iraq)",)),
        ActorName("u1", "armed_group", ("Unidentified Armed Group (Mali)",)),
    ])
    assert matcher.match("other", "Protesters (Iran)") is None
    assert matcher.match("armed_group", "Unidentified Armed Group (Malawi)") is None
    assert matcher.match("other", "Protesters (Iraq)") == "p1"  # the same name is the same actor


def test_day_windows_stay_inside_the_calendar():
    from sitrep.store.fusion import _day_window

    assert _day_window("0001-01-01") == ("0001-01-01", "0001-01-03")
    assert _day_window("9999-12-31") == ("9999-12-29", "9999-12-31")
    assert _day_window("2026-02-30") is None
