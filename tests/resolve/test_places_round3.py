"""Event places, round 3: a named region inside a country ("the eastern Ghouta"), a neighbourhood
the gazetteer lacks placed at its city, names left untagged before a kind word ("the Odesa
region", "western Aleppo countryside"), the second of two conjoined names, and admin words such as
"territory" and "county"."""

from __future__ import annotations

from sitrep.model import Article
from sitrep.resolve.places import best_entry, split_kind


def _event_places(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-11-19"))
    return [event.place for event in document.events if not event.hypothetical]


def _first_place(pipeline, text):
    places = [place for place in _event_places(pipeline, text) if place is not None]
    assert places, f"no placed event in {text!r}"
    return places[0]


def test_eastern_ghouta_is_the_region_near_damascus_not_a_shifted_point(pipeline):
    place = _first_place(pipeline, "Government forces pounded rebel positions in the eastern Ghouta on Tuesday.")
    assert place.country == "SYR" and place.precision == "region"
    assert abs(place.lat - 33.5) < 0.2 and abs(place.lon - 36.44) < 0.2


def test_region_rows_keep_their_country_and_admin1():
    entry = best_entry("East Ghouta")
    assert entry is not None and entry.country == "SYR" and entry.level == "region"
    assert best_entry("Africa").country is None  # continents stay countryless


def test_neighbourhood_the_gazetteer_lacks_is_placed_at_its_city(pipeline):
    place = _first_place(pipeline, "Shelling hit Aleppo's Sheikh Maqsoud district on Monday, killing four civilians.")
    assert place.name == "Sheikh Maqsoud"
    assert place.country == "SYR" and abs(place.lat - 36.2) < 0.1


def test_untagged_town_before_region_word_is_the_event_place(pipeline):
    place = _first_place(
        pipeline,
        "Russian drones struck energy facilities in the Kharkiv region overnight, the governor said.",
    )
    assert place.country == "UKR" and place.admin1 is not None and "Khark" in place.admin1


def test_city_word_after_a_mislabelled_name_makes_it_a_place(pipeline):
    place = _first_place(pipeline, "Shells hit Aleppo city and killed nine people.")
    assert place.country == "SYR" and abs(place.lon - 37.16) < 0.1


def test_territory_and_county_are_admin_words():
    assert split_kind("Djugu territory") == ("Djugu", "admin")
    assert split_kind("the municipality of Gao") == ("Gao", "admin")
