"""Statement detection on the real spaCy model (issue 5): reporting forms (split quotes, "said in
a statement that", "was quoted as saying", coordinated reporting verbs, "a claim X denied"), kinds
decided by the content of "said", quote fragments inside indirect speech, and the line between a
speaker's claim and its sourcing of a new event. Sentences written for these tests, across
regions."""

import pytest


@pytest.fixture(scope="module")
def statements_of(statements_with_names):
    def run(text: str):
        statements, names = statements_with_names(text)
        return [(s, names.get(s.speaker)) for s in statements]

    return run


def _kinds(found):
    return [statement.kind for statement, _ in found]


# -- reporting forms --------------------------------------------------------------------------

def test_split_quote_with_pronoun_speaker_is_one_threat(statements_of):
    found = statements_of(
        "Gunmen killed six worshippers at a mosque near Kano on Friday, police said. Governor "
        "Abdullahi Yusuf visited the site. \"We will hunt them down,\" he said, \"and those who "
        "sheltered them will be brought to justice.\"")
    threats = [(s, speaker) for s, speaker in found if s.kind == "THREATEN"]
    assert len(threats) == 1
    statement, speaker = threats[0]
    assert statement.direct and "brought to justice" in statement.quote
    assert speaker == "Abdullahi Yusuf"


def test_said_in_a_statement_that_reports_the_clause(statements_of):
    found = statements_of(
        "Police broke up a sit-in outside parliament in Tbilisi on Sunday. The opposition Unity "
        "Movement said in a statement that its detained members had been beaten in custody.")
    assert "ACCUSE" in _kinds(found)


def test_quoted_as_saying(statements_of):
    found = statements_of(
        "Fighting went on around Kidal for a second day on Monday, residents said. The rebel "
        "commander Alghabass Ag Intalla was quoted as saying that his fighters had destroyed two "
        "armoured vehicles during the fighting.")
    assert [(s.kind, speaker) for s, speaker in found] == [("CLAIM", "Alghabass Ag Intalla")]


def test_second_reporting_verb_parsed_as_a_clause_keeps_the_speaker(statements_of):
    found = statements_of(
        "Militants overran a police post in Lakki Marwat on Thursday, officials said. In a video, "
        "a Tehrik-i-Taliban Pakistan commander said the group had seized the post and warned that "
        "policemen who did not resign would be killed.")
    assert "THREATEN" in _kinds(found)


def test_a_claim_the_other_side_denied(statements_of):
    found = statements_of(
        "Ukrainian troops have entered the village of Tetkino in Russia's Kursk region, Ukraine's "
        "general staff said on Friday, a claim Russia's defence ministry denied.")
    assert "DENY" in _kinds(found)


def test_ordering_fighters_back_to_barracks_is_a_demand(statements_of):
    found = statements_of(
        "Rival militias exchanged fire in Misrata overnight, residents said. The presidential council "
        "ordered both militias back to their bases on Wednesday.")
    assert "DEMAND" in _kinds(found)


def test_asking_not_to_be_named_is_no_appeal(statements_of):
    found = statements_of(
        "Soldiers burned a market in the town of Gangaw on Monday, according to a local official who "
        "asked not to be named.")
    assert "APPEAL" not in _kinds(found)


# -- kinds from the content -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The deputy interior minister of Venezuela said the detainees would be charged with "
         "terrorism.", "THREATEN"),
        ("Ethiopia's prime minister said those who planned the ambush would not escape justice.",
         "THREATEN"),
        ("The army said the detainees would be treated in line with international law.", "PLEDGE"),
        ("The rebel spokesman said the government was starving the people of Tigray.", "ACCUSE"),
    ],
)
def test_kind_from_what_was_said(statements_of, text, kind):
    assert kind in _kinds(statements_of(text))


