"""Fit the model that picks statement targets where the rules found none or do worse.

Runs the pipeline over a gold file (the development set by default) with the model switched off,
and records every candidate actor of every charge, claim and favour statement found there, with
the features of ``sitrep.extract.speech.likely_targets`` (the rules' choice among them). A
candidate is a positive when it matches one of the gold statement's targets. One logistic
regression is fitted per statement kind, on all found statements with gold targets, those the
rules aimed at no one weighing more.

Each kind is judged by five-fold cross-validation over records:

- on the statements the rules aimed at no one: how often its best candidate is right. The fill
  threshold is the lowest probability at which the filled targets are right at least
  ``--precision`` of the time, a fill where the gold has no target counting as wrong;
- on those the rules aimed, where their choice is not named in the statement's sentence: how
  many of the rules' choices replacing them by the model's best would fix and break. A kind gets
  a rerank threshold only where that fixes at least twice as many as it breaks, and at least five
  more.

    .venv/bin/python scripts/fit_target_model.py            # writes sitrep/extract/speech/target_model.json
    .venv/bin/python scripts/fit_target_model.py --dry-run  # reports only
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from sklearn.linear_model import LogisticRegression

from sitrep.evaluate import match
from sitrep.evaluate.gold import load_gold
from sitrep.evaluate.run import _extract_all, article_for
from sitrep.extract import document as document_stage
from sitrep.extract.speech import likely_targets
from sitrep.pipeline import Pipeline

FOLDS = 5
RERANK_GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
MIN_RERANK_GAIN = 5  # fewer net fixes than this is noise


def record_candidates(gold_path: str, limit: int | None):
    """(records, documents, candidates by statement id) with the fallback off."""
    seen: dict[int, tuple] = {}

    def recorder(statements, events, relations, doc, mentions):
        facts = likely_targets.ArticleFacts(doc, mentions, statements, events, relations)
        for statement in statements:
            if statement.kind in likely_targets.MODEL_KINDS:
                seen[id(statement)] = (list(statement.targets), likely_targets.candidates(statement, facts))

    records = load_gold(gold_path, limit=limit)
    model_on = document_stage.fill_targets
    document_stage.fill_targets = recorder
    try:
        documents, _ = _extract_all(Pipeline(model=None), [article_for(r) for r in records])
    finally:
        document_stage.fill_targets = model_on
    return records, documents, seen


def examples(records, documents, seen):
    """One row per matched gold statement: its kind, record, whether the rules found a target,
    whether the gold has one, and its candidates' features and labels."""
    rows = []
    for gold, document in zip(records, documents, strict=True):
        if "targets" not in gold.arguments:
            continue
        actors = {a.id: a for a in document.actors}
        matched: set[int] = set()
        for g in gold.statements:
            near = match.statements_near(gold.text, g, document.statements)
            typed = [p for p in near if not g.accept or p.kind in g.accept]
            if not typed:
                continue
            best = min(typed, key=lambda p: (id(p) in matched, g.speaker is not None and not match.actor_matches(
                g.speaker, actors.get(p.speaker) if p.speaker else None)))
            matched.update(id(p) for p in typed)
            if id(best) not in seen:
                continue
            ruled, found = seen[id(best)]
            labels = [any(match.actor_matches(t, actors.get(c.actor_id)) for t in g.targets) for c in found]
            rows.append({"kind": best.kind, "record": gold.id, "ruled": bool(ruled),
                         "worded": likely_targets.worded(found),
                         "picked": [c.actor_id in ruled for c in found], "gold": bool(g.targets),
                         "X": [c.features for c in found], "y": labels})
    return rows


# the statements the rules left without a target weigh more than those they aimed, since the
# model serves only the first; a strong penalty keeps the weights of rare features small
SERVED_WEIGHT = 5.0
PENALTY_C = 0.1


def fit(rows):
    X = np.array([x for r in rows for x in r["X"]])
    y = np.array([v for r in rows for v in r["y"]])
    weight = np.array([1.0 if r["ruled"] else SERVED_WEIGHT for r in rows for _ in r["X"]])
    model = LogisticRegression(C=PENALTY_C, max_iter=3000)
    model.fit(X, y, sample_weight=weight)
    return model


