"""Events, round 3 (issue #4): triggers news copy uses that the lexicon missed (weapons fired or
launched at a target, burning property, surrender, prisoner swaps), doers and victims the parse
hides ("a Russian missile strike", "killing eight officers"), and ACLED subtypes (suicide car
bombs, one-sided killings of civilians). Sentences written for these tests, several regions."""

from sitrep.model import Article


def _events(pipeline, text, published="2026-05-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document.events, names


def _named(event, names, side="actors"):
    return [names[actor] for actor in getattr(event, side)]


def test_missile_fired_at_a_city_is_a_missile_attack(pipeline):
    events, names = _events(pipeline, "Houthi fighters fired two ballistic missiles at the Saudi port of Jazan on Friday.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].acled_subtype == "Shelling/artillery/missile attack"
    assert assault[0].actors


def test_drones_launched_at_a_country_are_a_drone_strike(pipeline):
    events, names = _events(pipeline, "Russian troops launched 90 drones at Kharkiv overnight, the Ukrainian air force said.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert [e.acled_subtype for e in assault] == ["Air/drone strike"]
    assert any("Russia" in name for name in _named(assault[0], names))


def test_a_missile_intercepted_is_no_attack_of_its_own(pipeline):
    events, _ = _events(pipeline, "Air defences intercepted a missile over Riyadh on Monday, the ministry said.")
    assert not any(e.mode == "artillery" for e in events)


def test_grenade_thrown_at_a_police_post(pipeline):
    events, names = _events(pipeline, "Gunmen threw a grenade at a police post in Cali on Sunday, wounding two officers.")
    grenade = [e for e in events if e.acled_subtype == "Grenade"]
    assert len(grenade) == 1
    assert any("Armed Group" in name for name in _named(grenade[0], names))
    assert any("Police" in name for name in _named(grenade[0], names, "targets"))


def test_officers_killed_are_police(pipeline):
    events, names = _events(pipeline, "Militants ambushed a patrol in Khyber district on Tuesday, killing six officers.")
    targets = [name for e in events for name in _named(e, names, "targets")]
    assert any(name.startswith(("Police", "National Police")) or "Police" in name for name in targets)


def test_army_officers_are_military(pipeline):
    document = pipeline.extract_one(Article(text="The junta arrested two army officers in Niamey on Monday.", published="2026-05-12"))
    assert not any("Police" in actor.name for actor in document.actors)


def test_national_missile_strike_names_that_countrys_forces(pipeline):
    events, names = _events(pipeline, "An Israeli air strike on a house in Khan Younis killed nine people on Monday.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and any("Israel" in name for name in _named(assault[0], names))


def test_suicide_car_bomb_is_a_suicide_bomb(pipeline):
    events, _ = _events(pipeline, "A suicide car bomb exploded at a checkpoint in Mogadishu on Monday, killing seven people.")
    assert [e.acled_subtype for e in events if e.type == "ASSAULT"] == ["Suicide bomb"]


def test_setting_fire_to_homes_is_property_destruction(pipeline):
    events, _ = _events(pipeline, "Armed herders set fire to dozens of homes in the village of Dogon Noma on Friday.")
    assert [(e.type, e.acled_subtype) for e in events] == [("COERCE", "Looting/property destruction")]


def test_burning_that_wounds_people_is_an_attack(pipeline):
    events, _ = _events(pipeline, "Settlers set fire to cars in the village of Burin on Saturday, wounding three residents.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_burning_within_a_riot_is_the_riot(pipeline):
    events, _ = _events(pipeline, "Students rioted in Dhaka on Monday, torching buses and burning a police kiosk.")
    assert not any(e.type == "COERCE" for e in events)


def test_a_fire_that_burned_is_no_event(pipeline):
    events, _ = _events(pipeline, "A shell hit the depot in Kherson, starting a fire that burned for hours.")
    assert not any(e.type == "COERCE" for e in events)


def test_soldiers_surrendering(pipeline):
    events, _ = _events(pipeline, "The rebels said about 200 government soldiers had surrendered in Lashio on Sunday.")
    assert any(e.type == "CONCEDE" for e in events)


def test_prisoner_swap(pipeline):
    events, _ = _events(pipeline, "Armenia and Azerbaijan carried out a prisoner swap on Thursday, freeing 32 detainees.")
    assert any(e.type == "CONCEDE" for e in events)


def test_civilians_killed_in_raids_are_an_attack(pipeline):
    events, _ = _events(pipeline, "Gunmen killed at least 20 civilians in raids on farms in Plateau state on Sunday.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and assault[0].acled_subtype == "Attack"
