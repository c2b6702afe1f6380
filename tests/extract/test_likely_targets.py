"""The likeliest target of a statement the rules aimed at no one, scored by the fitted model in
``sitrep/extract/speech/target_model.json``. Sentences written for these tests; each end-to-end
test also checks that the rules alone leave the statement without a target, so it is the model
that answers."""

from __future__ import annotations

import pytest

from sitrep.extract import document, mentions
from sitrep.extract.speech import likely_targets
from sitrep.extract.speech.likely_targets import Candidate
from sitrep.model import Article
from tests.extract.relation_helpers import statements_of
from tests.extract.statement_helpers import targets_of_kind


@pytest.fixture
def rules_only(monkeypatch):
    """Switch the model off for the rest of the test."""
    monkeypatch.setattr(document, "fill_targets", lambda *args, **kwargs: None)


def test_the_model_file_weighs_every_feature_of_every_kind():
    model = likely_targets._model()
    assert model["kinds"], "the fitted model has no kind"
    for kind, params in model["kinds"].items():
        assert kind in likely_targets.MODEL_KINDS
        assert set(params["weights"]) == set(likely_targets.FEATURES), kind
        assert 0 < params["threshold"] <= 2.0
        assert params["rerank_threshold"] is None or 0 < params["rerank_threshold"] < 1


CHARGE_ON_EARLIER_PARTY = (
    "BEIRUT (Reuters) - An Israeli drone strike killed two Hezbollah members in the village of Aita "
    "al-Shaab on Monday, Lebanese security sources said. The Israeli military said the two had been "
    "moving rockets toward the border in breach of the truce.")
CHARGE_IN_A_QUOTE = (
    "ADDIS ABABA (Reuters) - Fano militiamen attacked a police station in Debre Markos on Saturday. "
    "\"That station was a prison where young Amharas were tortured,\" said Zemene Kassie, a Fano commander.")
PLEDGE_TO_THE_STRUCK = (
    "NIAMEY (Reuters) - Islamic State fighters killed 12 Nigerien soldiers near Tillaberi on Wednesday, "
    "Niger's army said. The Alliance of Sahel States said its joint force would deploy a battalion to "
    "the area within days.")


@pytest.mark.parametrize(("text", "kind", "target"), [
    (CHARGE_ON_EARLIER_PARTY, "ACCUSE", "Hezbollah"),
    (CHARGE_IN_A_QUOTE, "ACCUSE", "Police Forces of Ethiopia"),
    (PLEDGE_TO_THE_STRUCK, "PLEDGE", "Military Forces of Niger"),
])
def test_a_statement_the_rules_aim_at_no_one_takes_its_likeliest_target(pipeline, text, kind, target):
    assert targets_of_kind(statements_of(pipeline, text), kind) == [[target]]


@pytest.mark.parametrize("text", [CHARGE_ON_EARLIER_PARTY, CHARGE_IN_A_QUOTE, PLEDGE_TO_THE_STRUCK])
def test_the_rules_alone_leave_those_statements_without_a_target(pipeline, rules_only, text):
    found = statements_of(pipeline, text)
    assert found and all(targets == [] for _, _, targets in found), found


def test_a_statement_whose_rules_found_a_target_keeps_it(pipeline):
    text = ("KHARTOUM (Reuters) - The army accused the Rapid Support Forces of shelling a hospital in "
            "El Fasher on Tuesday.")
    assert targets_of_kind(statements_of(pipeline, text), "ACCUSE") == [["Rapid Support Forces"]]


def test_the_speaker_is_never_a_candidate(pipeline):
    text = CHARGE_ON_EARLIER_PARTY
    doc = pipeline.nlp(text)
    found = pipeline.extract_one(Article(text=text, published="2026-04-14"))
    statement = next(s for s in found.statements if s.kind == "ACCUSE")
    facts = likely_targets.ArticleFacts(doc, mentions.find_actor_mentions(doc), found.statements,
                                        found.events, found.relations)
    ids = {c.actor_id for c in likely_targets.candidates(statement, facts)}
    assert statement.speaker not in ids
    assert ids, "the article names other actors"


class _Statement:
    def __init__(self, kind, targets, quote):
        self.kind, self.targets, self.quote, self.speaker = kind, list(targets), quote, None
        self.evidence = None


def _only_in_content_model(threshold, rerank):
    weights = dict.fromkeys(likely_targets.FEATURES, 0.0)
    weights["in_content"] = 4.0
    group = {"bias": -2.0, "weights": weights, "threshold": threshold, "rerank_threshold": rerank}
    return {"kinds": dict.fromkeys(("ACCUSE", "CLAIM"), group)}


@pytest.mark.parametrize(("threshold", "rerank", "kind", "before", "after"), [
    (0.5, None, "ACCUSE", [], ["rsf"]),          # sure enough: filled
    (0.95, None, "ACCUSE", [], []),              # not sure enough: left empty
    (0.5, None, "ACCUSE", ["saf"], ["saf"]),     # no rerank threshold: the rules' choice stays
    (0.5, 0.5, "CLAIM", ["saf"], ["rsf"]),       # rerank threshold met: replaced
    (0.5, 0.5, "APPEAL", [], []),                # a kind the model does not serve
])
def test_fill_targets_thresholds(monkeypatch, threshold, rerank, kind, before, after):
    """The model's thresholds alone, with a model that likes only actors named in the content:
    "rsf" is, "saf" is not."""
    model = _only_in_content_model(threshold, rerank)
    monkeypatch.setattr(likely_targets, "_model", lambda: model)
    monkeypatch.setattr(likely_targets, "ArticleFacts", lambda *args: None)

    def features(**on):
        return [float(on.get(name, 0.0)) for name in likely_targets.FEATURES]

    monkeypatch.setattr(likely_targets, "candidates", lambda statement, facts: [
        Candidate("rsf", features(in_content=1.0)), Candidate("saf", features())])
    statement = _Statement(kind, before, "the RSF shelled the market")
    likely_targets.fill_targets([statement], [], [], None, [])
    assert statement.targets == after