def best_choice(model, row):
    """(probability, right, chosen by the rules) of the row's best candidate."""
    p = model.predict_proba(np.array(row["X"]))[:, 1]
    i = int(np.argmax(p))
    return float(p[i]), bool(row["y"][i]) and row["gold"], row["picked"][i]


def fill_threshold(served, precision):
    """The lowest probability above which the fills are right at least ``precision`` of the time."""
    for t in sorted({round(p, 3) for p, _, _ in served}):
        fills = [right for p, right, _ in served if p >= t]
        if fills and sum(fills) / len(fills) >= precision:
            return t
    return None


def rerank_threshold(ruled):
    """The probability above which replacing the rules' choice by the model's fixes the most
    statements net, if it fixes at least twice as many as it breaks; else None."""
    best, best_gain = None, 0
    for t in RERANK_GRID:
        swaps = [(right, rules_right) for p, right, picked, rules_right in ruled if p >= t and not picked]
        fixed = sum(1 for right, rules_right in swaps if right and not rules_right)
        broken = sum(1 for right, rules_right in swaps if rules_right and not right)
        if fixed - broken > max(best_gain, MIN_RERANK_GAIN - 1) and fixed >= 2 * broken:
            best, best_gain = t, fixed - broken
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default="eval/dev.jsonl")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--precision", type=float, default=0.5)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    records, documents, seen = record_candidates(args.gold, args.limit)
    rows = [r for r in examples(records, documents, seen) if r["X"]]
    folds = {rid: i % FOLDS for i, rid in enumerate(sorted({r["record"] for r in rows}))}
    output = {"fitted_on": args.gold, "records": len(records), "kinds": {}}
    for kind in likely_targets.MODEL_KINDS:
        mine = [r for r in rows if r["kind"] == kind]
        train = [r for r in mine if r["gold"]]
        # cross-validated choices: on the statements the rules aimed at no one (served), and on
        # those they aimed where the gold has targets (ruled)
        served, ruled = [], []
        for fold in range(FOLDS):
            model = fit([r for r in train if folds[r["record"]] != fold])
            for r in mine:
                if folds[r["record"]] != fold:
                    continue
                if not r["ruled"]:
                    served.append(best_choice(model, r))
                elif r["gold"] and not r["worded"]:
                    rules_right = any(y and k for y, k in zip(r["y"], r["picked"], strict=True))
                    ruled.append((*best_choice(model, r), rules_right))
        threshold = fill_threshold(served, args.precision)
        fills = [right for p, right, _ in served if threshold is not None and p >= threshold]
        rerank = rerank_threshold(ruled)
        swaps = [(right, rules_right) for p, right, picked, rules_right in ruled
                 if rerank is not None and p >= rerank and not picked]
        fixed = sum(1 for right, rules_right in swaps if right and not rules_right)
        broken = sum(1 for right, rules_right in swaps if rules_right and not right)
        with_gold = sum(1 for r in mine if not r["ruled"] and r["gold"])
        print(f"{kind}: {len(train)} statements with gold targets. Without a rule target: {len(served)} "
              f"({with_gold} with gold targets), best candidate right on {sum(r for _, r, _ in served)}; "
              f"threshold {threshold}: {len(fills)} filled, {sum(fills)} right. Rerank threshold {rerank}: "
              f"{len(swaps)} replaced, {fixed} fixed, {broken} broken")
        if threshold is None and rerank is None:
            continue
        model = fit(train)
        output["kinds"][kind] = {
            "bias": round(float(model.intercept_[0]), 4),
            "weights": {name: round(float(w), 4)
                        for name, w in zip(likely_targets.FEATURES, model.coef_[0], strict=True)},
            "threshold": threshold if threshold is not None else 2.0,  # 2.0: never fills
            "rerank_threshold": rerank,
            "cross_validated": {"served": len(served), "served_with_gold": with_gold, "filled": len(fills),
                                "filled_right": sum(fills), "replaced": len(swaps), "fixed": fixed,
                                "broken": broken}}
    if not args.dry_run:
        likely_targets.MODEL_PATH.write_text(json.dumps(output, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {likely_targets.MODEL_PATH}")


if __name__ == "__main__":
    main()
