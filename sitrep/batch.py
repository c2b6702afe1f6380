"""Ingesting sources into a store: read, extract, save — batch by batch, never stopping for one
bad input.

Each batch is extracted in one spaCy pass and saved in one transaction. An article whose
extraction fails is reported and skipped; the batch is then retried article by article so the
others are still stored. Articles already in the store are not extracted again.

``sitrep.cluster`` runs the same steps with the extraction on Dask workers; the reading, the
language check and the error isolation below are shared with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sitrep.ingest import IngestError, read_articles
from sitrep.model import Article, Document
from sitrep.pipeline import Pipeline, batched
from sitrep.store import Store

SUPPORTED_LANGUAGES = {"en"}


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store
    errors: list[IngestError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def extract_isolated(pipeline: Pipeline, batch: list[Article]) -> tuple[list[Document], list[IngestError]]:
    """Documents for ``batch``, and an error for each article whose extraction failed."""
    try:
        return list(pipeline.extract(batch)), []
    except Exception:  # noqa: BLE001 - isolate the article that breaks the batch, below
        documents, errors = [], []
        for article in batch:
            try:
                documents.append(pipeline.extract_one(article))
            except Exception as error:  # noqa: BLE001 - one article must not stop the batch
                errors.append(IngestError(article.origin or article.id, f"extraction failed: {error}"))
        return documents, errors


def save_isolated(store: Store, documents: list[Document], report: IngestReport) -> None:
    """Save a batch in one transaction; if the store refuses it, save its documents one by one so
    that only the article it cannot take is reported, and the run goes on."""
    try:
        saved = store.save(documents)
    except Exception:  # noqa: BLE001 - the batch rolled back whole; find the document at fault
        for document in documents:
            try:
                saved = store.save([document])
            except Exception as error:  # noqa: BLE001 - reported, the rest of the run goes on
                origin = document.article.origin or document.article.id
                report.errors.append(IngestError(origin, f"could not be stored: {error.__class__.__name__}: {error}"))
                continue
            report.stored += saved.stored
            report.skipped += saved.skipped
        return
    report.stored += saved.stored
    report.skipped += saved.skipped


def accepted(items: Iterable[Article | IngestError], report: IngestReport, any_language: bool) -> Iterator[Article]:
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(item)
            continue
        report.read += 1
        if not any_language and item.language and item.language not in SUPPORTED_LANGUAGES:
            report.errors.append(
                IngestError(item.origin or item.id, f"language {item.language!r} is not supported (English only; --any-language to force)")
            )
            continue
        yield item


def ingest(
    sources: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 64,
    any_language: bool = False,
    on_progress: Callable[[IngestReport], None] | None = None,
    **read_options,
) -> IngestReport:
    report = IngestReport()
    articles = accepted(read_articles(sources, **read_options), report, any_language)
    for batch in batched(articles, batch_size):
        known = store.known_articles(article.id for article in batch)
        fresh = [article for article in batch if article.id not in known]
        report.skipped += len(batch) - len(fresh)
        if fresh:
            documents, errors = extract_isolated(pipeline, fresh)
            report.errors.extend(errors)
            save_isolated(store, documents, report)
        if on_progress is not None:
            on_progress(report)
    return report
