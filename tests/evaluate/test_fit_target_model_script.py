"""scripts/fit_target_model.py: how it picks the fill and rerank thresholds, and a fit on a small
gold file, on hand-made choices and on a few development records."""

import json

import pytest

from sitrep.extract import document
from sitrep.extract.speech import likely_targets
from tests.evaluate.eval_helpers import ROOT, load_script


@pytest.fixture(scope="module")
def fit_script():
    return load_script("fit_target_model")


def test_the_fill_threshold_is_the_lowest_whose_fills_are_right_often_enough(fit_script):
    # (probability, right, chosen by the rules): from 0.2 up 3 of 5 are right, from 0.3 up 2 of 4,
    # from 0.5 up 2 of 3, from 0.7 up 2 of 2
    served = [(0.9, True, False), (0.7, True, False), (0.5, False, False), (0.3, False, False),
              (0.2, True, False)]
    assert fit_script.fill_threshold(served, 0.6) == 0.2
    assert fit_script.fill_threshold(served, 0.65) == 0.5
    assert fit_script.fill_threshold(served, 0.9) == 0.7
    assert fit_script.fill_threshold(served, 1.01) is None


def test_a_rerank_threshold_needs_a_clear_net_gain(fit_script):
    # (probability, model right, model's best is the rules' choice, rules right)
    fixes = [(0.95, True, False, False)] * 6
    broken = [(0.55, False, False, True)]
    kept = [(0.99, True, True, True)] * 20  # the rules' own choice: no swap
    assert fit_script.rerank_threshold(fixes + broken + kept) == 0.6  # 6 fixed, none broken
    assert fit_script.rerank_threshold(fixes[:4] + kept) is None       # 4 net: noise
    assert fit_script.rerank_threshold(fixes + [(0.95, False, False, True)] * 4) is None  # 6 vs 4


def test_a_fit_on_a_few_records_writes_a_model_for_each_kind_it_can_judge(fit_script, tmp_path, monkeypatch, capsys):
    path = tmp_path / "target_model.json"
    monkeypatch.setattr(likely_targets, "MODEL_PATH", path)
    monkeypatch.setattr("sys.argv", ["fit", str(ROOT / "eval" / "dev.jsonl"), "--limit", "120"])
    fit_script.main()
    model = json.loads(path.read_text())
    assert model["records"] == 120
    assert set(model["kinds"]) <= set(likely_targets.MODEL_KINDS)
    for params in model["kinds"].values():
        assert set(params["weights"]) == set(likely_targets.FEATURES)
    assert "ACCUSE:" in capsys.readouterr().out
    assert document.fill_targets is likely_targets.fill_targets  # the model is on again after the fit
