"""The client side of a cluster run: connecting, partitioning, saving what comes back."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster, as_completed

from sitrep.batch import IngestReport, accepted, save_isolated
from sitrep.cluster.worker import extract_partition
from sitrep.ingest import IngestError, read_articles
from sitrep.model import Article
from sitrep.pipeline import batched
from sitrep.store import Store

LOCAL = "local:"
REMOTE = ("tcp://", "tls://")


def parse_cluster(spec: str) -> tuple[str, int | str]:
    """``("local", workers)`` or ``("remote", address)``; ``ValueError`` saying the accepted forms."""
    if spec.startswith(LOCAL):
        count = spec[len(LOCAL):]
        if count.isdigit() and int(count) > 0:
            return "local", int(count)
    elif spec.startswith(REMOTE) and len(spec) > 6:
        return "remote", spec
    raise ValueError(f"{spec!r} is not a cluster: use local:N (N worker processes) or tcp://HOST:PORT (a Dask scheduler)")


@contextmanager
def connect(spec: str, *, dashboard_address: str = ":0") -> Iterator[Client]:
    """A Dask client for ``local:N`` (N single-threaded worker processes on this machine, started
    and stopped here) or ``tcp://HOST:PORT`` (a running scheduler: SSH, Kubernetes, SLURM...).

    The local dashboard (if bokeh is installed) takes a free port: ``client.dashboard_link``."""
    kind, value = parse_cluster(spec)
    if kind == "remote":
        with Client(value) as client:
            yield client
        return
    with (
        LocalCluster(n_workers=value, threads_per_worker=1, processes=True, dashboard_address=dashboard_address) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _key(articles: list[Article]) -> str:
    # Named by content: the same partition submitted twice is computed once.
    return "sitrep-extract-" + hashlib.sha256("".join(a.id for a in articles).encode()).hexdigest()[:24]


def ingest_on_cluster(
    sources: Iterable[str],
    store: Store,
    client: Client,
    *,
    model: str | None = None,
    partition_size: int = 64,
    max_in_flight: int | None = None,
    any_language: bool = False,
    on_progress: Callable[[IngestReport], None] | None = None,
    **read_options,
) -> IngestReport:
    """``sitrep.batch.ingest`` with the extraction on ``client``'s workers; the same report."""
    report = IngestReport()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = max_in_flight or 2 * workers + 1  # keeps every worker busy; bounds the client's memory
    articles = accepted(read_articles(sources, **read_options), report, any_language)
    submitted: set[str] = set()
    in_flight = as_completed()
    partitions: dict[str, list[Article]] = {}

    def save_one() -> None:
        future = next(in_flight)
        partition = partitions.pop(future.key)
        try:
            documents, errors = future.result()
        except Exception as error:  # noqa: BLE001 - a lost partition must not stop the run
            message = f"extraction failed on the cluster ({type(error).__name__}: {error}); run again to retry"
            report.errors.extend(IngestError(a.origin or a.id, message) for a in partition)
        else:
            report.errors.extend(errors)
            save_isolated(store, documents, report)
        future.release()
        if on_progress is not None:
            on_progress(report)

    for batch in batched(articles, partition_size):
        known = store.known_articles(article.id for article in batch)
        fresh = []
        for article in batch:
            if article.id in known or article.id in submitted:
                report.skipped += 1
                continue
            submitted.add(article.id)
            fresh.append(article)
        if not fresh:
            continue
        future = client.submit(extract_partition, fresh, model, key=_key(fresh), retries=1)
        partitions[future.key] = fresh
        in_flight.add(future)
        while in_flight.count() >= limit:
            save_one()
    while in_flight.count():
        save_one()
    return report
