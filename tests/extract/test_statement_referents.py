"""Whom a statement names by a description: "the rebels" or "the militia" after the group was named,
"the occupiers" in a group's threat, "him" after a man was named in the same quote, culprits of the
armed group's attack rather than of the arrests that followed, a government "in Kinshasa", a state
organ told by "its". Sentences written for these tests."""

from tests.extract.relation_helpers import statements_of


def test_the_rebels_accused_are_the_group_named_before(pipeline):
    text = ("SITTWE, Myanmar (Reuters) - Fighters of the Arakan Army overran a junta outpost near Kyauktaw on "
            "Monday. A junta spokesman said the air force had struck back and accused the rebels of hiding "
            "fighters in a monastery.")
    found = statements_of(pipeline, text)
    assert any(kind == "ACCUSE" and "Arakan Army" in targets for kind, _, targets in found), found


def test_a_groups_threat_against_the_occupiers_aims_at_the_forces_it_fights(pipeline):
    text = ("YALA, Thailand (Reuters) - A roadside bomb wounded four Thai soldiers in Yala on Monday, the army "
            "said. A spokesman for the separatist group warned that \"the occupiers\" would pay for every raid.")
    found = statements_of(pipeline, text)
    assert any(kind == "THREATEN" and "Military Forces of Thailand" in targets for kind, _, targets in found), found


def test_him_in_a_threat_is_the_man_named_before_in_the_quote(pipeline):
    text = ("BOGOTA (Reuters) - Dissident fighters attacked a police station in Cauca on Sunday. \"Iván Mordisco "
            "has chosen war, and the state will hunt him down,\" Colombia's defence minister said.")
    found = statements_of(pipeline, text)
    assert any(kind == "THREATEN" and "Iván Mordisco" in targets for kind, _, targets in found), found


def test_the_killers_are_the_gunmen_not_the_police_who_arrested_suspects(pipeline):
    text = ("SAN PEDRO SULA, Honduras (AP) - Gunmen shot dead seven people at a party in Chamelecon late on "
            "Saturday, police said. Police arrested three suspects on Sunday and seized two rifles. The "
            "security minister vowed that the killers would \"rot in prison\".")
    found = statements_of(pipeline, text)
    threats = [targets for kind, _, targets in found if kind == "THREATEN"]
    assert threats and all("Police Forces of Honduras" not in targets for targets in threats), found
    assert any(any(t.startswith("Unidentified") for t in targets) for targets in threats), found


def test_the_government_in_a_capital_that_opens_the_sentence_is_that_capitals(pipeline):
    text = ("KIGALI (AFP) - Rwanda's government accused Congolese troops of shelling Rubavu on Wednesday. In "
            "Kinshasa, the government dismissed the charge and accused Rwanda of arming the M23.")
    found = statements_of(pipeline, text)
    assert any(kind == "ACCUSE" and speaker == "Government of Democratic Republic of the Congo" and "Rwanda" in targets
               for kind, speaker, targets in found), found


def test_a_ministry_told_by_its_is_the_state_of_the_clause_subject(pipeline):
    text = ("BAKU (Reuters) - Azerbaijan summoned Russia's ambassador on Tuesday over the deaths of two men in "
            "custody in Yekaterinburg, with its foreign ministry accusing Moscow of \"ethnically motivated "
            "violence\".")
    found = statements_of(pipeline, text)
    assert any(kind == "ACCUSE" and speaker == "Government of Azerbaijan" for kind, speaker, _ in found), found


def test_a_country_the_enemy_would_leave_is_not_the_threats_target(pipeline):
    text = ("BAGHDAD (Reuters) - A drone struck a Kataib Hezbollah base near Qaim on Friday. Kataib Hezbollah "
            "said in a statement that U.S. forces would leave Iraq \"horizontally\".")
    found = statements_of(pipeline, text)
    assert not any(kind == "THREATEN" and "Iraq" in targets for kind, _, targets in found), found


def test_a_threat_naming_no_one_goes_to_whom_the_same_speaker_appealed(pipeline):
    text = ("ANKARA (Reuters) - Turkey's defence ministry warned on Thursday that it would crush \"any terror "
            "corridor\" on its southern border and urged the Syrian Democratic Forces to lay down their arms.")
    found = statements_of(pipeline, text)
    assert any(kind == "THREATEN" and "Syrian Democratic Forces" in targets for kind, _, targets in found), found
