"""Whose side a short form, a possessive or a capital stands for in what is said: "the militia" the
story already called so (never the speaker's own group), "its fighters" of a clause's own subject,
a capital the model took for an organisation, a family name said again, a government "in" a
capital, an ambassador summoned, allies in one joint operation, the body a claimant belongs to.
Sentences written for these tests."""

from tests.extract.relation_helpers import events_of, extracted, relations_of, statements_of
from tests.extract.statement_helpers import targets_of_kind


def test_the_militia_accused_is_the_one_called_so_not_the_speakers_group(pipeline):
    text = ("GOMA (Reuters) - Fighters of Mai-Mai Yakutumba, a Congolese militia, raided a market near Fizi on "
            "Friday. The militia was once armed by the government to fight the M23, a rebel group in the AFC "
            "alliance. Burundian troops, who back the army, responded with artillery fire, residents said. A "
            "spokesman for the M23 accused the militia of \"hunting Tutsi herders like game\".")
    accusations = targets_of_kind(statements_of(pipeline, text), "ACCUSE")
    assert accusations and accusations[0] == ["Mai-Mai"], accusations


def test_a_weekday_after_blamed_is_not_whom_the_blame_is_pinned_on(pipeline):
    text = ("ACCRA (Reuters) - Ghana's government on Tuesday blamed the Arise movement for two days of "
            "rioting in Tamale.")
    accusations = targets_of_kind(statements_of(pipeline, text), "ACCUSE")
    assert accusations and any("Arise" in name for name in accusations[0]), accusations


def test_a_states_enemy_named_in_the_reported_clause_is_no_part_of_its_side(pipeline):
    text = ("RAIPUR, India (Reuters) - Nine fighters of the Communist Party of India (Maoist) were killed in "
            "a gunfight with police in Sukma district on Friday. India's home minister said on X that the "
            "rebels had \"two choices: surrender or be wiped out\".")
    threats = targets_of_kind(statements_of(pipeline, text), "THREATEN")
    assert threats and "Communist Party of India (Maoist)" in threats[0], threats


def test_the_government_in_a_capital_is_that_states_even_after_another_capital_spoke(pipeline):
    text = "Washington accuses the government in Managua of shielding drug traffickers."
    accusations = targets_of_kind(statements_of(pipeline, text), "ACCUSE")
    assert accusations and accusations[0] == ["Government of Nicaragua"], accusations


def test_an_ambassador_summoned_in_protest_stands_for_the_government_that_sent_him(pipeline):
    text = ("Iranian drones struck a Kurdish camp near Koya on Sunday, killing two people. Iraq's foreign "
            "ministry summoned the Iranian ambassador in protest.")
    condemnations = targets_of_kind(statements_of(pipeline, text), "CONDEMN")
    assert condemnations and "Government of Iran" in condemnations[0], condemnations


def test_its_fighters_in_a_demand_are_the_clause_subjects_not_the_speakers(pipeline):
    text = ("POPAYAN, Colombia (Reuters) - The Indigenous council demanded that the ELN withdraw its fighters "
            "from the reserve.")
    demands = targets_of_kind(statements_of(pipeline, text), "DEMAND")
    assert demands and any("National Liberation Army" in name or "ELN" in name for name in demands[0]), demands


def test_a_demonym_the_parser_split_from_its_noun_still_names_the_forces(pipeline):
    text = ("YEREVAN (Reuters) - An Armenian soldier was wounded near Sotk on Friday, Armenia's defence "
            "ministry said, accusing Azerbaijani forces of opening fire.")
    accusations = targets_of_kind(statements_of(pipeline, text), "ACCUSE")
    assert accusations and accusations[0] == ["Military Forces of Azerbaijan"], accusations


def test_a_capital_owning_an_organ_is_its_state_not_an_organisation(pipeline):
    _, names = extracted(pipeline, "Kyiv's foreign ministry called the report a Russian provocation.")
    assert "Government of Ukraine" in names.values(), names
    assert "Kyiv" not in names.values(), names


def test_a_capital_the_model_takes_for_a_body_stands_for_its_state(pipeline):
    _, names = extracted(pipeline, ("Burundi has kept thousands of troops in eastern Congo under a defence pact "
                                    "with Kinshasa."))
    assert "Democratic Republic of the Congo" in names.values(), names
    assert "Kinshasa" not in names.values(), names


def test_a_family_name_said_again_is_the_person_named_in_full(pipeline):
    text = ("KAMPALA (Reuters) - Ugandan troops killed six rebels near Bundibugyo on Sunday, army spokesman "
            "Colonel Deo Akiiki said. \"The rest will be hunted down,\" Akiiki told reporters.")
    found = statements_of(pipeline, text)
    speakers = {speaker for _, speaker, _ in found}
    assert "Deo Akiiki" in speakers and "Akiiki" not in speakers, found


