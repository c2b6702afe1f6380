"""Statement targets on the real spaCy model (issue 5): cue objects, referring expressions, the
speaker's own side, denials, release demands and the opponent of the speaker's forces. Sentences
written for these tests, across regions."""


def _by_kind(found, kind):
    return [entry for entry in found if entry[0] == kind]


def test_counted_plural_takes_the_actors_named_before(statements_of):
    found = statements_of(
        "Fighting between the Allied Democratic Forces and the CODECO militia displaced thousands "
        "in Ituri province on Sunday. The UN mission accused both groups of attacking displacement camps.")
    ((_, _, targets),) = _by_kind(found, "ACCUSE")
    assert len(targets) == 2
    assert "Allied Democratic Forces" in targets


def test_release_demand_targets_the_kidnappers(statements_of):
    found = statements_of(
        "Gunmen from the Boko Haram faction kidnapped 20 farmers near Maiduguri on Monday, police said. "
        "The Borno state governor demanded the immediate release of the hostages.")
    ((_, _, targets),) = _by_kind(found, "DEMAND")
    assert targets and "Boko Haram" in targets[0]


def test_release_of_people_held_by_names_the_holder(statements_of):
    found = statements_of(
        "Families gathered outside the courthouse in Tunis on Monday, demanding the release of "
        "activists held by the National Guard.")
    ((_, _, targets),) = _by_kind(found, "DEMAND")
    assert targets == ["National Guard"] or any("Guard" in (t or "") for t in targets)


def test_threat_subject_is_the_speakers_side_not_the_target(statements_of):
    found = statements_of(
        "Al-Shabaab fighters ambushed a convoy near Beledweyne on Tuesday. The defence minister "
        "vowed that the army would retaliate.")
    ((_, _, targets),) = _by_kind(found, "THREATEN")
    assert all("Military Forces" not in (t or "") for t in targets)
    assert targets == ["al-Shabaab"]


def test_threat_against_whoever_the_clause_names_pays(statements_of):
    ((kind, _, targets),) = statements_of(
        "Hezbollah warned that Israel would pay a heavy price for the assassination.")
    assert kind == "THREATEN"
    assert targets == ["Israel"]


def test_pledge_about_own_forces_targets_their_enemy(statements_of):
    found = statements_of(
        "The Kachin Independence Army seized a military outpost near Bhamo after clashes with the "
        "Myanmar army, a spokesman said. The KIA said its fighters would continue their offensive.")
    pledges = _by_kind(found, "PLEDGE")
    assert pledges
    (_, speaker, targets) = pledges[-1]
    assert speaker == "Kachin Independence Army"
    assert targets and "Kachin" not in targets[0]


def test_donor_pledge_gets_no_enemy(statements_of):
    found = statements_of(
        "Russian forces shelled Kherson on Monday. The World Food Programme said it would send "
        "30 trucks of flour to the city.")
    for _, _, targets in _by_kind(found, "PLEDGE"):
        assert targets == []


def test_claim_targets_what_the_strike_was_meant_for(statements_of):
    ((kind, speaker, targets),) = statements_of(
        "The Israeli army said it had struck weapons destined for Hamas.")
    assert kind == "CLAIM"
    assert targets == ["Hamas"]


def test_condemned_strikes_point_at_the_doer_not_the_reporter(statements_of):
    found = statements_of(
        "Pakistani jets bombed villages in Afghanistan's Khost province on Monday, the Pakistani "
        "foreign ministry said. The Taliban government condemned the strikes.")
    ((_, _, targets),) = _by_kind(found, "CONDEMN")
    assert targets and "Military Forces of Pakistan" == targets[0]


def test_denial_targets_whoever_made_the_claim(statements_of):
    found = statements_of(
        "The M23 rebels said they had shot down an army drone over Rutshuru. The Congolese "
        "military dismissed the claim as propaganda.")
    ((_, speaker, targets),) = _by_kind(found, "DENY")
    assert targets == ["March 23 Movement"]


