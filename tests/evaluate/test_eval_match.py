from eval_helpers import Fatalities, Place, actor, evidence

from sitrep.evaluate import match
from sitrep.evaluate.schema import GoldActor, GoldPlace, Span


def test_name_variants_match():
    assert match.name_similar("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham")
    assert match.name_similar("Hay’at Tahrir al-Sham", "HAYAT TAHRIR AL SHAM")
    assert match.name_similar("Ahrar al-Sham", "Ahrar ash-Sham")
    assert match.name_similar("Al Shabaab", "al-Shabab")
    assert match.name_similar("the Syrian Observatory", "Syrian Observatory")
    assert match.name_similar("Bogotá", "Bogota")
    assert not match.name_similar("Hamas", "Hezbollah")
    assert not match.name_similar("IS", "ISIS")


def test_actor_matches_by_alias_mention_and_kind():
    text = "Fighters of HTS shelled the town."
    predicted = actor(text, "a1", "Hay'at Tahrir al-Sham", "armed_group", mention="HTS",
                      aliases=["HTS"])
    assert match.actor_matches(GoldActor("Hayat Tahrir al-Sham"), predicted)
    assert match.actor_matches(GoldActor("HTS"), predicted)
    assert match.actor_matches(GoldActor("x", spans=(Span(12, 15),)), predicted)
    assert not match.actor_matches(GoldActor("Islamic State"), predicted)
    generic = GoldActor("Syrian insurgents", kinds=frozenset({"armed_group"}), country="SYR",
                        generic=True)
    assert match.actor_matches(generic, predicted)  # no predicted country: not contradicted
    predicted.country = "IRQ"
    assert not match.actor_matches(generic, predicted)
    assert not match.actor_matches(GoldActor("Civilians", kinds=frozenset({"civilians"})),
                                   predicted)


def test_overlap_and_same_sentence():
    text = "Rebels attacked Idlib. The army responded on Monday. Talks resumed."
    assert match.overlaps(Span(0, 6), (5, 10))
    assert not match.overlaps(Span(0, 6), (6, 10))  # half-open
    gold = Span(23, 31, "The army")
    assert match.span_compatible(text, gold, evidence(text, "army responded"))
    assert match.span_compatible(text, gold, evidence(text, "Monday"))  # same sentence
    assert not match.span_compatible(text, gold, evidence(text, "Talks resumed"))
    assert match.span_compatible(text, None, evidence(text, "Talks resumed"))
    assert len(match.sentence_bounds(text)) == 3
    assert match.sentence_around(text, gold) == "The army responded on Monday."


def test_km_tolerance():
    aleppo = GoldPlace(name="Aleppo", lat=36.2021, lon=37.1343)
    near = Place(name="somewhere", lat=36.30, lon=37.20)  # ~12 km away
    far = Place(name="Idlib", lat=35.9306, lon=36.6339)  # ~53 km away
    assert 10 < match.haversine_km(36.2021, 37.1343, 36.30, 37.20) < 14
    assert match.place_matches(aleppo, near)
    assert not match.place_matches(aleppo, far)
    assert match.place_matches(aleppo, far, km=60)
    assert not match.place_matches(aleppo, Place(name="Aleppo"))  # gold has coordinates
    assert match.place_matches(GoldPlace(name="Aleppo"), Place(name="Aleppo city"))
    assert not match.place_matches(GoldPlace(name="Aleppo"), None)


def test_dates_and_fatalities():
    assert match.date_matches("2016-03-13", "2016-03-13")
    assert not match.date_matches("2016-03-13", "2016-03-14")
    assert not match.date_matches("2016-03-13", None)
    assert match.fatalities_match(10, Fatalities(min=10, max=30, text="10 to 30"))
    assert not match.fatalities_match(10, Fatalities(min=30, max=30, text="30"))
    assert match.fatalities_match(0, None)
    assert not match.fatalities_match(None, None)
