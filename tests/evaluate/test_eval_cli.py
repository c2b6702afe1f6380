import json
import sys
import types

import pytest
from click.testing import CliRunner
from eval_helpers import Place, document, event

from sitrep.evaluate.cli import eval_command
from sitrep.evaluate.run import evaluate_file, parse_only

TEXT = "Rebels shelled Northtown on 3 May. Crowds protested in Southtown."


class FakePipeline:
    """Stands in for sitrep.pipeline.Pipeline: one ASSAULT event per article, at its first verb."""

    def __init__(self, model=None):
        self.model = model
        self.seen = []

    def extract(self, articles):
        for article in articles:
            self.seen.append(article)
            text = article.text
            yield document(text, events=[event(text, "e1", "ASSAULT", text.split()[1],
                                               place=Place("Northtown", lat=1.0, lon=1.0))])


def write_gold(tmp_path, count=2):
    lines = []
    for number in range(count):
        lines.append(json.dumps({
            "id": f"p{number}", "source_dataset": "PLOVER GSR test", "text": TEXT,
            "publication_date": "2020-05-04",
            "gold": {"event": "FIGHT" if number == 0 else "PROTEST", "source_actors": [],
                     "target_actors": [], "event_location": {"name": "Northtown"}, "dead": None}}))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fake_pipeline(monkeypatch):
    module = types.ModuleType("sitrep.pipeline")
    module.Pipeline = FakePipeline
    monkeypatch.setitem(sys.modules, "sitrep.pipeline", module)
    return module


def test_evaluate_file_with_a_pipeline(tmp_path):
    pipeline = FakePipeline()
    report = evaluate_file(write_gold(tmp_path), only=None, pipeline=pipeline, limit=None)
    assert [a.published for a in pipeline.seen] == ["2020-05-04", "2020-05-04"]
    total = report.score.total("events")
    assert (total.tp, total.fp, total.fn) == (1, 1, 1)
    assert report.score.arguments["events"]["place"].correct == 1
    limited = evaluate_file(write_gold(tmp_path), only={"events"}, pipeline=FakePipeline(), limit=1)
    assert limited.score.records == 1


def test_parse_only():
    assert parse_only("actors, events") == {"actors", "events"}
    assert parse_only(None) is None
    with pytest.raises(ValueError, match="unknown part"):
        parse_only("actors,weather")


def test_cli_text_and_json(tmp_path, fake_pipeline):
    path = write_gold(tmp_path)
    runner = CliRunner()
    result = runner.invoke(eval_command, [str(path), "--errors", "1"])
    assert result.exit_code == 0, result.output
    assert "events" in result.output and "worst misses:" in result.output
    result = runner.invoke(eval_command, [str(path), "--json", "--limit", "1", "--only", "events",
                                          "--model", "x"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["records"] == 1 and record["parts"]["events"]["total"]["f1"] == 1.0


def test_cli_unreadable_gold(tmp_path, fake_pipeline):
    runner = CliRunner()
    missing = tmp_path / "nope.jsonl"
    result = runner.invoke(eval_command, [str(missing)])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.output and result.output.count("\n") == 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(eval_command, [str(broken)])
    assert result.exit_code == 2 and "broken.jsonl" in result.output
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert runner.invoke(eval_command, [str(empty)]).exit_code == 2
    result = runner.invoke(eval_command, [str(write_gold(tmp_path)), "--only", "weather"])
    assert result.exit_code == 2  # click usage error
