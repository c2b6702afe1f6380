"""Events, round 5: a verbal act that the trigger lexicon codes ("condemned") takes its parties
from the statement stage, which resolves what the words refer back to ("the strikes": whose).
Sentences written for these tests."""

from sitrep.model import Article


def _events(pipeline, text, published="2026-05-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document, names


def test_condemnation_of_earlier_strikes_targets_their_doer(pipeline):
    document, names = _events(
        pipeline,
        "Iranian drones struck Kurdish opposition camps near Koya in northern Iraq on Sunday, local "
        "officials said. The Iraqi foreign ministry condemned the strikes.",
    )
    accusations = [e for e in document.events if e.type == "ACCUSE"]
    assert len(accusations) == 1
    (event,) = accusations
    assert [names[a] for a in event.actors] == [names[s.speaker] for s in document.statements
                                                 if s.kind == "CONDEMN"]
    targets = [names[t] for t in event.targets]
    assert targets and all("Iran" in t for t in targets)


def test_verbal_event_does_not_list_its_speaker_as_target(pipeline):
    document, names = _events(
        pipeline,
        "Turkish jets bombed PKK positions in the Qandil mountains on Tuesday. The Kurdistan Regional "
        "Government condemned the bombardment and urged Ankara to respect Iraq's borders.",
    )
    for event in document.events:
        if event.type in {"ACCUSE", "REQUEST"}:
            assert not set(event.actors) & set(event.targets)
            assert event.targets
