"""Run the pipeline over a gold file and score it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sitrep.evaluate.gold import load_gold
from sitrep.evaluate.match import DEFAULT_KM
from sitrep.evaluate.report import Report
from sitrep.evaluate.schema import PARTS, GoldRecord
from sitrep.evaluate.score import Scorer
from sitrep.model.records import Article, Document


def parse_only(value: str | None) -> set[str] | None:
    """``"actors,events"`` -> ``{"actors", "events"}``; raises ValueError on an unknown part."""
    if not value:
        return None
    parts = {part.strip().casefold() for part in value.split(",") if part.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        raise ValueError(f"unknown part(s) {sorted(unknown)}; choose from {', '.join(PARTS)}")
    return parts or None


def article_for(record: GoldRecord) -> Article:
    return Article(text=record.text, published=record.published, title=None, source=None,
                   origin=f"{record.dataset}:{record.id}")


def score_documents(records: list[GoldRecord], documents: list[Document],
                    only: set[str] | None = None, km: float = DEFAULT_KM) -> Scorer:
    scorer = Scorer(only=only, km=km)
    for record, document in zip(records, documents, strict=True):
        scorer.add(record, document)
    return scorer


def _extract_all(pipeline: Any, articles: list) -> tuple[list, int]:
    """Documents for every article. An article whose extraction raises is scored as an empty
    document (everything in its gold is missed) and counted, so one bug cannot void a run."""
    try:
        return list(pipeline.extract(articles)), 0
    except Exception:  # noqa: BLE001 - isolate the failing articles below
        from sitrep.model import Document

        documents, failures = [], 0
        for article in articles:
            try:
                documents.extend(pipeline.extract([article]))
            except Exception:  # noqa: BLE001 - counted and reported in the report's meta
                documents.append(Document(article=article))
                failures += 1
        return documents, failures


def evaluate_file(path: str | Path, only: set[str] | None = None, pipeline: Any = None,
                  limit: int | None = None, errors: int = 10, km: float = DEFAULT_KM,
                  sample: int | None = None, seed: int = 0) -> Report:
    """Read the gold, run ``pipeline.extract`` over its texts in one batch, and score.

    ``limit`` keeps the first N records; ``sample`` then draws N of them at random with ``seed``
    (the same draw every time). Raises :class:`sitrep.evaluate.schema.GoldError` when the gold
    cannot be read.
    """
    records = load_gold(path, limit=limit, sample=sample, seed=seed)
    if pipeline is None:
        from sitrep.pipeline import Pipeline

        pipeline = Pipeline(model=None)
    started = time.perf_counter()
    documents, failures = _extract_all(pipeline, [article_for(record) for record in records])
    seconds = time.perf_counter() - started
    if len(documents) != len(records):
        raise RuntimeError(f"the pipeline returned {len(documents)} documents for {len(records)} articles")
    scorer = score_documents(records, documents, only=only, km=km)
    meta = {"km": km, "only": sorted(only) if only else None, "limit": limit, "sample": sample,
            "seed": seed if sample is not None else None,
            "pipeline_version": getattr(pipeline, "version", None), "extraction_failures": failures}
    return Report(gold_path=str(path), score=scorer.result(), errors_limit=errors, seconds=seconds,
                  meta=meta)
