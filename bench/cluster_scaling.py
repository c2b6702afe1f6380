"""Single process vs a local Dask cluster: throughput, scaling efficiency, peak memory per worker,
and what that means for one day of global news (250,000 articles) on 8, 32 and 128 cores.

    .venv/bin/python bench/corpus.py --articles 100000 --output /tmp/corpus-100k.jsonl
    .venv/bin/python bench/cluster_scaling.py --corpus /tmp/corpus-100k.jsonl --articles 1000 --workers 2

Both runs ingest the same first N articles of the corpus into a fresh SQLite store, after the
spaCy model is loaded (model loading is a once-per-worker cost, reported apart):
  1. single: ``Pipeline.extract`` + ``Store.save`` per 64 articles in this process's child,
     timing extraction and saving separately (saving is what the cluster client does alone);
  2. cluster: ``ingest_on_cluster`` on ``local:W`` (W single-threaded worker processes).
Scaling efficiency = (cluster articles/s) / (W x single articles/s). The projection to C cores
assumes that efficiency holds and that the writer keeps up (its ceiling is the saving rate).
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _head(corpus: Path, count: int, folder: str) -> str:
    path = Path(folder) / "head.jsonl"
    with corpus.open(encoding="utf-8") as lines:
        path.write_text("".join(itertools.islice(lines, count)), encoding="utf-8")
    return str(path)


def _single(corpus: str, queue) -> None:
    from sitrep.batch import accepted, IngestReport
    from sitrep.ingest import read_articles
    from sitrep.pipeline import Pipeline, batched
    from sitrep.store import Store

    started = time.perf_counter()
    pipeline = Pipeline()
    load = time.perf_counter() - started
    articles = list(accepted(read_articles([corpus]), IngestReport(), False))
    extract_s = save_s = 0.0
    with tempfile.TemporaryDirectory() as folder, Store.open(f"{folder}/single.db") as store:
        for batch in batched(articles, 64):
            t0 = time.perf_counter()
            documents = list(pipeline.extract(batch))
            t1 = time.perf_counter()
            store.save(documents)
            extract_s += t1 - t0
            save_s += time.perf_counter() - t1
        events = store.counts()["events"]
    queue.put({"articles": len(articles), "load_s": load, "extract_s": extract_s, "save_s": save_s,
               "events": events, "peak_rss_mb": _rss_mb()})


def single(corpus: str) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_single, args=(corpus, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def cluster(corpus: str, workers: int, partition_size: int) -> dict:
    from sitrep.cluster import connect, ingest_on_cluster, pipeline_for
    from sitrep.store import Store

    with connect(f"local:{workers}") as client, tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        client.run(lambda: pipeline_for(None) and None)  # every worker loads the model once
        load = time.perf_counter() - started
        with Store.open(f"{folder}/cluster.db") as store:
            started = time.perf_counter()
            report = ingest_on_cluster([corpus], store, client, partition_size=partition_size)
            seconds = time.perf_counter() - started
            events = store.counts()["events"]
        peaks = client.run(_rss_mb)
    return {"articles": report.stored, "failed": report.failed, "load_s": load, "seconds": seconds,
            "events": events, "worker_peak_rss_mb": sorted(peaks.values()), "client_peak_rss_mb": _rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=64)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = _head(args.corpus, args.articles, folder)
        one = single(corpus)
        many = cluster(corpus, args.workers, args.partition_size)
    single_rate = one["articles"] / (one["extract_s"] + one["save_s"])
    cluster_rate = many["articles"] / many["seconds"]
    efficiency = cluster_rate / (args.workers * single_rate)
    per_core = cluster_rate / args.workers
    save_rate = one["articles"] / one["save_s"]
    projection = {cores: 250_000 / (per_core * cores) / 3600 for cores in (8, 32, 128)}
    summary = {
        "load_average": os.getloadavg(),
        "single": {**one, "articles_per_s": single_rate},
        "cluster": {**many, "workers": args.workers, "articles_per_s": cluster_rate},
        "scaling_efficiency": efficiency,
        "articles_per_s_per_core": per_core,
        "sqlite_save_articles_per_s": save_rate,
        "hours_for_250k": projection,
        "writer_bound_cores": save_rate / per_core,
    }
    print(json.dumps(summary, indent=2, default=lambda v: round(v, 2)))


if __name__ == "__main__":
    main()
