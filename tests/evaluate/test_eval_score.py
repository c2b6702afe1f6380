import json

import pytest
from eval_helpers import Fatalities, Place, Relation, Statement, actor, document, event, evidence

from sitrep.evaluate.report import Report
from sitrep.evaluate.schema import (
    GoldActor,
    GoldEvent,
    GoldPlace,
    GoldRecord,
    GoldRelation,
    GoldStatement,
    Span,
)
from sitrep.evaluate.score import Counts, Scorer

TEXT = ("The army shelled Aleppo on Monday, killing five people. "
        "Students marched in Homs. "
        "The two sides agreed to a truce.")


def span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(start, start + len(fragment), fragment)


def gold_events() -> GoldRecord:
    army = GoldActor("Syrian Army", spans=(span("The army"),))
    return GoldRecord(
        id="r1", dataset="test", text=TEXT,
        parts=frozenset({"events"}), exhaustive=frozenset({"events"}),
        arguments=frozenset({"actors", "place", "date", "fatalities"}),
        events=[
            GoldEvent("ASSAULT", accept=frozenset({"ASSAULT"}), span=span("shelled"),
                      actors=(army,), place=GoldPlace("Aleppo", 36.2021, 37.1343),
                      date="2016-05-02", fatalities=5),
            GoldEvent("PROTEST", accept=frozenset({"PROTEST"}), span=span("marched")),
            GoldEvent("AGREE", accept=frozenset({"AGREE"}), span=span("agreed")),
        ],
    )


def predicted_events():
    army = actor(TEXT, "a1", "Syrian Arab Army", "state_forces", mention="The army")
    return document(
        TEXT,
        actors=[army],
        events=[
            event(TEXT, "e1", "ASSAULT", "shelled Aleppo", actors=["a1"],
                  place=Place("Aleppo", lat=36.21, lon=37.15), date="2016-05-03",
                  fatalities=Fatalities(5, 5, "five")),
            event(TEXT, "e2", "ASSAULT", "killing five people"),  # duplicate: not counted
            event(TEXT, "e3", "ACCUSE", "Students marched"),  # wrong type: false alarm
            event(TEXT, "e4", "AGREE", "agreed to a truce"),
        ],
    )


def test_counts_math():
    counts = Counts(tp=2, fp=1, fn=1, precision_known=True)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 / 3)
    assert Counts(tp=3, fp=0, fn=1).precision is None  # not exhaustive: unknown
    assert Counts(tp=3, fp=0, fn=1).f1 is None
    assert Counts(tp=0, fp=2, fn=2, precision_known=True).f1 == 0.0
    assert Counts(tp=1, fp=1, fn=3, precision_known=True).f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_event_scores_and_arguments():
    scorer = Scorer()
    scorer.add(gold_events(), predicted_events())
    score = scorer.result()
    total = score.total("events")
    assert (total.tp, total.fp, total.fn) == (2, 1, 1)
    assert total.precision == pytest.approx(2 / 3)
    assert total.recall == pytest.approx(2 / 3)
    assert total.f1 == pytest.approx(2 / 3)
    rows = score.parts["events"]
    assert (rows["ASSAULT"].tp, rows["PROTEST"].fn, rows["ACCUSE"].fp, rows["AGREE"].tp) == (1, 1, 1, 1)
    arguments = score.arguments["events"]
    assert (arguments["actors"].correct, arguments["actors"].total) == (1, 1)
    assert (arguments["place"].correct, arguments["place"].total) == (1, 1)
    assert (arguments["date"].correct, arguments["date"].total) == (0, 1)
    assert (arguments["fatalities"].correct, arguments["fatalities"].total) == (1, 1)
    misses = score.worst("miss")
    assert [m.label for m in misses] == ["PROTEST"]
    assert misses[0].sentence == "Students marched in Homs."
    assert "ACCUSE" in misses[0].detail
    assert [e.label for e in score.worst("false_alarm")] == ["ACCUSE"]
    assert [e.detail.split(":")[0] for e in score.worst("argument")] == ["date"]


def test_not_exhaustive_ignores_false_alarms():
    gold = gold_events()
    gold.exhaustive = frozenset()
    scorer = Scorer()
    scorer.add(gold, predicted_events())
    total = scorer.result().total("events")
    assert (total.tp, total.fp, total.fn) == (2, 0, 1)
    assert total.precision is None
    assert total.recall == pytest.approx(2 / 3)


def test_only_restricts_parts():
    scorer = Scorer(only={"actors"})
    scorer.add(gold_events(), predicted_events())
    assert "events" not in scorer.result().parts


