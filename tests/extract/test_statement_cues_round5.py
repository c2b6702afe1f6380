"""Statement cues, round 5: verbs that name what they condemn ("branded", "termed"), appeals that
need an act ("pressed X to"), denials of figures ("disputed"), and a reported appeal that is
not counted twice when another verb sources it. Sentences written for these tests."""


def test_branding_an_attack_condemns_its_doer(statements_of):
    found = statements_of("Kyiv termed the Russian shelling of Kherson a war crime.")
    ((kind, _, targets),) = found
    assert kind == "CONDEMN"
    assert targets and "Russia" in targets[0]


def test_labelled_without_a_name_given_is_no_statement(statements_of):
    assert statements_of("Soldiers labelled the crates before loading them onto trucks in Goma.") == []


def test_pressing_for_an_act_is_an_appeal(statements_of):
    found = statements_of("The Arab League pressed both sides to observe the truce in Khartoum.")
    assert [kind for kind, _, _ in found] == ["APPEAL"]


def test_pressing_charges_is_no_appeal(statements_of):
    assert statements_of("Police pressed charges against two men in Mombasa on Monday.") == []


def test_disputed_figures_are_a_denial(statements_of):
    found = statements_of("The Sudanese army disputed the casualty figures given by the Rapid Support Forces.")
    ((kind, speaker, targets),) = found
    assert kind == "DENY"
    assert targets == ["Rapid Support Forces"]


def test_an_appeal_sourced_by_another_verb_is_one_statement(statements_of):
    found = statements_of(
        "Baghdad urged Ankara to withdraw its troops from the Bashiqa camp, the foreign ministry said.")
    assert [kind for kind, _, _ in found] == ["APPEAL"]


def test_reason_given_for_an_attack_is_a_claim_not_a_threat(statements_of):
    found = statements_of(
        "NPA rebels ambushed an army patrol in Samar on Monday. The rebels' spokesperson said on "
        "Facebook that the ambush was retaliation for the killing of a farmers' leader.")
    assert "CLAIM" in [kind for kind, _, _ in found]
    assert "THREATEN" not in [kind for kind, _, _ in found]


def test_vow_to_keep_attacking_is_a_threat(statements_of):
    found = statements_of("The Ambazonia Defence Forces vowed to keep attacking soldiers in the North-West region.")
    assert [kind for kind, _, _ in found] == ["THREATEN"]


def test_insisting_that_asserts_and_insisting_on_demands(statements_of):
    asserted = statements_of("The minister insisted that the army had not shelled the market in Kharkiv.")
    assert "DEMAND" not in [kind for kind, _, _ in asserted]
    demanded = statements_of("The African Union insisted on an immediate withdrawal of foreign forces from Sudan.")
    assert [kind for kind, _, _ in demanded] == ["DEMAND"]


def test_relative_clause_on_the_speaker_is_no_statement(statements_of):
    found = statements_of(
        "Zaire, a rival militia that claims to protect the Hema community, vowed revenge in a message posted on Facebook.")
    assert "CLAIM" not in [kind for kind, _, _ in found]


def test_habitual_violence_against_civilians_in_a_quote_accuses(statements_of):
    found = statements_of('"The army punishes civilians for every attack on its soldiers," said the Anglophone '
                          'civil society leader Agbor Nkongho in Bamenda.')
    assert [kind for kind, _, _ in found] == ["ACCUSE"]


def test_pinning_the_blame_accuses(statements_of):
    found = statements_of("The Ethiopian government pointed the finger at the TPLF for the attack on Mekelle.")
    ((kind, _, targets),) = found
    assert kind == "ACCUSE" and targets == ["Tigray People's Liberation Front"]
    assert statements_of("The officer pointed to the map of Mekelle.") == []


def test_an_appeal_to_no_actor_takes_no_target_from_what_is_asked(statements_of):
    found = statements_of("Haiti's prime minister pleaded with the international community to send more police.")
    ((kind, _, targets),) = found
    assert kind == "APPEAL" and targets == []


