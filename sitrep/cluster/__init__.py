"""Extraction on a Dask cluster: ``sitrep ingest ... --cluster local:N | tcp://HOST:PORT``.

The client (the ``sitrep ingest`` process) reads the sources, drops the articles already in the
store, and sends partitions of articles to the workers; each worker loads the spaCy pipeline once
and keeps it (``worker.pipeline_for``), and returns the documents, which the client saves, one
transaction per partition. So the store needs no network access from the workers (SQLite works),
and a run is idempotent: an article is stored once however often it is extracted.

What a crash costs:
- a worker dies: the scheduler runs its partitions again on the others (a nanny restarts it);
- a partition kills workers repeatedly (``allowed-failures``): its articles are reported as failed,
  the run goes on, and running the command again retries them;
- the client dies: what was saved stays saved; running the command again extracts the rest.

    with connect("local:2") as client:
        report = ingest_on_cluster(["corpus.jsonl"], store, client)
"""

from sitrep.cluster.run import connect, ingest_on_cluster, parse_cluster
from sitrep.cluster.worker import extract_partition, pipeline_for

__all__ = ["connect", "extract_partition", "ingest_on_cluster", "parse_cluster", "pipeline_for"]
