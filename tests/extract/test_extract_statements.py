"""Statements on the real spaCy model: the patterns of issue 5, one sentence or two each."""

import pytest

from sitrep.model import Article


@pytest.fixture(scope="module")
def statements_of(statements_with_names):
    def run(text: str, *, new_speakers: bool = True):
        statements, names = statements_with_names(text, new_speakers=new_speakers)
        for statement in statements:
            evidence = statement.evidence
            assert text[evidence.start : evidence.end] == evidence.text
            if statement.direct:
                for part in statement.quote.split(" … "):
                    assert part in evidence.text
        return [(s, names.get(s.speaker), [names.get(t) for t in s.targets]) for s in statements]

    return run


def test_accuse_of_names_speaker_and_target(statements_of):
    ((statement, speaker, targets),) = statements_of(
        "Hezbollah accused Israel of violating the ceasefire agreement.")
    assert (statement.kind, speaker, targets) == ("ACCUSE", "Hezbollah", ["Israel"])
    assert not statement.direct and "violating" in statement.quote


def test_quote_then_said_with_apposition_is_a_threat_by_content(statements_of):
    ((statement, speaker, _),) = statements_of(
        '"We are ready to crush them," said Abu Ali, a senior commander in Hayat Tahrir al-Sham.')
    assert (statement.kind, speaker, statement.direct) == ("THREATEN", "Abu Ali", True)
    assert statement.quote == "We are ready to crush them"
    assert statement.evidence.text.endswith("Hayat Tahrir al-Sham.")


def test_split_quote_is_one_statement(statements_of):
    ((statement, speaker, _),) = statements_of(
        '"We will not retreat," the commander said, "whatever the cost to us."')
    assert statement.direct and statement.quote == "We will not retreat … whatever the cost to us."
    assert speaker == "Unnamed commander"


def test_quote_without_cue_continues_the_previous_speaker(statements_of):
    found = statements_of(
        '"This attack was a war crime," said Ahmed Hassan, a doctor at the hospital.\n\n'
        '"Children were among the dead. We have no medicine left," he said.\n\n'
        '"Nobody came to help us in those first hours."')
    assert [speaker for _, speaker, _ in found] == ["Ahmed Hassan"] * 3
    assert found[0][0].kind == "ACCUSE"


def test_role_noun_resolves_to_the_person_introduced_with_it(statements_of):
    found = statements_of(
        "Abu Ali, a senior commander in Hayat Tahrir al-Sham, spoke to reporters in Idlib. "
        "The commander said the group would not withdraw.")
    assert [(s.kind, speaker) for s, speaker, _ in found] == [("PLEDGE", "Abu Ali")]


def test_platform_and_date_of_the_attribution(statements_of):
    ((statement, speaker, targets),) = statements_of(
        "Israeli Prime Minister Benjamin Netanyahu told a press conference on Thursday: "
        '"Hamas will be destroyed. We will not stop until every hostage is home."')
    assert (statement.kind, speaker, targets) == ("THREATEN", "Benjamin Netanyahu", ["Hamas"])
    assert statement.platform == "press conference" and statement.date == "2026-11-19"


def test_wrote_on_telegram_is_a_claim_of_own_action(statements_of):
    ((statement, _, _),) = statements_of(
        "Houthi spokesman Yahya Saree wrote on Telegram that the group had targeted a US warship.")
    assert (statement.kind, statement.platform) == ("CLAIM", "Telegram")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran's foreign minister pledged to support the Lebanese government.", "PLEDGE"),
        ("The Russian Defence Ministry denied striking a hospital in Kharkiv.", "DENY"),
        ("The United Nations called on all parties to cease hostilities immediately.", "APPEAL"),
        ("Hamas demanded that Israel withdraw its troops from Gaza.", "DEMAND"),
        ("Egypt praised Qatar's mediation efforts.", "PRAISE"),
        ("The government condemned the killings and vowed that those responsible would be hunted "
         "down.", "THREATEN"),
        ("The SDF said it would hold the government responsible for any escalation.", "THREATEN"),
        ("The militants said they had killed dozens of soldiers.", "CLAIM"),
        ("The M23 said it was not bound by the deal.", "DENY"),
    ],
)
def test_kind_from_verb_then_content(statements_of, text, kind):
    assert kind in [statement.kind for statement, _, _ in statements_of(text)]


def test_according_to_with_a_stance_is_a_statement_of_its_source(statements_of):
    found = statements_of("According to Hamas, Israeli troops committed war crimes in Gaza.")
    assert [(s.kind, speaker) for s, speaker, _ in found] == [("ACCUSE", "Hamas")]


def test_collective_speaker_the_ministry(statements_of):
    found = statements_of("The ministry said on X that it had repelled an attack near Aleppo.")
    assert [(s.kind, s.platform) for s, _, _ in found] == [("CLAIM", "X/Twitter")]
    assert found[0][1].startswith("Government of")


def test_sourcing_of_an_event_is_not_a_statement(statements_of):
    assert statements_of(
        "Russian shelling killed three civilians in Kherson on Monday, the regional military "
        "administration said.") == []


def test_unnamed_sources_need_new_speakers(statements_of):
    text = '"We were told to leave by midnight," a source said.'
    assert [speaker for _, speaker, _ in statements_of(text)] == ["Unnamed source"]
    assert statements_of(text, new_speakers=False) == []


def test_negated_and_subjectless_cues_are_not_statements(statements_of):
    assert statements_of("No group claimed responsibility for the attack.") == []
    assert statements_of("A drone attack blamed on the RSF struck a fuel depot.") == []


def test_condemning_an_event_targets_whoever_carried_it_out(pipeline):
    from sitrep.model import Article

    text = (
        "Al-Shabaab fighters attacked a hotel in Mogadishu on Sunday, killing nine people.\n\n"
        "The government condemned the attack."
    )
    document = pipeline.extract_one(Article(text=text, published="2026-11-19"))
    names = {actor.id: actor.name for actor in document.actors}
    (condemnation,) = [s for s in document.statements if s.kind == "CONDEMN"]
    assert "al-Shabaab" in {names[t] for t in condemnation.targets}
