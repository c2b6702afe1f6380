"""A capital before a ruling noun ("the Kyiv regime"), a region's office told by a definite
possessive ("the province's chief minister"), threats whose subject undergoes them ("will answer
for", "... and would pay"), and units told through "its" after a common-noun subject, through
"to which X pledged allegiance" and through "under the umbrella of"."""

from __future__ import annotations

from sitrep.model import Article
from tests.extract.relation_helpers import opposed, relations_of
from tests.extract.statement_helpers import targets_of_kind


def actor_names(pipeline, text: str) -> dict[str, str]:
    document = pipeline.extract_one(Article(text=text, published="2026-04-02"))
    return {mention.text: actor.name for actor in document.actors for mention in actor.mentions}


def test_a_capital_before_regime_is_that_capitals_government(statements_of):
    found = statements_of("Moscow accused the Kyiv regime of shelling a border village on Sunday.")
    accusations = targets_of_kind(found, "ACCUSE")
    assert accusations and "Government of Ukraine" in accusations[0]


def test_a_capital_before_government_names_another_country_than_the_articles(pipeline):
    names = actor_names(pipeline, (
        "Ethiopian troops massed near the border town of Zalambessa on Monday. The rebels said the "
        "Asmara government was arming them."))
    assert any(name == "Government of Eritrea" for name in names.values())


def test_counted_fighters_killed_by_a_misparsed_subject_are_the_side_fought(pipeline):
    document = pipeline.extract_one(Article(
        text="The defence ministry said Kenyan troops operating beside the army had killed 9 militants "
             "near Afmadow on Friday.", published="2026-04-02"))
    names = {actor.id: actor.name for actor in document.actors}
    killings = [event for event in document.events if event.type == "ASSAULT"]
    assert killings and any(names[target].startswith("Unidentified Armed Group") for target in killings[0].targets)


def test_a_group_that_will_answer_for_an_attack_is_threatened(statements_of):
    found = statements_of(
        "Ituri's military governor warned that CODECO \"will answer for every village it burned\".")
    threats = targets_of_kind(found, "THREATEN")
    assert threats and threats[0] == ["CODECO"]


def test_a_subject_that_acted_and_would_pay_is_threatened(statements_of):
    found = statements_of(
        "Israel's defence minister said Hezbollah had fired on a patrol and would \"pay a heavy price\".")
    threats = targets_of_kind(found, "THREATEN")
    assert threats and threats[0] == ["Hezbollah"]


def test_a_subject_that_will_answer_an_attack_is_the_side_acting(statements_of):
    found = statements_of(
        "The Houthis said their forces would answer any attack on Sanaa with strikes on Israel.")
    assert found and all("Houthis" not in targets for _, _, targets in found)


def test_the_provinces_chief_minister_is_the_government_of_the_province_named_before(pipeline):
    names = actor_names(pipeline, (
        "Gunmen killed seven labourers in Balochistan province on Tuesday. \"The killers will be "
        "found,\" the province's chief minister told reporters."))
    assert names.get("minister") == "Government of Balochistan"


def test_a_regions_threat_is_not_aimed_at_its_countrys_army(document_statements_of):
    found = document_statements_of(
        "Gunmen stormed a village in Nigeria's Benue state on Monday, killing 12 farmers. Soldiers "
        "killed three of the attackers the next day, the army said. Benue's governor vowed that the "
        "killers would be hunted down and punished.")
    threats = [targets for kind, _, targets in found if kind == "THREATEN"]
    assert threats and "Military Forces of Nigeria" not in threats[0]


def test_its_unit_after_a_common_noun_army_is_the_armys(pipeline):
    found = relations_of(pipeline, (
        "The Malian army said soldiers of its 33rd Infantry Battalion had repelled an attack near "
        "Léré on Sunday."))
    assert any(subject.endswith("33rd Infantry Battalion") and predicate == "part_of" and obj == "Military Forces of Mali"
               for subject, predicate, obj in found)


def test_a_former_parent_organisation_owns_no_unit(pipeline):
    found = relations_of(pipeline, (
        "Turkish troops killed three militants of the Kurdistan Freedom Falcons on Monday, days after "
        "the group rejected a ceasefire called by its former parent organisation, the PKK."))
    assert not any(predicate == "part_of" and obj == "Military Forces of Turkey" for _, predicate, obj in found)
    assert not any(predicate == "part_of" and obj == "Kurdistan Workers' Party" for _, predicate, obj in found)


def test_the_group_to_which_a_branch_pledged_allegiance_is_its_whole(pipeline):
    found = relations_of(pipeline, (
        "Islamic State, to which the Allied Democratic Forces pledged allegiance in 2019, claimed the "
        "massacre in Ituri."))
    assert ("Allied Democratic Forces", "part_of", "Islamic State") in found


def test_one_of_the_units_under_an_umbrella_is_part_of_it(pipeline):
    found = relations_of(pipeline, (
        "The Freedom of Russia Legion, one of several units of Russian volunteers under the umbrella of "
        "Ukraine's military intelligence agency, said it had raided a village in the Kursk region."))
    assert any(subject == "Freedom of Russia Legion" and predicate == "part_of" for subject, predicate, _ in found)


def test_its_war_in_a_relative_clause_is_the_described_groups(pipeline):
    found = relations_of(pipeline, (
        "The Front for Change and Concord in Chad, which has used southern Libya as a rear base for "
        "its war against the government in N'Djamena, said its fighters had withdrawn."))
    assert opposed(found, "Front for Change and Concord in Chad", "Government of Chad")


def test_a_group_described_by_its_patron_is_the_group_named_before(statements_of):
    found = statements_of(
        "Al-Shabaab fighters stormed a base near Jowhar on Monday. The al Qaeda-linked group said it "
        "had killed \"dozens of apostate soldiers\".")
    assert ("CLAIM", "al-Shabaab") in {(kind, speaker) for kind, speaker, _ in found}


def test_a_group_described_by_its_work_is_no_armed_group_named_before(statements_of):
    found = statements_of(
        "Al-Shabaab fighters stormed a base near Jowhar on Monday. The medical group said it had "
        "treated 40 wounded civilians and accused the militants of shelling the hospital.")
    assert found and all(speaker != "al-Shabaab" for _, speaker, _ in found)


def test_what_a_spokesman_says_his_bodys_troops_did_is_a_claim(statements_of):
    found = statements_of(
        "Houthi fighters attacked government positions near Marib on Sunday. Army spokesman Colonel "
        "Nabil Saleh said troops had beaten back the attack and killed \"dozens of Houthi militiamen\".")
    assert ("CLAIM", "Nabil Saleh") in {(kind, speaker) for kind, speaker, _ in found}