def test_held_responsible_blames_and_will_hold_responsible_threatens(statements_of):
    found = statements_of("In a statement, the SPLM-IO held Juba responsible for the bombing of Nasir.")
    assert [kind for kind, _, _ in found] == ["ACCUSE"]
    found = statements_of("Hezbollah said it would hold Israel fully responsible for any escalation.")
    assert [kind for kind, _, _ in found] == ["THREATEN"]


def test_plea_with_an_infinitive_and_warnings_to_stay_out(statements_of):
    found = statements_of("The Council of Imams condemned the kidnapping and pleaded with the militants to free the driver.")
    assert sorted(kind for kind, _, _ in found) == ["APPEAL", "CONDEMN"]
    found = statements_of("In a video, the gang leader warned police to stay out of Cité Soleil.")
    assert [kind for kind, _, _ in found] == ["THREATEN"]
    assert statements_of("The UN warned of food shortages in Gaza.") == []


def test_a_vow_to_hunt_down_is_a_threat_and_must_send_demands(statements_of):
    assert [k for k, _, _ in statements_of("Nigeria's army vowed to hunt down the attackers.")] == ["THREATEN"]
    assert [k for k, _, _ in statements_of("The president pledged to rebuild the school in Kano.")] == ["PLEDGE"]
    found = statements_of('"The federal government must send more troops," Governor Babagana Zulum said.')
    assert [k for k, _, _ in found] == ["DEMAND"]


def test_a_headline_line_is_its_own_sentence(pipeline):
    from sitrep.model import Article
    text = ("Army blames ISWAP for Borno attack\n"
            "MAIDUGURI — The Nigerian army on Tuesday blamed ISWAP for an attack that killed 12 soldiers.")
    document = pipeline.extract_one(Article(text=text, published="2026-03-04"))
    accusations = [s for s in document.statements if s.kind == "ACCUSE"]
    assert len(accusations) == 2
    assert all("\n" not in s.evidence.text.strip() for s in accusations)


def test_a_quote_that_accuses_and_threatens_is_two_statements(statements_of):
    found = statements_of('"These strikes," said FLA spokesman Attaye Ag Elmehdi, "are crimes against our people, '
                          'and the junta will answer for every one of them."')
    assert sorted(kind for kind, _, _ in found) == ["ACCUSE", "THREATEN"]


def test_a_charge_dismissed_as_baseless_is_a_denial_of_its_maker(statements_of):
    found = statements_of("Sudan's foreign ministry accused the United Arab Emirates of supplying the drones, a charge "
                          'Abu Dhabi dismissed as "baseless" in a statement.')
    denials = [(speaker, targets) for kind, speaker, targets in found if kind == "DENY"]
    assert denials == [("Government of United Arab Emirates", ["Government of Sudan"])]


def test_calling_something_a_name_on_a_day_is_no_appeal(statements_of):
    found = statements_of("Drones struck what the government called smuggling hideouts in Zawiya on Tuesday.")
    assert "APPEAL" not in [kind for kind, _, _ in found]


def test_a_toll_rejected_as_fabricated_and_soil_not_used(statements_of):
    assert [k for k, _, _ in statements_of("The army rejected the toll as fabricated.")] == ["DENY"]
    found = statements_of('"Afghan soil is not used against any country," a spokesman for the administration said.')
    assert [k for k, _, _ in found] == ["DENY"]


def test_an_unclassified_quote_about_another_party_accuses(statements_of):
    found = statements_of('"We have buried 11 people and the soldiers came with excuses," said the council\'s '
                          'chairman, Daniel Mang.')
    assert [k for k, _, _ in found] == ["ACCUSE"]
    found = statements_of('"We are proud of our farmers," said the council\'s chairman, Daniel Mang.')
    assert [k for k, _, _ in found] in ([], ["STATEMENT"], ["PRAISE"])


def test_released_immediately_is_demanded_and_no_refuge_threatens(statements_of):
    found = statements_of('"These colleagues must be released immediately," a spokesman for the UN Secretary-General '
                          'told reporters in New York.')
    assert [k for k, _, _ in found] == ["DEMAND"]
    found = statements_of('"They will find no refuge anywhere in the Lake Chad basin," Colonel Amadou Garba said.')
    assert [k for k, _, _ in found] == ["THREATEN"]
