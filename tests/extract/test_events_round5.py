"""Events, round 5: a verbal act that the trigger lexicon codes ("condemned") takes its parties
from the statement stage, which resolves what the words refer back to ("the strikes": whose).
Sentences written for these tests."""

from sitrep.model import Article


def _events(pipeline, text, published="2026-05-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document, names


def test_condemnation_of_earlier_strikes_targets_their_doer(pipeline):
    document, names = _events(
        pipeline,
        "Iranian drones struck Kurdish opposition camps near Koya in northern Iraq on Sunday, local "
        "officials said. The Iraqi foreign ministry condemned the strikes.",
    )
    accusations = [e for e in document.events if e.type == "ACCUSE"]
    assert len(accusations) == 1
    (event,) = accusations
    assert [names[a] for a in event.actors] == [names[s.speaker] for s in document.statements
                                                 if s.kind == "CONDEMN"]
    targets = [names[t] for t in event.targets]
    assert targets and all("Iran" in t for t in targets)


def test_verbal_event_does_not_list_its_speaker_as_target(pipeline):
    document, names = _events(
        pipeline,
        "Turkish jets bombed PKK positions in the Qandil mountains on Tuesday. The Kurdistan Regional "
        "Government condemned the bombardment and urged Ankara to respect Iraq's borders.",
    )
    for event in document.events:
        if event.type in {"ACCUSE", "REQUEST"}:
            assert not set(event.actors) & set(event.targets)
            assert event.targets


def _named(document, names, event):
    return [names[a] for a in event.actors], [names[t] for t in event.targets]


def test_counted_fighters_killed_by_troops_are_the_side_fought(pipeline):
    document, names = _events(pipeline, "Troops killed 12 militants in Borno state on Monday, the army said.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    actors, targets = _named(document, names, event)
    assert actors == ["Military Forces of Nigeria"]
    assert targets == ["Unidentified Armed Group (Nigeria)"]


def test_counted_fighters_refer_to_the_group_named_before(pipeline):
    document, names = _events(
        pipeline, "ISWAP fighters attacked a base in Monguno on Sunday. Troops killed 12 militants in a counterattack, the army said.")
    events = [e for e in document.events if e.type == "ASSAULT"]
    assert any(_named(document, names, e)[1] == ["Islamic State West Africa Province"] for e in events)


def test_dead_of_a_clash_between_named_sides_are_no_new_group(pipeline):
    document, names = _events(pipeline, "The SNA clashed with the SDF near Manbij on Monday, killing seven fighters.")
    assert not any(actor.name.startswith("Unidentified") for actor in document.actors)


def test_a_forces_camp_is_no_civilian_site(pipeline):
    document, names = _events(pipeline, "Suspected BLA militants stormed a Frontier Corps camp in Turbat on Sunday.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert event.acled_type == "Battles"
    assert _named(document, names, event)[1] == ["Frontier Corps"]
    names_of = {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}
    assert ("Balochistan Liberation Army", "opposes", "Frontier Corps") in names_of


def test_a_military_checkpoint_is_the_military_s(pipeline):
    document, names = _events(pipeline, "Separatist fighters attacked a military checkpoint near Kumba on Friday.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert _named(document, names, event)[1] == ["Military Forces of Cameroon"]


def test_gang_members_are_an_armed_group(pipeline):
    document, names = _events(pipeline, "Gang members opened fire on a police convoy in Port-au-Prince, killing three officers.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    actors, targets = _named(document, names, event)
    assert actors == ["Unidentified Gang (Haiti)"] and targets == ["Police Forces of Haiti"]


def test_unlabelled_town_decides_the_country_of_generic_actors(pipeline):
    document, names = _events(pipeline, "Rwandan troops killed 18 insurgents in a raid near Mocimboa da Praia on Friday.")
    assert "Unidentified Armed Group (Mozambique)" in names.values()


def test_what_someone_is_urged_to_do_is_no_event(pipeline):
    document, _ = _events(pipeline, "The UN mission urged the armed groups to withdraw from residential areas of Tripoli.")
    assert not [e for e in document.events if e.type == "RETREAT" and not e.hypothetical]


def test_a_second_appeal_joined_to_a_demand_is_an_event(pipeline):
    document, _ = _events(
        pipeline, "The council demanded the release of the hostages and called on the government to protect the villages.")
    requests = [e for e in document.events if e.type == "REQUEST" and not e.hypothetical]
    assert requests


def test_trigger_words_describing_an_actor_are_no_events(pipeline):
    document, _ = _events(pipeline, "At least 17 civilians were killed by shelling near Gondar, an aid worker said.")
    assert not [e for e in document.events if e.type == "AID"]
    document, _ = _events(
        pipeline, "Government forces, backed by African Union troops, regained control of the base in Balad on Wednesday.")
    assert not [e for e in document.events if e.type == "SUPPORT"]


def test_came_under_fire_from_makes_the_subject_the_target(pipeline):
    document, names = _events(pipeline, "Israeli troops came under fire from Hezbollah fighters near the border on Monday.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert _named(document, names, event) == (["Hezbollah"], ["Military Forces of Israel"])


def test_an_attack_repelled_is_made_by_the_attacker_on_the_repeller(pipeline):
    document, names = _events(pipeline, "Soldiers repelled an attack by ISWAP fighters on a base in Borno state, the army said.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert _named(document, names, event) == (["Islamic State West Africa Province"], ["Military Forces of Nigeria"])


def test_driving_a_force_out_is_an_attack_and_a_meeting_pushed_back_is_not(pipeline):
    document, names = _events(pipeline, "Government forces drove M23 rebels out of the town of Sake on Tuesday.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert _named(document, names, event)[1] == ["March 23 Movement"]
    document, _ = _events(pipeline, "The minister pushed back the meeting with donors in Kinshasa.")
    assert not document.events


def test_past_tense_verb_the_tagger_calls_a_noun_still_triggers(pipeline):
    document, names = _events(pipeline, "The military retook Mocimboa da Praia from Islamist insurgents on Monday.")
    assert [e for e in document.events if e.type == "ASSAULT"]


def test_a_mine_planted_by_a_group_is_the_group_s_act(pipeline):
    document, names = _events(pipeline, "Two soldiers died when their vehicle hit a mine planted by the BLA in Kech on Monday.")
    events = [e for e in document.events if e.type == "ASSAULT"]
    assert events and all("Balochistan Liberation Army" not in _named(document, names, e)[1] for e in events)
    assert any("Balochistan Liberation Army" in _named(document, names, e)[0] for e in events)


def test_a_claimed_attack_is_an_event(pipeline):
    document, names = _events(pipeline, "The Houthis claimed responsibility for a missile attack on the port of Eilat on Sunday.")
    assert [e for e in document.events if e.type == "ASSAULT" and [names[a] for a in e.actors] == ["Houthis"]]


def test_group_name_tagged_as_adjective_still_owns_its_fighters(pipeline):
    document, names = _events(pipeline, "Fano fighters captured the town of Lalibela after heavy fighting with federal troops.")
    assert "Fano" in names.values()
    assert not any(n.startswith("Unidentified") for n in names.values())


def test_source_is_who_issued_the_statement_not_the_statement(pipeline):
    document, _ = _events(pipeline, "Eritrean troops shelled positions of the Tigray Defence Forces near Zalambessa on "
                                    "Sunday, according to a statement from the Tigray Interim Administration.")
    assert [e.reported_by for e in document.events] == [["Tigray Interim Administration"]]
    document, _ = _events(pipeline, "Rebels looted the health centre of Niem, according to the UN peacekeeping mission, MINUSCA.")
    assert all(e.reported_by == ["MINUSCA"] for e in document.events)


def test_a_retaking_is_from_whoever_took_the_town(pipeline):
    document, names = _events(pipeline, "Myanmar's military regained control of the town of Pinlebu on Tuesday, two months "
                                        "after it was seized by the Kachin Independence Army.")
    retaking = [e for e in document.events if e.mode == "regain-territory"]
    assert retaking and "Kachin Independence Army" in _named(document, names, retaking[0])[1]


def test_responding_with_strikes_and_hacking_to_death(pipeline):
    document, names = _events(pipeline, "The Arakan Army captured a base on Monday. The junta responded with air strikes "
                                        "on Ramree island that killed at least 18 civilians, the rebel group said.")
    strikes = [e for e in document.events if e.mode == "aerial"]
    assert strikes and strikes[0].actors
    document, names = _events(pipeline, "Rebels of the Allied Democratic Forces (ADF) hacked to death at least 23 people "
                                        "in raids on two villages in Lubero territory.")
    assert any(_named(document, names, e)[0] == ["Allied Democratic Forces"] for e in document.events)


def test_a_retaking_and_the_earlier_overrunning_are_two_events(pipeline):
    document, names = _events(pipeline, "Burkina Faso's army retook the town of Diapaga on Monday, nine days after the "
                                        "al-Qaeda-linked JNIM overran it, state broadcaster RTB reported.")
    sides = {(tuple(_named(document, names, e)[0]), tuple(_named(document, names, e)[1]))
             for e in document.events if e.type == "ASSAULT"}
    assert any("Jama'at Nusrat al-Islam wal-Muslimin" in actors for actors, _ in sides)
    assert any("Military Forces of Burkina Faso" in actors for actors, _ in sides)


def test_men_shot_dead_are_civilian_victims(pipeline):
    document, names = _events(pipeline, "Separatist militants blocked a highway in Kalat district on Tuesday night and "
                                        "shot dead nine men, provincial officials said.")
    assert any(_named(document, names, e)[1] == ["Civilians (Pakistan)"] for e in document.events)


def test_a_speaker_s_own_forces_and_downed_drones(pipeline):
    document, names = _events(pipeline, "Jaish al-Adl fighters attacked a border post in Saravan on Tuesday. The Islamic "
                                        "Revolutionary Guard Corps said its ground forces had killed three of the attackers.")
    assert any(_named(document, names, e)[0] == ["Islamic Revolutionary Guard Corps"] for e in document.events)
    document, names = _events(pipeline, "RSF fighters attacked El Obeid on Monday. The army said its air defences had "
                                        "shot down 11 drones over the city.")
    downed = [e for e in document.events if "Rapid Support Forces" in _named(document, names, e)[1]]
    assert downed and _named(document, names, downed[0])[0] == ["Military Forces of Sudan"]
    assert "El Obeid" not in names.values()


def test_ground_taken_inside_another_state_is_taken_from_its_forces(pipeline):
    document, names = _events(pipeline, "Russian forces have captured the village of Bilytske near the town of "
                                        "Dobropillia in the Donetsk region, the Russian defence ministry said on Wednesday.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert _named(document, names, event) == (["Military Forces of Russia"], ["Military Forces of Ukraine"])


def test_the_attackers_a_group_fought_are_not_itself(pipeline):
    document, names = _events(pipeline, "Islamic State Sahel Province fighters attacked a camp near Menaka. The MSA said "
                                        "its fighters had clashed with the attackers near the border, killing five of them.")
    assert any(_named(document, names, e)[1] == ["Islamic State Sahel Province"] for e in document.events)
