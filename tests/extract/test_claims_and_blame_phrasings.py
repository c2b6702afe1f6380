"""Claims and blame told in phrasings other than "claimed" and "accused": "took responsibility
for", a claim passed "through" the group's outlet, "boasted ... of killing", an act "pinned on"
or "attributed to" a side. And an owned unit named in apposition is the unit, not its owner.
Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _document(pipeline, text):
    return pipeline.extract_one(Article(text=text, published="2026-04-14"))


def _names(document):
    return {a.id: a.name for a in document.actors}


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army convoy near Palmyra on Sunday. Islamic State took responsibility for the "
    "ambush in a statement on its Amaq agency.",
    "Militants attacked a barracks near Tillaberi in Niger on Monday. The group claimed through its "
    "Amaq outlet to have killed 40 soldiers.",
    "Islamic State Sahel Province boasted through its Amaq news agency of killing dozens of soldiers "
    "near Menaka in Mali.",
])
def test_claims_told_other_ways(pipeline, text):
    document = _document(pipeline, text)
    assert [s.kind for s in document.statements].count("CLAIM") == 1


def test_taking_responsibility_credits_the_attack(pipeline):
    document = _document(pipeline, "Gunmen ambushed an army convoy near Palmyra in Syria on Sunday, killing "
                                   "six soldiers. Islamic State took responsibility for the ambush.")
    names = _names(document)
    attack = next(e for e in document.events if e.type == "ASSAULT")
    assert "Islamic State" in {names[a] for a in attack.actors}


def test_taking_part_is_no_claim(pipeline):
    document = _document(pipeline, "The army said the militia took part in the offensive near Kidal in Mali.")
    assert "CLAIM" not in [s.kind for s in document.statements]


@pytest.mark.parametrize("text, blamed", [
    ("A bomb killed six people in Quetta on Monday. The government pinned the attack on the Balochistan "
     "Liberation Army.", "Balochistan Liberation Army"),
    ("The bombing, which police attributed to the Balochistan Liberation Army, killed six people in "
     "Quetta on Monday.", "Balochistan Liberation Army"),
])
def test_an_act_pinned_on_or_attributed_to_a_side_accuses_it(pipeline, text, blamed):
    document = _document(pipeline, text)
    names = _names(document)
    accusations = [s for s in document.statements if s.kind == "ACCUSE"]
    assert accusations and blamed in {names[t] for t in accusations[0].targets}


def test_the_side_an_attack_is_pinned_on_did_it(pipeline):
    document = _document(pipeline, "A bomb killed six people in Quetta on Monday. The government pinned "
                                   "the attack on the Balochistan Liberation Army.")
    names = _names(document)
    attacks = [e for e in document.events if e.type == "ASSAULT"]
    assert all("Balochistan Liberation Army" not in {names[t] for t in e.targets} for e in attacks)


def test_remarks_attributed_to_a_minister_are_no_blame(pipeline):
    document = _document(pipeline, "The newspaper attributed the remarks to the defence minister of Mali.")
    assert "ACCUSE" not in [s.kind for s in document.statements]


def test_an_operative_of_an_armed_wing_named_in_apposition(pipeline):
    document = _document(pipeline, "The Israeli military said it had killed a senior operative of Hamas's "
                                   "armed wing, the Qassam Brigades, in southern Lebanon on Saturday.")
    names = _names(document)
    opposed = {names[r.object] for r in document.relations if r.predicate == "opposes"}
    assert "Izz ad-Din al-Qassam Brigades" in opposed


def test_victims_named_after_including(pipeline):
    document = _document(pipeline, "An Israeli drone strike on a car in Nabatieh killed three people on "
                                   "Thursday, including a commander of Hezbollah's elite Radwan Force.")
    names = _names(document)
    strike = next(e for e in document.events if e.type == "ASSAULT")
    assert "Radwan Force" in {names[t] for t in strike.targets}


@pytest.mark.parametrize("text", [
    "The Qassam Brigades said every one of the collaborators \"will face the people's justice\".",
    "Niger's junta warned that any incursion onto its soil would be treated \"as an act of war\".",
    "The rebel spokesman said the militias would be swept out of Masisi within weeks.",
    "The ELN vowed to \"not leave one of them standing\" in the region of Catatumbo.",
])
def test_fates_promised_to_the_other_side_are_threats(pipeline, text):
    assert "THREATEN" in [s.kind for s in _document(pipeline, text).statements]


def test_detainees_treated_in_line_with_the_law_is_no_threat(pipeline):
    document = _document(pipeline, "The interior ministry said the detainees would be treated in line with "
                                   "the law of Burkina Faso.")
    assert "THREATEN" not in [s.kind for s in document.statements]


def test_a_clause_before_a_semicolon_is_its_own_statement(pipeline):
    document = _document(pipeline, "Niger's junta has long accused Benin of hosting French troops; on Thursday "
                                   "it warned that any Beninese incursion would be treated \"as an act of war\".")
    kinds = [s.kind for s in document.statements]
    assert "ACCUSE" in kinds and "THREATEN" in kinds


@pytest.mark.parametrize("text, speaker", [
    ("The U.N. mission in South Sudan (UNMISS) said it was alarmed by the fighting in Nasir.", "UN Mission in South Sudan"),
    ("The U.N. peacekeeping mission MINUSCA condemned the attack on Zemio.", "MINUSCA"),
    ("The U.N. human rights office said it was appalled by the killings in El Fasher.",
     "Office of the UN High Commissioner for Human Rights"),
])
def test_bodies_of_the_un_written_with_dots(pipeline, text, speaker):
    document = _document(pipeline, text)
    names = _names(document)
    assert [names[s.speaker] for s in document.statements][:1] == [speaker]


def test_an_attack_officials_blamed_on_a_gang(pipeline):
    document = _document(pipeline, "Gunmen shot dead nine people in a pool hall in Guayaquil on Tuesday, police said, "
                                   "in an attack officials blamed on Los Lobos, Ecuador's largest gang.")
    names = _names(document)
    accusations = [s for s in document.statements if s.kind == "ACCUSE"]
    assert accusations and {names[t] for t in accusations[0].targets} == {"Los Lobos"}


@pytest.mark.parametrize("text", [
    "A spokesman for Congo's government called Twirwaneho \"a Trojan horse for Rwanda\".",
    "The Kashmir Tigers, which Indian officials describe as a front for Jaish-e-Mohammed, claimed the ambush.",
])
def test_a_party_named_a_front_or_trojan_horse_is_accused(pipeline, text):
    assert "ACCUSE" in [s.kind for s in _document(pipeline, text).statements]


def test_a_threat_is_not_aimed_at_the_side_the_speaker_fights_beside(pipeline):
    document = _document(pipeline, "Rwandan troops, fighting alongside Mozambique's army, retook the town of "
                                   "Mocimboa da Praia from Islamic State fighters on Monday. \"Whoever sheds blood in "
                                   "Cabo Delgado will meet us in the forest,\" said Colonel Emmanuel Habimana, a "
                                   "spokesman for the Rwanda Defence Force.")
    names = _names(document)
    threats = [s for s in document.statements if s.kind == "THREATEN"]
    assert threats and "Military Forces of Mozambique" not in {names[t] for t in threats[0].targets}


@pytest.mark.parametrize("text", [
    "The region's administration said security forces \"will not rest until the last of these butchers is "
    "dragged out of the forests\".",
    "\"The enemy will find neither rest nor refuge, from Djibo to the last bush of the Sahel,\" Burkina Faso's "
    "security minister said.",
    "Hezbollah lawmaker Hussein Jaber said the patience of the resistance \"has limits that the enemy would be "
    "wise not to test\".",
    "Hamas warned that \"the settler gangs will reap what they sow\".",
    "The SPLA-IO said it would \"not sit idle while the regime bombs our people\".",
])
def test_threats_said_in_idioms(pipeline, text):
    assert "THREATEN" in [s.kind for s in _document(pipeline, text).statements]


def test_not_resting_until_captives_are_home_is_a_pledge(pipeline):
    document = _document(pipeline, "The governor of Zamfara pledged that the government would \"not rest until "
                                   "every last captive is home\".")
    assert "THREATEN" not in [s.kind for s in document.statements]
