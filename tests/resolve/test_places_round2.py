"""Round 2 of event places and dates on the real pipeline: distances and directions from a town,
"took control of X", places that are where an office sits or where a force headed, a later
sentence pointing back to the place it continues, and dates counted from the story ("hours
later", "the next day") or, for an article that names no date, the publication week."""

from __future__ import annotations

from sitrep.model import Article
from sitrep.resolve.places import best_entry

PUBLISHED = "2026-11-19"  # a Thursday


def _events(pipeline, text, published=PUBLISHED):
    document = pipeline.extract_one(Article(text=text, published=published))
    return [event for event in document.events if not event.hypothetical]


def _event(pipeline, text, words, published=PUBLISHED):
    for event in _events(pipeline, text, published):
        if words in event.evidence.text:
            return event
    raise AssertionError(f"no event in the sentence with {words!r}")


def test_distance_and_direction_from_a_town_is_that_towns_area_moved_that_way(pipeline):
    event = _event(
        pipeline,
        "Gunmen killed 11 herders in an attack on a village about 30 km north of Gao in eastern Mali "
        "on Tuesday, local officials said.",
        "killed",
    )
    gao = best_entry("Gao", "MLI")
    place = event.place
    assert place.precision == "region" and "north of Gao" in place.name
    assert place.lat > gao.lat + 0.2 and abs(place.lon - gao.lon) < 0.05


def test_direction_from_a_town_without_distance_keeps_the_towns_point(pipeline):
    event = _event(
        pipeline,
        "Soldiers clashed with insurgents north of Kandahar on Monday, killing four of them.",
        "clashed",
    )
    kandahar = best_entry("Kandahar", "AFG")
    assert event.place.precision == "region" and event.place.name == "north of Kandahar"
    assert (event.place.lat, event.place.lon) == (round(kandahar.lat, 5), round(kandahar.lon, 5))


def test_taking_control_of_a_town_places_the_event_there(pipeline):
    event = _event(
        pipeline,
        "The rebels said on Friday they had seized full control of Kindu in Maniema province.",
        "seized",
    )
    assert event.place.country == "COD" and event.place.precision == "exact"
    assert event.place.name == "Kindu"


def test_the_village_points_back_to_the_village_not_the_town_beside_it(pipeline):
    event = _event(
        pipeline,
        "Russian troops took the village of Novoselivka near the town of Kupiansk in the Kharkiv region, "
        "Moscow said on Monday. Ukrainian officers said their units were still holding the village's "
        "northern edge and had repelled 20 Russian assaults.",
        "repelled",
    )
    assert event.place.name == "Novoselivka"


def test_a_place_a_force_withdrew_towards_is_not_where_the_story_continues(pipeline):
    event = _event(
        pipeline,
        "Insurgents overran the town of Mocímboa da Praia in Cabo Delgado province on Sunday after "
        "government troops withdrew towards Pemba, residents said. The insurgents later beheaded "
        "three men accused of informing for the army.",
        "beheaded",
    )
    assert event.place.name != "Pemba"
    assert event.place.admin1 == "Cabo Delgado"


def test_where_the_authorities_sit_does_not_beat_the_area_the_story_points_back_to(pipeline):
    event = _event(
        pipeline,
        "Gunmen killed nine villagers in the town of Kajuru in Kaduna state on Monday, police said. "
        "The army deployed troops to the area, and officials in Abuja promised an inquiry.",
        "deployed",
    )
    assert event.place.name != "Abuja"
    assert event.place.admin1 == "Kaduna"


def test_the_sentence_right_after_the_event_carries_its_place(pipeline):
    event = _event(
        pipeline,
        "Militants stormed a police post in Tillaberi in western Niger on Wednesday, killing six officers. "
        "Four other officers were abducted, a security source said.",
        "abducted",
    )
    assert event.place.name == "Tillaberi"


def test_hours_later_counts_from_the_day_the_story_told(pipeline):
    event = _event(
        pipeline,
        "A car bomb killed three soldiers in Mogadishu on Tuesday, police said. Hours later, "
        "gunmen attacked a checkpoint in Afgoye, killing two policemen.",
        "attacked",
    )
    assert event.date == "2026-11-17" and event.date_precision == "day"


def test_the_next_day_is_one_day_after_the_day_the_story_told(pipeline):
    event = _event(
        pipeline,
        "Rebels attacked the town of Beni on Sunday, killing 12 civilians. The next day, "
        "soldiers clashed with the rebels outside the town.",
        "clashed",
    )
    assert event.date == "2026-11-16"  # Sunday the 15th, then Monday


def test_an_article_with_no_date_takes_the_publication_week_not_a_day(pipeline):
    event = _event(pipeline, "Air strikes kill five civilians in Ariha", "strikes", published="2016-02-25")
    assert event.date == "2016-02-25" and event.date_precision == "week"


def test_an_undated_sentence_in_a_dated_article_does_not_take_the_publication_week(pipeline):
    events = _events(
        pipeline,
        "Police fired tear gas at protesters in Nairobi on Tuesday.\n\nSeparately, gunmen kidnapped "
        "four traders in Mandera.",
    )
    kidnapping = next(event for event in events if "kidnapped" in event.evidence.text)
    assert kidnapping.date_precision != "week"