def test_the_source_after_an_apposition_is_not_the_role_it_describes(pipeline):
    text = ("Among the dead was Musa Baluku Junior, one of the ADF's senior commanders, Akiiki said.")
    found = relations_of(pipeline, text)
    assert not any(subject == "Akiiki" and predicate == "member_of" for subject, predicate, _ in found), found


def test_a_threat_spares_the_partner_in_the_same_joint_operation(pipeline):
    text = ("KASESE, Uganda (Reuters) - Ugandan soldiers killed seven fighters of the Allied Democratic Forces "
            "(ADF) near the border on Sunday, army spokesman Colonel Deo Akiiki said. The ADF has been fighting "
            "Operation Shujaa, a joint offensive by the Ugandan army and the Congolese army, since 2021. \"These "
            "remnants will be hunted down to the last man,\" Akiiki said.")
    threats = targets_of_kind(statements_of(pipeline, text), "THREATEN")
    assert threats and all("Military Forces of Democratic Republic of the Congo" not in t for t in threats), threats


def test_a_claim_is_not_aimed_at_the_body_the_claimant_belongs_to(pipeline):
    text = ("MAIDUGURI, Nigeria (Reuters) - Jihadists from Islamic State West Africa Province (ISWAP), the "
            "Islamic State's branch in the region, stormed an army base in Borno state on Sunday, killing "
            "nine soldiers. The group claimed the raid in a statement carried by Islamic State's Amaq news "
            "agency.")
    claims = targets_of_kind(statements_of(pipeline, text), "CLAIM")
    assert claims and all("Islamic State" not in t for t in claims), claims


def test_the_outlet_a_claim_was_made_on_is_not_what_the_attack_struck(pipeline):
    text = ("GARISSA, Kenya (AP) - A roadside bomb killed four police officers near Garissa on Monday. "
            "Al-Shabaab claimed the attack on its Shahada news agency.")
    found = events_of(pipeline, text)
    assert not any(any("Shahada" in t for t in targets) for _, _, targets in found), found


def test_rebels_counted_in_a_forces_report_are_not_the_forces(pipeline):
    text = ("BENGHAZI (Reuters) - A spokesman for the Libyan National Army said 12 rebels had been killed and "
            "accused them of smuggling fuel.")
    found, names = extracted(pipeline, text)
    lna = [a for a in found.actors if a.name == "Libyan National Army"]
    assert lna, names
    assert all("rebels" not in m.text for m in lna[0].mentions), lna[0].mentions


def test_a_pledge_to_evacuate_the_wounded_is_for_the_people_struck(pipeline):
    text = ("NAIROBI (Reuters) - Gunmen killed 12 villagers near Garissa on Monday. France offered to help "
            "evacuate the wounded.")
    pledges = targets_of_kind(statements_of(pipeline, text), "PLEDGE")
    assert pledges and pledges[0] == ["Civilians (Kenya)"], pledges


def test_those_wounded_by_an_attack_are_its_targets(pipeline):
    found = events_of(pipeline, "Gunmen attacked a bus near Garissa on Thursday, wounding three passengers.")
    assert any(kind == "ASSAULT" and "Civilians (Kenya)" in targets for kind, _, targets in found), found


def test_a_claim_through_the_parent_groups_agency_is_not_against_the_parent(pipeline):
    text = ("BENI, Congo (Reuters) - Rebels killed 18 villagers near Oicha on Sunday, local officials said. The "
            "Allied Democratic Forces claimed the massacre through Islamic State's Amaq news agency.")
    claims = targets_of_kind(statements_of(pipeline, text), "CLAIM")
    assert claims and all("Islamic State" not in t for t in claims), claims


def test_it_in_a_charge_is_the_subject_of_the_clause_before(pipeline):
    text = ("The militia, Mai-Mai Yakutumba, has fought alongside government troops since last year, and the "
            "M23 accuses it of massacring Tutsi herders.")
    accusations = targets_of_kind(statements_of(pipeline, text), "ACCUSE")
    assert accusations and accusations[0], accusations
    assert all("Military Forces" not in name and "March 23" not in name for name in accusations[0]), accusations


def test_a_charge_told_in_the_passive_is_aimed_at_the_doer(pipeline):
    text = ("POPAYAN, Colombia (Reuters) - A girl was killed in Argelia on Monday. The front denied targeting "
            "civilians and said the girl had been killed in crossfire provoked by the police.")
    accusations = targets_of_kind(statements_of(pipeline, text), "ACCUSE")
    assert accusations and accusations[0] == ["Police Forces of Colombia"], accusations
