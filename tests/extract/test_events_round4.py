"""Events, round 4: doers the parse hides from the trigger — a participle with its own object
("militiamen killed 35 people, the mission said" parsed as a reduced relative; "fighters
executing prisoners"), a noun trigger framing a transitive act ("the army killed 15 assailants in
a counter-attack") and a bare claim of responsibility for the attack just told. Sentences written
for these tests, several regions."""

from sitrep.model import Article


def _events(pipeline, text, published="2026-05-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document.events, names


def _assaults(events):
    return [e for e in events if e.type == "ASSAULT"]


def _actor_names(event, names):
    return [names[actor] for actor in event.actors]


def test_reduced_relative_misparse_keeps_the_killers(pipeline):
    events, names = _events(
        pipeline,
        "CODECO militiamen killed at least 22 villagers in an attack on a camp in Ituri province, the UN mission said.",
    )
    assault = _assaults(events)
    assert len(assault) == 1
    assert _actor_names(assault[0], names) == ["CODECO"]


def test_participle_with_object_names_its_noun_as_doer(pipeline):
    events, names = _events(pipeline, "Footage showed RSF fighters executing several captured soldiers near Nyala.")
    assault = _assaults(events)
    assert assault and "Rapid Support Forces" in _actor_names(assault[0], names)


def test_victims_in_a_reduced_relative_are_not_doers(pipeline):
    events, names = _events(pipeline, "Relatives on Monday buried the five civilians killed in the shelling of Kherson.")
    assert not any(
        any("Civilian" in name for name in _actor_names(event, names)) for event in _assaults(events)
    )


def test_noun_trigger_framing_a_transitive_act_takes_its_subject(pipeline):
    events, names = _events(pipeline, "Nigerian troops killed 30 insurgents in a raid on a Boko Haram camp in Borno state on Friday.")
    assault = _assaults(events)
    assert assault and any("Nigeria" in name for name in _actor_names(assault[0], names))


def test_victims_who_died_in_a_strike_are_not_its_doers(pipeline):
    events, names = _events(pipeline, "Eight civilians died in an air strike on a market in Idlib, residents said.")
    assault = _assaults(events)
    assert assault
    assert not any("Civilian" in name for name in _actor_names(assault[0], names))


def test_bare_claim_of_responsibility_names_the_previous_attack_doer(pipeline):
    events, names = _events(
        pipeline,
        "A car bomb exploded outside a restaurant in Mogadishu on Sunday, killing 11 people, police said. "
        "Al-Shabaab claimed responsibility.",
    )
    assault = _assaults(events)
    assert len(assault) == 1
    assert _actor_names(assault[0], names) == ["al-Shabaab"]


def test_denied_or_absent_claims_name_no_doer(pipeline):
    events, names = _events(
        pipeline,
        "A bomb exploded at a bus station in Maiduguri on Monday, killing nine people. "
        "Boko Haram did not claim responsibility.",
    )
    assert all(not event.actors for event in _assaults(events))
    events, _ = _events(
        pipeline,
        "A roadside bomb killed four soldiers in Balochistan on Monday. No group claimed responsibility.",
    )
    assert all(not event.actors for event in _assaults(events))
