"""Toponyms and region phrases against the default gazetteer (built once per machine, on first use),
and the event's place chosen in context by the real pipeline."""

from __future__ import annotations

import pytest

from sitrep.model import Article
from sitrep.resolve.places import Nearby, best_entry, resolve_place
from sitrep.resolve.regions import border_place, direction_place


def test_resolve_places_transliteration_and_country_focus():
    kobani = resolve_place("Kobani", "SYR")
    assert (kobani.name, kobani.country, kobani.admin1, kobani.precision) == ("Kobani", "SYR", "Aleppo", "exact")
    numan = resolve_place("Maarat al-Numan", "SYR")
    assert numan.country == "SYR" and numan.admin1 == "Idlib"
    assert abs(numan.lat - 35.65) < 0.1 and abs(numan.lon - 36.68) < 0.1


def test_resolve_places_admin_areas_and_countries():
    province = resolve_place("Idlib province")
    assert (province.precision, province.admin1, province.geonameid) == ("admin1", "Idlib", None)
    assert resolve_place("Halab governorate").admin1 == "Aleppo"
    country = resolve_place("Syria")
    assert (country.name, country.country, country.precision) == ("Syria", "SYR", "country")
    assert resolve_place("Xqzzyville") is None


def test_resolve_places_nearby_admin_area_ranks_candidates():
    idlib = best_entry("Idlib province")
    # Two Syrian towns named Binnish-like names would tie on population; the named province decides.
    entry = best_entry("Saraqeb", None, nearby=Nearby.of([idlib]))
    assert entry.admin1_name == "Idlib"


def test_resolve_places_direction_keeps_the_words_and_moves_the_point():
    syria = best_entry("Syria")
    northwest = direction_place(syria, "northwestern", "northwestern Syria")
    assert (northwest.name, northwest.precision, northwest.country) == ("northwestern Syria", "region", "SYR")
    assert northwest.lat > syria.lat and northwest.lon < syria.lon
    south = direction_place(best_entry("Lebanon"), "southern", "southern Lebanon")
    assert south.lat < best_entry("Lebanon").lat


def test_resolve_places_border_point_lies_between_the_countries():
    border = border_place("SYR", "TUR", "the Syria-Turkey border")
    assert border.precision == "region" and 36.0 < border.lat < 37.5


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("Government troops retook the village of Kfar Zeit in Idlib province on Tuesday.", "Kfar Zeit", "admin1"),
        ("Russian jets struck the outskirts of Aleppo on Monday.", "outskirts of Aleppo", "region"),
        ("Israeli strikes killed three people in southern Lebanon.", "southern Lebanon", "region"),
        ("Turkish drones hit a convoy along the Syria-Turkey border.", "Syria-Turkey border", "region"),
        ("Rebels attacked army posts in the Idlib countryside.", "Idlib countryside", "region"),
        ("Fighters shelled Maarat al-Numan in eastern Idlib province.", "Maarat al-Numan", "exact"),
        ("Clashes erupted in Kobani.", "Kobani", "exact"),
    ],
)
def test_resolve_places_event_place_in_context(pipeline, text, name, precision):
    (document,) = pipeline.extract([Article(text=text, published="2026-11-19")])
    place = document.events[0].place
    assert (place.name, place.precision) == (name, precision)
    assert place.lat is not None


def test_resolve_places_event_falls_back_to_the_article_country(pipeline):
    text = "Clashes erupted in Saraqeb in Syria on Monday.\n\nFive soldiers were killed."
    (document,) = pipeline.extract([Article(text=text, published="2026-11-19")])
    places = [event.place for event in document.events]
    assert places[0].name == "Saraqeb"
    assert (places[-1].name, places[-1].precision) == ("Syria", "country")
