"""Throughput and peak memory of sitrep's extraction, with the bare spaCy parse alongside.

    .venv/bin/python bench/throughput.py --articles 500

Runs three measurements on N articles of the bundled sample corpus (repeated with a counter
appended, so every text is distinct and nothing is skipped as a duplicate):
  1. spaCy alone: ``nlp.pipe`` over the texts (the parse sitrep cannot avoid);
  2. sitrep extraction: ``Pipeline.extract`` (parse + all extraction stages), nothing stored;
  3. sitrep ingest: extraction plus saving to a fresh SQLite store.
Each runs in its own process so that peak RSS (ru_maxrss) belongs to that measurement alone.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "sitrep" / "sample" / "corpus.jsonl"


def corpus(count: int) -> list[dict]:
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        {**rows[n % len(rows)], "text": rows[n % len(rows)]["text"] + f"\n\n(Bench copy {n}.)"}
        for n in range(count)
    ]


def _measure(kind: str, count: int, batch_size: int, queue) -> None:
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    rows = corpus(count)
    articles = [Article(text=r["text"], title=r["title"], source=r["source"], published=r["published"]) for r in rows]
    loading = time.perf_counter()
    pipeline = Pipeline(batch_size=batch_size)
    # Warm up on one article so lazily built tables (gazetteer, date parser) are not counted
    # as per-article cost; their one-off cost is reported as start-up.
    if kind != "spacy":
        pipeline.extract_one(Article(text=rows[0]["text"], published=rows[0]["published"]))
    startup = time.perf_counter() - loading
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    if kind == "spacy":
        for _ in pipeline.nlp.pipe((a.text for a in articles), batch_size=batch_size):
            pass
    elif kind == "extract":
        for _ in pipeline.extract(articles):
            pass
    else:
        from sitrep.store import Store

        with tempfile.TemporaryDirectory() as folder, Store.open(f"{folder}/bench.db") as store:
            batch: list = []
            for document in pipeline.extract(articles):
                batch.append(document)
                if len(batch) == 64:
                    store.save(batch)
                    batch = []
            store.save(batch)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"kind": kind, "startup_s": round(startup, 2), "articles": count, "words": words, "seconds": round(seconds, 2),
               "articles_per_s": round(count / seconds, 1), "words_per_s": round(words / seconds),
               "peak_rss_mb": round(peak_mb)})


def run(kind: str, count: int, batch_size: int) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_measure, args=(kind, count, batch_size, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    results = [run(kind, args.articles, args.batch_size) for kind in ("spacy", "extract", "ingest")]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    base = results[0]["seconds"]
    print(f"{'measurement':<12} {'start-up s':>10} {'articles':>8} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'peak MB':>8} {'x spaCy':>8}")
    for r in results:
        print(f"{r['kind']:<12} {r['startup_s']:>10} {r['articles']:>8} {r['seconds']:>8} {r['articles_per_s']:>7} "
              f"{r['words_per_s']:>8} {r['peak_rss_mb']:>8} {r['seconds'] / base:>8.2f}")


if __name__ == "__main__":
    main()