def test_speaker_never_targets_itself(statements_of):
    for _, speaker, targets in statements_of(
            "The Houthis said their forces had targeted a ship in the Red Sea and vowed to keep up "
            "the attacks."):
        assert speaker not in targets


def test_both_sides_are_the_fighting_parties_not_the_mediator(statements_of):
    found = statements_of(
        "An Israeli strike killed 11 people in Khan Younis on Sunday, and Hamas fighters fired rockets at "
        "Ashkelon. Egypt, which mediated the deal with Qatar, decried the killing of civilians and called "
        "on both sides to show restraint.")
    ((_, _, targets),) = _by_kind(found, "APPEAL")
    assert "Hamas" in targets and "Qatar" not in targets and len(targets) == 2


def test_an_attack_that_will_not_go_unpunished_targets_its_doer_not_its_victims(statements_of):
    found = statements_of("CJNG gunmen killed four National Guard members in Michoacán on Sunday. Security Secretary "
                          "Emilio Castañeda vowed that the attack on the guardsmen would not go unpunished.")
    ((_, _, targets),) = _by_kind(found, "THREATEN")
    assert targets == ["Jalisco New Generation Cartel"]


def test_killers_are_the_group_that_killed(statements_of):
    found = statements_of('ADF rebels killed 30 villagers near Beni on Monday. "These killers will find nowhere to '
                          'hide," said Brigadier Moses Tumwine.')
    ((_, _, targets),) = _by_kind(found, "THREATEN")
    assert targets == ["Allied Democratic Forces"]


def test_a_demand_that_someone_act_targets_them(statements_of):
    found = statements_of("Iran's foreign ministry demanded that Islamabad act decisively against militants operating from its soil.")
    ((_, _, targets),) = _by_kind(found, "DEMAND")
    assert targets == ["Government of Pakistan"]


def test_a_description_with_a_patron_stands_for_the_group_and_asked_words_are_not_said(statements_of):
    found = statements_of("Houthi forces fired a missile at a tanker on Monday. The US Central Command urged the "
                          "Iran-backed movement to stop threatening shipping.")
    assert [(kind, targets) for kind, _, targets in found] == [("APPEAL", ["Houthis"])]


def test_a_participle_after_an_attribution_is_the_attributed_speaker_s(statements_of):
    found = statements_of("A drone strike on a market in the M23-held mining town of Rubaya killed at least 14 civilians "
                          "on Tuesday, the Rwanda-backed rebel group said, blaming the Congolese army.")
    assert [(k, s) for k, s, _ in found] == [("ACCUSE", "March 23 Movement")]


def test_the_settlers_are_not_the_group_named_before(statements_of):
    found = statements_of("Hamas fighters fired rockets at Sderot. Hamas called on Palestinians to confront the settlers.")
    assert all("Hamas" not in targets for _, _, targets in found)


def test_condemning_a_raid_targets_the_raiders_not_the_speaker_s_backers(pipeline):
    from sitrep.model import Article
    document = pipeline.extract_one(Article(
        text="Houthi security forces stormed the UNICEF compound in Sanaa on Sunday. Yemen's government, which is "
             "backed by a Saudi-led coalition, condemned the raid as piracy.", published="2026-03-04"))
    names = {a.id: a.name for a in document.actors}
    (condemnation,) = [s for s in document.statements if s.kind == "CONDEMN"]
    assert [names[t] for t in condemnation.targets] == ["Houthis"]


def test_they_in_an_accusing_quote_is_the_group_that_acted(statements_of):
    found = statements_of('Bandits of the Ansaru group attacked Kurmi village on Sunday. "They kill us and nobody '
                          'comes," said the village head, Musa Bello.')
    ((_, _, targets),) = _by_kind(found, "ACCUSE")
    assert targets == ["Ansaru"]


def test_groups_within_a_named_body_are_that_body(statements_of):
    found = statements_of('The Kurdistan Regional Government blamed "outlaw groups within the Popular Mobilization '
                          'Forces" for the drone attack.')
    ((_, _, targets),) = _by_kind(found, "ACCUSE")
    assert targets == ["Popular Mobilization Forces"]