def test_calling_an_attack_a_name_condemns_it(statements_of):
    found = statements_of(
        "A car bomb killed nine people at a checkpoint in Mogadishu on Sunday, police said. The "
        "Somali president called the bombing a cowardly massacre of innocent people.")
    assert "CONDEMN" in _kinds(found)
    assert "ACCUSE" not in _kinds(found)


def test_two_clauses_of_different_kinds_give_two_statements(statements_of):
    found = statements_of(
        "Jihadists seized the town of Djibo after a day of fighting, residents said. The Burkinabe "
        "government said the pull-out was temporary and that the army would retake the town within "
        "days.")
    assert "THREATEN" in _kinds(found)


def test_aware_of_reports_and_would_investigate_is_a_pledge_only(statements_of):
    found = statements_of(
        "Settlers torched olive groves near Nablus on Saturday, the village council said. The "
        "Israeli military said it was aware of the reports and would investigate.")
    assert _kinds(found) == ["PLEDGE"]


def test_violence_told_in_a_quote_accuses(statements_of):
    found = statements_of(
        "Armed men raided a displacement camp outside Bunia on Tuesday, the UN mission said. \"They "
        "burned the shelters and shot anyone who ran,\" camp leader Jean Lokana told Reuters.")
    assert "ACCUSE" in _kinds(found)


# -- quotes -----------------------------------------------------------------------------------

def test_quoted_fragment_inside_indirect_speech_is_not_direct(statements_of):
    found = statements_of(
        "Security forces opened fire on protesters in Khartoum on Thursday, medics said. The "
        "Resistance Committees said the army was \"killing our people in the streets\".")
    accusations = [s for s, _ in found if s.kind == "ACCUSE"]
    assert accusations and not accusations[0].direct


# -- claim or sourcing ------------------------------------------------------------------------

def test_version_of_an_event_told_before_is_a_claim(statements_of):
    found = statements_of(
        "An explosion destroyed an ammunition depot outside Kharkiv on Tuesday, regional officials "
        "said. The Russian defence ministry said its forces had hit the depot with a missile.")
    assert "CLAIM" in _kinds(found)


def test_figure_for_own_side_is_a_claim_not_an_accusation(statements_of):
    found = statements_of(
        "Militants ambushed a patrol near Ménaka on Sunday, killing 11 soldiers, the defence ministry "
        "said. The army said it had killed dozens of terrorists during the clashes.")
    kinds = _kinds(found)
    assert "CLAIM" in kinds and "ACCUSE" not in kinds


def test_new_event_reported_by_a_state_force_is_sourcing(statements_of):
    found = statements_of(
        "Heavy fighting was reported in North Darfur at the weekend, aid workers said. The Sudanese "
        "army said its jets had struck militia positions near El Fasher on Saturday.")
    assert "CLAIM" not in _kinds(found)


def test_lede_self_report_is_the_event_report(statements_of):
    found = statements_of(
        "The Pakistani army said it had killed eight militants in a raid in North Waziristan on "
        "Monday. Two soldiers were wounded, it said.")
    assert "CLAIM" not in _kinds(found)


def test_deploying_troops_is_an_operation_not_a_claim(statements_of):
    found = statements_of(
        "Clashes between two clans killed 14 people near Beledweyne on Friday, elders said. The "
        "regional government said it had deployed 300 soldiers to the area.")
    assert "CLAIM" not in _kinds(found)


def test_a_monitor_reporting_its_own_work_makes_no_claim(statements_of):
    found = statements_of(
        "Taliban authorities detained a women's rights activist in Herat on Monday, relatives said. "
        "The UN mission in Afghanistan said it had documented 40 such detentions this year.")
    assert "CLAIM" not in _kinds(found)


def test_the_enemy_army_in_rebel_words_is_not_the_rebels_own_side(statements_of):
    found = statements_of(
        "An air strike hit a market in Demoso on Sunday, residents said. The Karenni Army said the "
        "army was bombing villages every night.")
    kinds = _kinds(found)
    assert "ACCUSE" in kinds and "CLAIM" not in kinds
