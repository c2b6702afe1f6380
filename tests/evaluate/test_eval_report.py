"""Summary lines, --sample/--seed, adapter choice by shape, negated/hypothetical events, and the
development set's own integrity."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from eval_helpers import document, event

from sitrep.evaluate.cli import eval_command
from sitrep.evaluate.gold import adapt, adapter_for, load_gold, sample_indices
from sitrep.evaluate.datasets import acled, event_location, native, plover, polnear, re3d, ucdp
from sitrep.evaluate.report import Report, summary_line
from sitrep.evaluate.run import evaluate_file
from sitrep.evaluate.schema import GoldError, GoldEvent, GoldRecord, Span
from sitrep.evaluate.score import Counts, Scorer
from sitrep.model.records import Document

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "dev.jsonl"
HOLDOUT = ROOT / "eval" / "holdout.jsonl"
SUMMARY = re.compile(r"^(actors|events|statements|relations|places): "
                     r"P=(n/a|\d\.\d{3}) R=(n/a|\d\.\d{3}) F1=(n/a|\d\.\d{3})$")


def test_summary_line_hand_computed():
    # P = 3/5 = 0.600, R = 3/(3+4) = 0.4286, F1 = 2PR/(P+R) = 0.5
    assert summary_line("events", Counts(tp=3, fp=2, fn=4, precision_known=True)) == \
        "events: P=0.600 R=0.429 F1=0.500"
    assert summary_line("events", Counts(tp=3, fp=0, fn=1)) == "events: P=n/a R=0.750 F1=n/a"


def _score(counts_by_part):
    scorer = Scorer()
    for part, counts in counts_by_part.items():
        scorer.score.parts[part] = {"x": counts}
    return scorer.result()


def test_report_text_and_json_give_the_same_figures():
    score = _score({"events": Counts(tp=9, fp=6, fn=11, precision_known=True),
                    "statements": Counts(tp=2, fn=2)})
    report = Report(gold_path="g.jsonl", score=score)
    lines = report.summary_lines()
    assert lines == ["events: P=0.600 R=0.450 F1=0.514", "statements: P=n/a R=0.500 F1=n/a"]
    text = report.to_text().splitlines()
    assert all(line in text for line in lines)
    record = json.loads(report.to_json())
    assert record["summary"]["events"] == {"precision": 0.6, "recall": 0.45, "f1": 0.514,
                                           "tp": 9, "fp": 6, "fn": 11}
    assert record["summary"]["statements"]["precision"] is None
    assert record["summary"]["statements"]["fp"] is None


def test_sample_indices_are_fixed_by_the_seed():
    first = sample_indices(100, 10, seed=3)
    assert first == sample_indices(100, 10, seed=3) == sorted(first)
    assert len(set(first)) == 10 and all(0 <= i < 100 for i in first)
    assert first != sample_indices(100, 10, seed=4)
    assert sample_indices(5, 10, seed=3) == [0, 1, 2, 3, 4]
    assert sample_indices(5, None) == [0, 1, 2, 3, 4]


def _plover_file(tmp_path, count):
    path = tmp_path / "plover.jsonl"
    path.write_text("".join(json.dumps({
        "id": f"p{n}", "source_dataset": "PLOVER GSR twin", "text": f"Crowds protested in Town{n}.",
        "publication_date": None, "gold": {"event": "PROTEST", "source_actors": [],
                                           "target_actors": []}}) + "\n" for n in range(count)),
        encoding="utf-8")
    return path


def test_load_gold_limit_then_sample(tmp_path):
    path = _plover_file(tmp_path, 30)
    ids = [r.id for r in load_gold(path, sample=5, seed=1)]
    assert ids == [r.id for r in load_gold(path, sample=5, seed=1)]
    assert len(ids) == 5 and ids == sorted(ids, key=lambda i: int(i[1:]))
    limited = [r.id for r in load_gold(path, limit=8, sample=3, seed=1)]
    assert len(limited) == 3 and all(int(i[1:]) < 8 for i in limited)
    assert len(load_gold(path, sample=100)) == 30


class OneProtest:
    version = "fake 1"

    def extract(self, articles):
        for article in articles:
            text = article.text
            yield document(text, events=[event(text, "e", "PROTEST", "protested")])


def test_evaluate_file_sample_meta(tmp_path):
    report = evaluate_file(_plover_file(tmp_path, 30), pipeline=OneProtest(), sample=4, seed=2)
    assert report.score.records == 4
    record = json.loads(report.to_json())
    assert (record["sample"], record["seed"], record["pipeline_version"]) == (4, 2, "fake 1")
    assert record["summary"]["events"]["f1"] == 1.0
    assert "random sample of 4, seed 2" in report.to_text()


def test_cli_sample_and_summary_lines(tmp_path, monkeypatch):
    import sys
    import types

    module = types.ModuleType("sitrep.pipeline")
    module.Pipeline = lambda model=None: OneProtest()
    monkeypatch.setitem(sys.modules, "sitrep.pipeline", module)
    path = _plover_file(tmp_path, 20)
    runner = CliRunner()
    result = runner.invoke(eval_command, [str(path), "--sample", "5", "--seed", "9"])
    assert result.exit_code == 0, result.output
    summary = [line for line in result.output.splitlines() if SUMMARY.match(line)]
    assert summary == ["events: P=1.000 R=1.000 F1=1.000"]
    result = runner.invoke(eval_command, [str(path), "--sample", "5", "--seed", "9", "--json"])
    record = json.loads(result.output)
    assert record["records"] == 5 and record["summary"]["events"]["f1"] == 1.0


@pytest.mark.parametrize("gold, module", [
    ({"attributions": []}, polnear),
    ({"event_trigger": {"start": 0, "end": 1}}, event_location),
    ({"side_a": "Government of Iraq"}, ucdp),
    ({"event_type": "Riots/Protests"}, acled),
    ({"event": "PROTEST", "source_actors": []}, plover),
    ({"entities": [], "relations": []}, re3d),
    ({"events": [], "actors": []}, native),
])
def test_adapter_by_shape_when_the_name_is_unknown(gold, module):
    assert adapter_for({"id": "x", "source_dataset": "held-out 2024", "gold": gold}) is module
    assert adapter_for({"id": "x", "gold": gold}) is module


def test_adapter_by_name_anywhere():
    assert adapter_for({"source_dataset": "Held-out ACLED Asia 2020", "gold": {}}) is acled
    assert adapter_for({"source_dataset": "twin of event-location", "gold": {}}) is event_location
    with pytest.raises(GoldError, match="unknown source_dataset"):
        adapter_for({"id": "x", "source_dataset": "weather", "gold": {"rain": 1}})


def test_negated_and_hypothetical_predictions_take_no_part():
    text = "Rebels denied shelling the town. They threatened to attack Kassala."
    gold = GoldRecord(id="n", dataset="t", text=text, parts=frozenset({"events"}),
                      exhaustive=frozenset({"events"}), events=[])
    predicted = document(text, events=[
        event(text, "e1", "ASSAULT", "shelling", negated=True),
        event(text, "e2", "ASSAULT", "attack", hypothetical=True),
        event(text, "e3", "THREATEN", "threatened"),
    ])
    scorer = Scorer()
    scorer.add(gold, predicted)
    score = scorer.result()
    assert score.total("events").fp == 1
    assert set(score.parts["events"]) == {"THREATEN"}
    # a real event flagged hypothetical by mistake is a miss
    start = text.index("attack")
    real = GoldRecord(id="r", dataset="t", text=text, parts=frozenset({"events"}),
                      exhaustive=frozenset({"events"}),
                      events=[GoldEvent("ASSAULT", accept=frozenset({"ASSAULT"}),
                                        span=Span(start, start + 6, "attack"))])
    scorer = Scorer(only={"events"})
    scorer.add(real, document(text, events=[event(text, "e2", "ASSAULT", "attack",
                                                  hypothetical=True)]))
    assert scorer.result().total("events").fn == 1


def test_native_gold_drops_negated_and_hypothetical_events():
    text = "Rebels shelled the town and threatened to attack Kassala."
    record = {"id": "x", "source_dataset": "sitrep", "text": text, "gold": {
        "events": [
            {"id": "a", "type": "ASSAULT", "evidence": {"text": "shelled", "start": 7, "end": 14}},
            {"id": "b", "type": "ASSAULT", "hypothetical": True,
             "evidence": {"text": "attack", "start": 42, "end": 48}},
        ]}}
    assert [e.span.text for e in adapt(record).events] == ["shelled"]


def test_ucdp_insurgents_of_other_countries():
    sides = ucdp.side_actors("Afghan insurgents, Government of DR Congo (Zaire)")
    assert [(a.country, a.generic) for a in sides] == [("AFG", True), ("COD", True)]


# -- the development set -------------------------------------------------------------------------
def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", [DEV, HOLDOUT], ids=["dev", "holdout"])
def test_own_sets_offsets_and_references(path):
    records = _records(path)
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        text, gold = record["text"], record["gold"]
        spans = [m for a in gold["actors"] for m in a["mentions"]]
        spans += [item["evidence"] for key in ("events", "statements", "relations")
                  for item in gold[key]]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"], (record["id"], span)
        ids = {a["id"] for a in gold["actors"]}
        for item in gold["events"]:
            assert set(item["actors"]) | set(item["targets"]) <= ids, record["id"]
        for item in gold["statements"]:
            assert item["speaker"] is None or item["speaker"] in ids, record["id"]
        for item in gold["relations"]:
            assert {item["subject"], item["object"]} <= ids, record["id"]
        Document.from_record(gold, text=text)  # the document-record shape


@pytest.mark.parametrize("path, dataset", [(DEV, "sitrep dev"), (HOLDOUT, "sitrep holdout")],
                         ids=["dev", "holdout"])
def test_own_sets_load_and_cover_every_part(path, dataset):
    records = load_gold(path)
    assert {r.dataset for r in records} == {dataset}
    assert all(r.parts == {"actors", "events", "statements", "relations"} for r in records)
    events = {e.label for r in records for e in r.events}
    kinds = {s.label for r in records for s in r.statements}
    predicates = {x.label for r in records for x in r.relations}
    assert {"ASSAULT", "PROTEST", "COERCE", "ACCUSE", "REQUEST", "THREATEN"} <= events
    assert {"ACCUSE", "THREATEN", "DENY", "PLEDGE", "DEMAND", "APPEAL", "CONDEMN"} <= kinds
    assert {"backed_by", "member_of", "leader_of", "part_of", "allied_with"} <= predicates


def test_an_article_that_breaks_extraction_is_scored_empty_not_fatal(tmp_path):
    import json

    from sitrep.evaluate.run import evaluate_file
    from sitrep.model import Document

    class Flaky:
        version = "flaky"

        def extract(self, articles):
            for article in articles:
                if "boom" in article.text:
                    raise RuntimeError("boom")
                yield Document(article=article)

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "source_dataset": "sitrep-dev", "text": "Troops shelled the town.", "publication_date": None,
         "gold": {"actors": [], "events": [], "statements": [], "relations": []}},
        {"id": "b", "source_dataset": "sitrep-dev", "text": "boom", "publication_date": None,
         "gold": {"actors": [], "events": [], "statements": [], "relations": []}},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate_file(gold, pipeline=Flaky())
    assert report.meta["extraction_failures"] == 1
    assert "extraction failed on 1 records" in report.to_text()
