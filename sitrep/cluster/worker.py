"""What runs on a Dask worker: one spaCy pipeline per worker process, loaded on first use and kept
for every later partition (workers run one task at a time: ``threads_per_worker=1``)."""

from __future__ import annotations

import threading

from sitrep.batch import extract_isolated
from sitrep.ingest import IngestError
from sitrep.model import Article, Document
from sitrep.pipeline import Pipeline

_PIPELINES: dict[str | None, Pipeline] = {}
_LOCK = threading.Lock()


def pipeline_for(model: str | None) -> Pipeline:
    """This process's pipeline for ``model``, loaded once."""
    with _LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = Pipeline(model=model)
        return _PIPELINES[model]


def extract_partition(articles: list[Article], model: str | None) -> tuple[list[Document], list[IngestError]]:
    """The documents of one partition, and an error for each article that could not be extracted."""
    return extract_isolated(pipeline_for(model), articles)