def test_actor_scores_with_ignored_spans():
    text = "Hay'at Tahrir al-Sham and Ahrar al-Sham fought Jaysh al-Islam near Idlib city."
    gold = GoldRecord(
        id="r2", dataset="test", text=text,
        parts=frozenset({"actors"}), exhaustive=frozenset({"actors"}),
        arguments=frozenset({"kind"}),
        actors=[GoldActor("Hayat Tahrir al-Sham", kinds=frozenset({"armed_group"})),
                GoldActor("Ahrar al-Sham", kinds=frozenset({"armed_group"})),
                GoldActor("Jaysh al-Islam", kinds=frozenset({"armed_group"}))],
        ignore_actor_spans=[Span(text.index("Idlib"), text.index("Idlib") + 5)],
    )
    predicted = document(text, actors=[
        actor(text, "a1", "Hay'at Tahrir al-Sham", "armed_group"),
        actor(text, "a2", "Ahrar ash-Sham", "person"),
        actor(text, "a3", "Free Syrian Army", "armed_group"),
        actor(text, "a4", "Idlib Governorate", "government", mention="Idlib"),
    ])
    scorer = Scorer()
    scorer.add(gold, predicted)
    score = scorer.result()
    total = score.total("actors")
    assert (total.tp, total.fp, total.fn) == (2, 1, 1)
    assert total.f1 == pytest.approx(2 / 3)
    kind = score.arguments["actors"]["kind"]
    assert (kind.correct, kind.total) == (1, 2)


def test_statements_and_relations():
    text = 'The ministry said "we will respond". Iran backs Hezbollah. Hamas fights Fatah.'
    speaker_span = Span(0, 12, "The ministry")
    content = Span(text.index('"we'), text.index('".') + 1)
    gold = GoldRecord(
        id="r3", dataset="test", text=text,
        parts=frozenset({"statements", "relations"}),
        exhaustive=frozenset({"statements", "relations"}),
        arguments=frozenset({"speaker", "direct"}),
        statements=[GoldStatement("attribution", span=content, speaker=GoldActor(
            "The ministry", spans=(speaker_span,)), direct=True)],
        relations=[
            GoldRelation("allied_with/backed_by/supports",
                         frozenset({"allied_with", "supports", "backed_by"}),
                         GoldActor("Iran"), GoldActor("Hezbollah"), symmetric=True),
            GoldRelation("opposes", frozenset({"opposes"}), GoldActor("Hamas"), GoldActor("Fatah"),
                         symmetric=True),
        ],
    )
    actors = [actor(text, "m", "Ministry of Defence", "government", mention="The ministry"),
              actor(text, "i", "Iran", "state"), actor(text, "h", "Hezbollah", "armed_group"),
              actor(text, "f", "Fatah", "political_party")]
    predicted = document(
        text, actors=actors,
        statements=[Statement("s1", "THREATEN", evidence(text, "we will respond"), speaker="m",
                            direct=False),
                    Statement("s2", "CLAIM", evidence(text, "Hamas fights"), speaker=None)],
        relations=[Relation("r1", "h", "backed_by", "i", evidence(text, "Iran backs Hezbollah")),
                   Relation("r2", "f", "member_of", "h", evidence(text, "Hamas fights Fatah"))],
    )
    scorer = Scorer()
    scorer.add(gold, predicted)
    score = scorer.result()
    statements = score.total("statements")
    assert (statements.tp, statements.fp, statements.fn) == (1, 1, 0)
    assert score.arguments["statements"]["speaker"].correct == 1
    assert score.arguments["statements"]["direct"].correct == 0
    relations = score.total("relations")
    assert (relations.tp, relations.fp, relations.fn) == (1, 1, 1)
    assert score.parts["relations"]["member_of"].fp == 1


def test_report_text_and_json():
    scorer = Scorer()
    scorer.add(gold_events(), predicted_events())
    report = Report(gold_path="gold.jsonl", score=scorer.result(), errors_limit=1)
    text = report.to_text()
    assert "events" in text and "ASSAULT" in text and "0.667" in text
    assert "worst misses:" in text and "Students marched in Homs." in text
    record = json.loads(report.to_json())
    assert record["parts"]["events"]["total"]["f1"] == pytest.approx(0.6667)
    assert record["arguments"]["events"]["date"]["accuracy"] == 0.0
    assert len(record["misses"]) == 1 and len(record["false_alarms"]) == 1


def test_distance_summary_by_hand():
    from sitrep.evaluate.score import Score

    score = Score(distances_km=[0.0, 10.0, 200.0, 30.0])
    summary = score.distance_summary()
    assert summary == {"toponyms_with_coordinates": 4, "median_km": 20.0, "accuracy_161km": 0.75}
    assert Score().distance_summary() is None
