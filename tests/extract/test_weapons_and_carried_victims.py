"""Who fired and who was hit when the report names weapons: aircraft named by their model ("Iraqi
F-16 jets"), a group's hideout as a bare noun object, people in the vehicle a bomb wrecked, and
whoever planted the bomb. Sentences written for these tests."""

from sitrep.model import Article


def _attack(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-03-09"))
    names = {a.id: a.name for a in document.actors}
    attack = next(e for e in document.events if e.type == "ASSAULT")
    return {names[a] for a in attack.actors}, {names[t] for t in attack.targets}, document


def test_jets_named_by_their_model_are_the_state_forces(pipeline):
    actors, targets, document = _attack(
        pipeline, "Iraqi F-16 jets struck an IS hideout in the Hamrin mountains on Monday, killing five militants.")
    assert actors == {"Military Forces of Iraq"}
    assert targets == {"Islamic State"}
    assert all(a.kind != "other" for a in document.actors)


def test_a_bomb_planted_by_a_group_that_wrecked_a_vehicle_carrying_police(pipeline):
    actors, targets, _ = _attack(
        pipeline, "A roadside bomb planted by Maoist insurgents wrecked a vehicle carrying Central Reserve "
                  "Police Force (CRPF) personnel near Awapalli in India on Monday, wounding four.")
    assert "Central Reserve Police Force" in targets
    assert actors and "Central Reserve Police Force" not in actors


def test_a_vehicle_carrying_supplies_names_no_victim(pipeline):
    _, targets, _ = _attack(pipeline, "A drone struck a truck carrying food near Kharkiv in Ukraine on Monday.")
    assert targets <= {"Civilians (Ukraine)"}


def test_an_alliance_described_as_at_war_with_a_government(pipeline):
    document = pipeline.extract_one(Article(
        text="3R belongs to the Coalition of Patriots for Change (CPC), an alliance at war with President "
             "Faustin-Archange Touadéra's government since 2020.", published="2026-03-09"))
    names = {a.id: a.name for a in document.actors}
    opposes = {(names[r.subject], names[r.object]) for r in document.relations if r.predicate == "opposes"}
    assert ("Coalition of Patriots for Change", "Government of Central African Republic") in opposes
