"""Groups named by a name and its bracketed short form ("Rapid Support Forces (RSF) fighters"), a
group's own fighters told without its name ("Its fighters ambushed ..."), numbered units of regular
armies, Islamic State branches named by region, pacts and coalitions between groups, assaults
repelled with their doers hung on the verb, and threats at those who struck named victims.
Sentences written for these tests."""

from tests.extract.relation_helpers import events_of, extracted, kinds_of, opposed, relations_of, statements_of


def _events(pipeline, text: str) -> list[tuple[list[str], list[str]]]:
    return [(actors, targets) for kind, actors, targets in events_of(pipeline, text) if kind == "ASSAULT"]


# -- a name, its short form in brackets, then the generic noun --------------------------------------

def test_fighters_after_a_bracketed_short_form_are_the_named_group(pipeline):
    text = ("KHARTOUM (Reuters) - Rapid Support Forces (RSF) fighters stormed the village of Um Sumeima "
            "west of El Obeid on Friday, killing at least 14 soldiers, a military source said.")
    events = _events(pipeline, text)
    assert any("Rapid Support Forces" in actors for actors, _ in events), events
    assert not any(a.startswith("Unidentified") for actors, _ in events for a in actors), events
    assert opposed(relations_of(pipeline, text), "Rapid Support Forces", "Military Forces of Sudan")


def test_rebels_after_a_bracketed_short_form_are_the_named_group(pipeline):
    text = ("BENI, Democratic Republic of Congo (AP) - Allied Democratic Forces (ADF) rebels killed nine "
            "farmers near Oicha on Tuesday, the local administrator said.")
    events = _events(pipeline, text)
    assert any("Allied Democratic Forces" in actors for actors, _ in events), events


def test_a_spokesman_after_a_bracketed_short_form_speaks_for_the_named_group(pipeline):
    text = ("A Democratic Forces for the Liberation of Rwanda (FDLR) spokesman, Cure Ngoma, denied on "
            "Monday that the group had taken part in the attack near Rutshuru.")
    assert ("Cure Ngoma", "member_of", "Democratic Forces for the Liberation of Rwanda") in relations_of(pipeline, text)


# -- "its fighters" ----------------------------------------------------------------------------------

def test_its_fighters_in_a_sourced_report_are_the_group_named_before(pipeline):
    text = ("NIAMEY (Reuters) - Islamic State Sahel Province has stepped up attacks in the Tillaberi region "
            "this year. Its fighters ambushed an army patrol near Banibangou on Sunday, killing 12 "
            "soldiers, two security sources said.")
    events = _events(pipeline, text)
    assert any("Islamic State Sahel Province" in actors and "Military Forces of Niger" in targets
               for actors, targets in events), events


def test_its_fighters_in_a_claim_make_no_second_attack(pipeline):
    text = ("BENI, Democratic Republic of Congo (Reuters) - Suspected ADF rebels killed nine villagers near "
            "Oicha on Sunday. Islamic State claimed the attack through its Amaq news agency, saying its "
            "fighters had killed \"nine Christians\".")
    found, _ = extracted(pipeline, text)
    second = text.index("Islamic State claimed")
    assert not [e for e in found.events if e.type == "ASSAULT" and e.evidence.start >= second], found.events


# -- numbered units, branches by region, committees ---------------------------------------------------

def test_a_numbered_mechanised_or_infantry_brigade_is_a_state_force(pipeline):
    text = ("KYIV (Reuters) - Ukraine's 47th Mechanised Brigade said it had held its positions near "
            "Pokrovsk, while the 54th Infantry Brigade of Sudan's army was moved to Kordofan.")
    kinds = kinds_of(pipeline, text)
    assert kinds.get("47th Mechanised Brigade") == "state_forces", kinds
    assert kinds.get("54th Infantry Brigade") == "state_forces", kinds


def test_a_numbered_rebel_front_stays_an_armed_group(pipeline):
    text = ("BOGOTA (Reuters) - Fighters of the 36th Front, a dissident FARC faction, clashed with the "
            "army in Antioquia on Tuesday, the defence ministry said.")
    assert kinds_of(pipeline, text).get("36th Front") == "armed_group"


def test_islamic_states_branch_named_by_its_region_is_that_province(pipeline):
    text = ("ISTANBUL (Reuters) - Turkish police detained nine suspects who had pledged loyalty to Islamic "
            "State's Khorasan branch and were planning attacks on churches, the prosecutor's office said.")
    found, _ = extracted(pipeline, text)
    names = {a.name for a in found.actors}
    assert "Islamic State Khorasan Province" in names, names
    assert "Khorasan" not in names, names


def test_a_national_anti_terrorism_committee_is_a_government_body(pipeline):
    text = ("MAKHACHKALA, Russia (AP) - Security forces killed three gunmen after a shootout in Derbent on "
            "Sunday, the National Anti-Terrorism Committee said.")
    assert kinds_of(pipeline, text).get("National Anti-Terrorism Committee") == "government"


