"""Acts that go both ways ("accused each other", "each side blaming the other"), sides that strike
one enemy together ("X and Y attacked Z": allies, not foes), bounties and summoned envoys, and
speakers named by title only ("the interior minister said ... he said"). Sentences written for
these tests."""

from tests.extract.relation_helpers import opposed, relations_of


def test_a_mutual_accusation_is_two_statements_each_against_the_other(document_statements_of):
    found = document_statements_of("Chad and Sudan accused each other on Monday of arming rebels along "
                                   "their shared border.", "2026-05-04")
    accusations = sorted((speaker, targets) for kind, speaker, targets in found if kind == "ACCUSE")
    assert accusations == [("Chad", ["Sudan"]), ("Sudan", ["Chad"])], found


def test_each_side_blaming_the_other_takes_the_pair_named_before(document_statements_of):
    found = document_statements_of("Fighting broke out overnight between the Kachin Independence Army and "
                                   "the military near Bhamo. Each side blamed the other for breaking the "
                                   "local truce.", "2026-05-04")
    speakers = sorted(speaker for kind, speaker, _ in found if kind == "ACCUSE")
    assert speakers == ["Kachin Independence Army", "Military Forces of Myanmar"], found
    assert all(targets and targets[0] != speaker for kind, speaker, targets in found if kind == "ACCUSE"), found


def test_sides_that_attack_one_enemy_together_are_allies(pipeline):
    relations = relations_of(pipeline, "Fighters of the Karen National Liberation Army and the Karenni Army "
                                       "attacked a junta outpost near Loikaw on Thursday.")
    pairs = {(s, o) for s, p, o in relations if p == "allied_with"}
    assert pairs & {("Karen National Liberation Army", "Karenni Army"),
                    ("Karenni Army", "Karen National Liberation Army")}, relations
    assert not opposed(relations, "Karen National Liberation Army", "Karenni Army"), relations


def test_a_joint_claim_makes_allies_and_a_clash_between_two_makes_foes(pipeline):
    joint = relations_of(pipeline, "The Arakan Army said its fighters had carried out the raid together with "
                                   "the Chin National Front.")
    assert ("Arakan Army", "allied_with", "Chin National Front") in joint, joint
    clash = relations_of(pipeline, "The Arakan Army and the Chin National Front clashed near Paletwa on "
                                   "Friday, killing four.")
    assert opposed(clash, "Arakan Army", "Chin National Front"), clash
    assert not any(p == "allied_with" for _, p, _ in clash), clash


def test_a_bounty_on_the_attackers_is_a_threat_and_summoning_an_envoy_condemns(document_statements_of):
    bounty = document_statements_of("Gunmen killed five police officers in Zamfara on Monday. The state "
                                    "governor offered a reward of 10 million naira for the capture of the "
                                    "attackers.", "2026-05-04")
    assert "THREATEN" in [kind for kind, _, _ in bounty], bounty
    summoned = document_statements_of("Kenya summoned the Somali ambassador on Tuesday over the cross-border "
                                      "raid.", "2026-05-04")
    assert [kind for kind, _, _ in summoned] == ["CONDEMN"], summoned


def test_he_said_after_a_title_only_speaker_is_that_speaker(document_statements_of):
    found = document_statements_of("Pakistan's interior minister said the bombers had crossed from Afghanistan. "
                                   "He accused Kabul of sheltering the Pakistani Taliban.", "2026-05-04")
    accusations = [(speaker, targets) for kind, speaker, targets in found if kind == "ACCUSE"]
    assert accusations and all(speaker != "Unnamed minister" and "Pakistan" in speaker
                               for speaker, _ in accusations), found


def test_whom_the_speaker_will_not_let_return_is_the_target(document_statements_of):
    found = document_statements_of("Peshmerga forces clashed with Islamic State cells near Makhmour on Sunday. "
                                   "\"We will not let Daesh come back to these villages,\" a Peshmerga officer, "
                                   "Karwan Ali, told reporters.", "2026-05-04")
    threats = [targets for kind, _, targets in found if kind in {"THREATEN", "PLEDGE"}]
    assert threats and threats[0] == ["Islamic State"], found
