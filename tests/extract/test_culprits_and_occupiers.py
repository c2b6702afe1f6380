"""Targets named by what they did or what they are called: "the killers", "those behind the
ambush" are the doers of the violence the article tells, not the forces that answered it; "the
occupation" in the words of those under it is the occupying state. Sentences written for these
tests."""

import pytest

from sitrep.model import Article


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-05-06"))


def _targets(document, kind):
    names = {a.id: a.name for a in document.actors}
    return [sorted(names[t] for t in s.targets) for s in document.statements if s.kind == kind]


@pytest.mark.parametrize("text", [
    "Gunmen killed nine villagers in an attack on a market near Tillabéri on Saturday, residents said. "
    "Soldiers arrested four suspects in raids on Sunday. The defence minister vowed that the killers would "
    "\"rot in prison\".",
    "Armed men ambushed a police patrol outside Guayaquil on Monday, killing six officers. Troops detained "
    "two men at a checkpoint hours later. \"Those who murdered our officers will be hunted down,\" the "
    "interior minister told reporters.",
])
def test_culprits_are_the_doers_of_the_violence(pipeline, text):
    threats = _targets(_document(pipeline, text), "THREATEN")
    assert threats, "no threat found"
    assert all(targets and all(name.startswith("Unidentified") for name in targets) for targets in threats)


@pytest.mark.parametrize(("text", "kind"), [
    ("GAZA (Reuters) - Israeli warplanes struck targets across the Gaza Strip on Sunday, killing at least "
     "17 Palestinians, medics said. \"The occupation is hunting for pretexts to return to war,\" a senior "
     "Hamas official said in a statement.", "ACCUSE"),
    ("RAMALLAH (AP) - Israeli troops killed three Palestinians in a raid on the Far'a camp on Thursday. "
     "Islamic Jihad vowed that the \"crimes of the occupation\" would be answered \"in every alley\".",
     "THREATEN"),
])
def test_the_occupation_is_the_occupying_state(pipeline, text, kind):
    document = _document(pipeline, text)
    assert any(a.name == "Israel" and a.kind == "state" for a in document.actors)
    assert ["Israel"] in _targets(document, kind)


@pytest.mark.parametrize("text", [
    "Palestinian security forces arrested five gunmen in Jenin on Monday. The Jenin Brigade accused the "
    "Palestinian Authority of \"serving the occupation\".",
    "Israeli troops raided Nablus on Monday. The European Union said the occupation of the West Bank "
    "must end.",
])
def test_the_occupation_as_an_act_or_an_aside_is_no_actor(pipeline, text):
    document = _document(pipeline, text)
    assert not any(a.name == "Israel" and a.kind == "state" for a in document.actors)


@pytest.mark.parametrize(("text", "body"), [
    ("Israeli drones struck a car near Tyre on Monday, killing two men. The Israeli military said the men "
     "were members of Hezbollah's Radwan Force \"working to rebuild terrorist infrastructure\".", "Radwan Force"),
    ("Israeli jets struck a house near Quneitra on Tuesday, killing three men. The Israeli military said "
     "the men belonged to a cell of the Palestinian group Hamas that was planning attacks.", "Hamas"),
    ("Turkish troops killed four people near Hakkari on Friday. The ministry said the dead were fighters "
     "of the Kurdistan Workers' Party who were \"planning attacks on Turkish soil\".", "Kurdistan Workers' Party"),
])
def test_a_charge_against_the_dead_is_against_their_body(pipeline, text, body):
    assert [body] in [targets[:1] for targets in _targets(_document(pipeline, text), "ACCUSE")]


@pytest.mark.parametrize("text", [
    "Gunmen killed eight people at a car wash in Culiacán on Wednesday, prosecutors said. Hours later, soldiers "
    "and National Guard troops clashed with an armed cell in the nearby town of Navolato, killing four suspects. "
    "Sinaloa's governor condemned the killings and appealed to residents to report suspicious vehicles.",
    "Militants stormed a village near Palma on Sunday, beheading five men, residents said. Rwandan and "
    "Mozambican troops pursued the attackers and killed three of them. Cabo Delgado's governor called the "
    "killings \"the work of cowards\".",
])
def test_a_condemned_event_is_the_armed_mens_not_the_answer(pipeline, text):
    condemned = _targets(_document(pipeline, text), "CONDEMN")
    assert condemned and all(targets and all(n.startswith("Unidentified") for n in targets) for targets in condemned)


def test_organs_of_one_state_fighting_an_unnamed_foe_are_one_side(pipeline):
    document = _document(pipeline, "Soldiers and National Guard troops clashed with an armed cell near "
                                   "Navolato on Monday, killing four suspects, the security cabinet said.")
    names = {a.id: a.name for a in document.actors}
    clash = next(e for e in document.events if e.type == "ASSAULT")
    assert {names[a] for a in clash.actors} == {"Military Forces of Mexico", "National Guard"}
    assert [names[t] for t in clash.targets] == ["Unidentified Armed Group (Mexico)"]


@pytest.mark.parametrize("appeal", [
    "UNSMIL, the U.N. mission in Libya, said it was deeply concerned and called for an immediate ceasefire.",
    "Egypt called for restraint and offered to mediate.",
])
def test_an_appeal_for_peace_that_names_no_one_goes_to_the_sides_fighting(pipeline, appeal):
    document = _document(pipeline, "Fighters of the Radaa Deterrence Force clashed with the 444th Combat Brigade "
                                   "in Tripoli on Monday, killing six people, medics said. " + appeal)
    assert ["444th Combat Brigade", "Rada Special Deterrence Force"] in _targets(document, "APPEAL")


@pytest.mark.parametrize(("text", "friend"), [
    ("Islamic State militants ambushed a patrol of the Popular Mobilization Forces near Tarmiyah on Monday, "
     "killing four fighters. The PMF said the patrol belonged to its 22nd Brigade and vowed that \"the blood of "
     "the martyrs will not go unanswered\".", "22nd Brigade"),
    ("Al-Shabaab fighters attacked an army base near Sabiid on Tuesday before being pushed back, officials "
     "said. Somalia's defence minister said the militants \"will never again set foot in Sabiid\" and thanked "
     "Washington for its support.", "Government of United States"),
])
def test_a_threat_is_not_aimed_at_the_speakers_units_or_friends(pipeline, text, friend):
    threats = _targets(_document(pipeline, text), "THREATEN")
    assert threats and not any(friend in targets for targets in threats)


def test_a_country_s_people_named_as_a_side_are_its_fighting_party(pipeline):
    document = _document(pipeline, "Fighters of the 3R rebel group clashed with Russian instructors of the Africa "
                                   "Corps near Bambari on Monday. A spokesman for 3R said its fighters had only "
                                   "been hunting cattle thieves and accused the Russians of executing Fulani "
                                   "prisoners.")
    assert ["Africa Corps"] in _targets(document, "ACCUSE")