# -- pacts and coalitions -----------------------------------------------------------------------------

def test_groups_that_struck_an_alliance_are_allies(pipeline):
    text = ("CULIACAN, Mexico (Reuters) - Los Chapitos, who have forged an alliance with the Jalisco New "
            "Generation Cartel, attacked a ranch outside Navolato on Sunday, the state prosecutor said.")
    found = relations_of(pipeline, text)
    assert ("Los Chapitos", "allied_with", "Jalisco New Generation Cartel") in found or (
        "Jalisco New Generation Cartel", "allied_with", "Los Chapitos") in found, found


def test_founding_a_named_alliance_with_a_group_makes_members_not_a_pact(pipeline):
    text = ("QUETTA, Pakistan (Reuters) - The Baloch Liberation Army, which formed the Baloch Raaji Aajoi "
            "Sangar alliance with the Baloch Liberation Front in 2018, claimed the attack on Monday.")
    found = relations_of(pipeline, text)
    assert not any(p == "allied_with" for _, p, _ in found), found


def test_troops_joined_by_a_groups_fighters_are_its_allies(pipeline):
    text = ("SITTWE, Myanmar (Reuters) - Myanmar troops defending the base were joined by fighters of the "
            "Arakan Rohingya Salvation Army (ARSA), residents said.")
    found = relations_of(pipeline, text)
    assert any(p == "allied_with" and {s, o} == {"Military Forces of Myanmar", "Arakan Rohingya Salvation Army"}
               for s, p, o in found), found


def test_a_group_that_belongs_to_an_alliance_is_its_member(pipeline):
    text = ("QUETTA, Pakistan (AP) - The Baloch Liberation Front, which belongs to the Baloch Raaji Aajoi "
            "Sangar alliance of separatist groups, said its fighters had attacked a Frontier Corps post.")
    found = relations_of(pipeline, text)
    assert any(s.startswith("Balochistan Liberation Front") or s.startswith("Baloch Liberation Front")
               for s, p, o in found if p == "member_of" and o == "Baloch Raaji Aajoi Sangar"), found


def test_a_second_description_joined_to_an_apposition_gives_membership(pipeline):
    text = ("The TNLA, the armed wing of the Palaung State Liberation Front and a member of the Three "
            "Brotherhood Alliance, said it had captured a hilltop base near Kyaukme on Sunday.")
    found = relations_of(pipeline, text)
    assert ("Ta'ang National Liberation Army", "member_of", "Three Brotherhood Alliance") in found, found


def test_a_faction_named_before_its_noun_is_part_of_the_cartel_told_before(pipeline):
    text = ("CULIACAN, Mexico (AP) - Gunmen from the Sinaloa Cartel's two warring wings fought again on "
            "Monday. Hitmen attacked a safe house held by the rival Mayiza faction near Eldorado, killing "
            "five men, prosecutors said.")
    found = relations_of(pipeline, text)
    assert ("La Mayiza", "part_of", "Sinaloa Cartel") in found, found
    assert ("Sinaloa Cartel", "part_of", "La Mayiza") not in found, found


# -- repelled assaults and threats at culprits --------------------------------------------------------

def test_assaults_repelled_with_their_doers_hung_on_the_verb(pipeline):
    text = ("ZAPORIZHZHIA, Ukraine (Reuters) - Ukrainian troops repelled nine assaults by Russian infantry "
            "near Stepnohirsk on Thursday, the regional military administration said.")
    events = _events(pipeline, text)
    assert any("Military Forces of Russia" in actors and "Military Forces of Ukraine" in targets
               for actors, targets in events), events


def test_a_threat_at_those_who_attack_named_victims_is_aimed_at_the_attackers(pipeline):
    text = ("APATZINGAN, Mexico (Reuters) - Gunmen of the Jalisco New Generation Cartel ambushed a National "
            "Guard patrol near Apatzingan on Tuesday, killing three guardsmen. Soldiers later arrested two "
            "suspects. \"Those who attack our guardsmen will be hunted down,\" the state governor told "
            "reporters.")
    threats = [targets for kind, _, targets in statements_of(pipeline, text) if kind == "THREATEN"]
    assert threats and threats[-1] == ["Jalisco New Generation Cartel"], threats


def test_a_charge_in_a_relative_clause_is_aimed_at_the_group_it_describes(pipeline):
    text = ("JUBA (Reuters) - South Sudan's army said it had driven the White Army, a Nuer youth militia "
            "that the government accuses of fighting for the opposition, out of the town of Ulang.")
    charges = [targets for kind, _, targets in statements_of(pipeline, text) if kind == "ACCUSE"]
    assert charges and "White Army" in charges[0], charges
