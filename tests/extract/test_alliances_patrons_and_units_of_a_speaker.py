"""What alliances are made of, who backs or leads whom by apposition, possessive or "of", units a
speaker calls "its", bodies put under others, and threats and claims told without a threat or
claim verb. Sentences written for these tests."""

from tests.extract.relation_helpers import relations_of


def test_a_confederation_of_listed_states_has_each_as_a_member(pipeline):
    relations = relations_of(pipeline, "The Alliance of Sahel States (AES), a confederation of Mali, Niger and "
                                       "Burkina Faso, announced a joint battalion on Thursday.")
    for state in ("Mali", "Niger", "Burkina Faso"):
        assert (state, "member_of", "Alliance of Sahel States") in relations, relations


def test_a_coalition_of_gangs_including_named_gangs_has_them_as_members(pipeline):
    relations = relations_of(pipeline, "Viv Ansanm, a coalition of gangs including 400 Mawozo and Gran Grif, "
                                       "stormed the town of Mirebalais on Monday.")
    assert ("Gran Grif", "member_of", "Viv Ansanm") in relations, relations
    assert not any(o.startswith("Unidentified") for _, _, o in relations), relations


def test_a_clause_on_the_members_lists_no_member(pipeline):
    relations = relations_of(pipeline, "The RSF overran positions held by the Joint Forces, a coalition of former "
                                       "rebel groups fighting alongside the army, local sources and the UN said.")
    assert not any(p == "member_of" and o == "Joint Forces" for _, p, o in relations), relations


def test_a_coalition_that_includes_a_persons_movement_has_the_movement_not_the_person(pipeline):
    relations = relations_of(pipeline, "The Joint Forces, a coalition that includes Minni Minawi's Sudan "
                                       "Liberation Movement and the Justice and Equality Movement, held El Fasher.")
    assert ("Justice and Equality Movement", "member_of", "Joint Forces") in relations, relations
    assert not any(o == "Minni Minawi" for _, _, o in relations), relations
    assert ("Minni Minawi", "leader_of", "Sudan Liberation Movement") in relations, relations


def test_an_apposition_hung_on_the_spokesman_still_describes_the_named_alliance(pipeline):
    relations = relations_of(pipeline, "A spokesman for the Congo River Alliance (AFC), the political-military "
                                       "coalition to which M23 belongs, denied the report.")
    assert ("March 23 Movement", "member_of", "Alliance Fleuve Congo") in relations, relations
    assert not any("Military Forces" in s or "Military Forces" in o for s, _, o in relations), relations


def test_a_patron_in_apposition_backs_what_it_is_the_backer_of(pipeline):
    relations = relations_of(pipeline, "Iran, the main backer of the Houthis, condemned the strikes on Hodeidah.")
    assert ("Houthis", "backed_by", "Iran") in relations, relations


def test_a_faction_of_a_person_is_led_by_that_person(pipeline):
    relations = relations_of(pipeline, "The market is controlled by the Sudan Liberation Movement faction of "
                                       "Abdel Wahid al-Nur, which has stayed out of the war.")
    assert ("Abdel Wahid al-Nur", "leader_of", "Sudan Liberation Movement") in relations, relations


def test_the_speakers_units_are_its_own_also_after_a_pronoun_subject(pipeline):
    relations = relations_of(pipeline, "Sudan's army said on Friday it had repelled an attack by the Rapid "
                                       "Support Forces on the headquarters of its 16th Infantry Division in Nyala.")
    assert ("16th Infantry Division", "part_of", "Military Forces of Sudan") in relations, relations


def test_the_outlet_of_a_named_affiliate_is_the_affiliates_not_its_patrons(pipeline):
    relations = relations_of(pipeline, "Al-Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), "
                                       "claimed the ambush on its Az-Zallaqa outlet.")
    assert ("Az-Zallaqa", "part_of", "Jama'at Nusrat al-Islam wal-Muslimin") in relations, relations
    assert ("Az-Zallaqa", "part_of", "al-Qaeda") not in relations, relations


def test_a_unit_described_as_the_armys_task_force_is_part_of_the_army(pipeline):
    relations = relations_of(pipeline, "Troops of Operation Hadin Kai, the army's task force in the northeast, "
                                       "killed 12 insurgents near Bama in Borno state, the Nigerian army said.")
    assert ("Operation Hadin Kai", "part_of", "Military Forces of Nigeria") in relations, relations


def test_a_force_placed_under_a_ministry_and_one_set_up_by_a_government(pipeline):
    relations = relations_of(pipeline, "The Kano State Security Corps, a force set up by the state government "
                                       "last year, was placed under the interior ministry in March.")
    assert any(s.endswith("Security Corps") and p == "backed_by" for s, p, _ in relations), relations


def test_the_army_spokesman_serves_the_army_and_the_army_is_no_member_of_its_state(pipeline):
    relations = relations_of(pipeline, "Kenya's army spokesman, Colonel Zipporah Kioko, denied that soldiers had "
                                       "fired on the crowd in Mandera.")
    assert ("Military Forces of Kenya", "member_of", "Kenya") not in relations, relations
    assert any(s == "Zipporah Kioko" and p == "member_of" and o == "Military Forces of Kenya"
               for s, p, o in relations), relations


def test_a_camp_of_a_group_is_its_post_so_the_attackers_oppose_it(pipeline):
    relations = relations_of(pipeline, "Soldiers of the army's 4th Division overran a camp of the Islamic State "
                                       "West Africa Province near Malam Fatori on Sunday, killing nine fighters.")
    assert any(p == "opposes" and "Islamic State West Africa Province" in (s, o) for s, p, o in relations), relations


def test_force_promised_against_whoever_crosses_the_speaker_threatens(document_statements_of):
    found = document_statements_of(
        "The interior ministry said it would use \u201coverwhelming force\u201d against anyone who attacked "
        "the pipeline.", "2026-03-10")
    assert "THREATEN" in [kind for kind, _, _ in found], found


def test_an_adversarys_fate_without_a_threat_verb_threatens(document_statements_of):
    found = document_statements_of(
        "\u201cThe killers of our sons will find no sanctuary anywhere in the Sahel,\u201d the junta's "
        "spokesman, Colonel Amadou Diallo, said on state television.", "2026-03-10")
    assert "THREATEN" in [kind for kind, _, _ in found], found


def test_a_captured_village_the_other_side_dismisses_is_a_claim_not_an_accusation(document_statements_of):
    found = document_statements_of(
        "Russia's defence ministry said on Thursday its troops had captured the village of Bilytske, a claim "
        "Ukraine's General Staff dismissed as \u201cfantasy\u201d. Fighting went on near Pokrovsk.", "2026-03-10")
    kinds = [kind for kind, speaker, _ in found if "Russia" in speaker]
    assert "CLAIM" in kinds and "ACCUSE" not in kinds, found
