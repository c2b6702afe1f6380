"""Reporting verbs the parser misreads, a side's unverifiable account of its own operation,
branches named by their owner and a country, and who leads what a possessive or a relative clause
says. Sentences written for these tests."""

from tests.extract.relation_helpers import relations_of


def test_a_main_verb_read_as_a_participle_after_a_long_relative_clause_still_speaks(document_statements_of):
    found = document_statements_of(
        "The KNU, which has fought the military for decades from bases along the Thai border in "
        "Kayin state, accused the junta of bombing a monastery near Hpapun.", "2026-03-10")
    assert any(kind == "ACCUSE" and speaker.startswith("Karen National") for kind, speaker, _ in found), found


def test_a_participle_with_no_object_of_its_own_is_still_no_speaker(document_statements_of):
    found = document_statements_of("Aid convoys attacked by gunmen near Kutum were stopped for a week.", "2026-03-10")
    assert not any(kind == "ACCUSE" for kind, _, _ in found), found


def test_a_speaker_phrase_hung_on_the_reported_clause_still_speaks(document_statements_of):
    found = document_statements_of(
        "All five attackers were killed in a gunfight that lasted until the evening, the military's media "
        "wing, Inter-Services Public Relations (ISPR), said, blaming \u201cIndian-sponsored khawarij\u201d.", "2026-03-10")
    assert "ACCUSE" in [kind for kind, _, _ in found], found


def test_a_state_forces_vague_toll_of_its_own_operation_is_a_claim(document_statements_of):
    found = document_statements_of(
        "The Nigerian army said on Monday its jets had struck a bandit camp in the Rugu forest, killing "
        "scores of fighters.", "2026-03-10")
    assert "CLAIM" in [kind for kind, _, _ in found], found


def test_a_state_forces_exact_toll_of_its_own_operation_only_sources_it(document_statements_of):
    found = document_statements_of(
        "The Nigerian army said on Monday its jets had struck a bandit camp in the Rugu forest, killing "
        "14 fighters.", "2026-03-10")
    assert "CLAIM" not in [kind for kind, _, _ in found], found


def test_a_groups_branch_in_a_country_is_the_known_branch(pipeline):
    relations = relations_of(pipeline, "Islamic State's Afghan branch claimed the bombing in Kabul on Monday.")
    assert ("Islamic State Khorasan Province", "part_of", "Islamic State") in relations


def test_whose_commander_leads_the_militia_just_before_it(pipeline):
    relations = relations_of(pipeline, "The town is held by the army's 22nd Infantry Division, which fights "
                                       "alongside the Sudan Shield Forces, a militia whose commander, Abu Aqla "
                                       "Kayka, broke with the RSF last year.")
    assert ("Abu Aqla Kayka", "leader_of", "Sudan Shield Forces") in relations
    assert not any(s == "Abu Aqla Kayka" and o == "22nd Infantry Division" for s, p, o in relations)


def test_a_body_that_reports_to_a_named_person_is_led_by_that_person(pipeline):
    relations = relations_of(pipeline, "Azerbaijan's State Border Service, which reports to President Ilham "
                                       "Aliyev, denied opening fire on Armenian positions.")
    assert any(s == "Ilham Aliyev" and p == "leader_of" and "Border Service" in o for s, p, o in relations), relations


def test_a_persons_possessive_on_a_named_group_names_its_leader(pipeline):
    relations = relations_of(pipeline, "Fighters of Riek Machar's SPLM-IO attacked an army barracks in Nasir on Monday.")
    assert ("Riek Machar", "leader_of", "Sudan People's Liberation Movement-in-Opposition") in relations
