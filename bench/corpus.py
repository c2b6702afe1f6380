"""A large synthetic corpus for the benchmarks, made by recombining the bundled sample corpus.

    .venv/bin/python bench/corpus.py --articles 100000 --output /tmp/corpus-100k.jsonl

Each generated article takes its title and source from one sample article and its body from
three to six paragraphs drawn from all of them, in a new order, with a publication date spread
over 2026. No text comes from anywhere but the sample corpus (itself fictional), and every
generated text is distinct (so nothing is skipped as a duplicate). Seeded: the same arguments
always give the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "sitrep" / "sample" / "corpus.jsonl"


def _sample() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def generate(count: int, *, seed: int = 9) -> Iterator[dict]:
    rows = _sample()
    paragraphs = [p.strip() for row in rows for p in row["text"].split("\n\n") if len(p.strip()) > 40]
    rng = random.Random(seed)
    seen: set[tuple[int, ...]] = set()
    start = dt.date(2026, 1, 1)
    produced = 0
    while produced < count:
        chosen = tuple(rng.sample(range(len(paragraphs)), rng.randint(3, 6)))
        if chosen in seen:
            continue
        seen.add(chosen)
        head = rng.choice(rows)
        yield {
            "title": head["title"],
            "source": head["source"],
            "url": f"https://example.org/bench/{produced}",
            "published": (start + dt.timedelta(days=rng.randrange(365))).isoformat(),
            "text": "\n\n".join(paragraphs[n] for n in chosen),
        }
        produced += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    words = 0
    with args.output.open("w", encoding="utf-8") as out:
        for row in generate(args.articles, seed=args.seed):
            words += len(row["text"].split())
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.articles} articles, {words} words, {args.output.stat().st_size / 1e6:.1f} MB -> {args.output}")


if __name__ == "__main__":
    main()
