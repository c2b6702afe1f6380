"""Fusion across articles: how well events are merged, and what merging costs as the store grows.

    .venv/bin/python bench/fusion.py quality --events 150          # pairwise precision/recall
    .venv/bin/python bench/fusion.py cost --events 100000          # cost per new article

``quality``: a generated corpus with known answers. Each true event (an air strike, shelling, a
clash or a protest, in one of 24 towns, on one of 21 days, with a figure) is told by one to four
outlets, each in its own template, with its own figure (the true one ± 3) and publication day
(the event's day or the next); no two true events share kind, town and a window of ±4 days
(those would be one story to any reader), so look-alikes are another town the same day, the same
town days later, or another kind of event; a quarter of the reports are syndicated copies of another outlet's
text with a dateline and a changed word. Every article goes through the real pipeline and
``Store.save`` (one batch of 32 at a time, so merging is incremental). Scored over pairs of source
events from different articles: a pair is merged if the store put both in one cluster, and should
be if their articles tell the same true event. Seeded.

``cost``: synthetic documents (no extraction: 2 events each, 400 places in 10 countries, 16
types with ASSAULT half of them, dates over one year, 150-word texts, 10 % syndicated copies)
saved through ``Store.save`` into a fresh SQLite store, 500 per batch. At each checkpoint it times
the next 500 articles: the whole save, and the fusion step alone (``fusion.fuse_documents``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from sitrep.model import Actor, Article, Document, Event, Evidence, Fatalities, Mention, Place  # noqa: E402
from sitrep.store import Store, fusion, schema, writer  # noqa: E402

TOWNS = [
    "Saraqib", "Jisr al-Shughur", "Maarat al-Numan", "Idlib", "Aleppo", "Homs", "Hama", "Deir ez-Zor",
    "Raqqa", "Kharkiv", "Kherson", "Zaporizhzhia", "Donetsk", "Mosul", "Kirkuk", "Fallujah",
    "El Fasher", "Nyala", "Gao", "Timbuktu", "Ariha", "Manbij", "Bakhmut", "Mariupol",
]
DOERS = {
    "strike": ["Russian warplanes", "Government aircraft", "Israeli jets"],
    "shelling": ["Government forces", "Russian artillery", "Army units"],
    "clash": ["Islamic State fighters", "Rebel fighters", "RSF fighters"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = {
    "strike": [
        "{doer} bombed a market in {town} on {weekday}, killing {n} civilians, according to a monitoring group.",
        "At least {n} people were killed in {town} on {weekday} when {doer_l} struck the town, local officials said.",
        "An air strike by {doer_l} killed {n} civilians in {town} on {date}, medics said.",
        "Residents of {town} said {doer_l} bombed the town on {weekday}, killing {n} people.",
    ],
    "shelling": [
        "{doer} shelled {town} on {weekday}, killing {n} civilians, residents said.",
        "Shelling by {doer_l} killed {n} people in {town} on {weekday}, officials said.",
        "At least {n} civilians died when {doer_l} shelled {town} on {date}, a rescue group said.",
        "{n} people were killed in {town} on {weekday} as {doer_l} shelled residential areas, activists said.",
    ],
    "clash": [
        "{doer} attacked army positions near {town} on {weekday}, killing {n} soldiers, the army said.",
        "Fierce clashes between {doer_l} and troops near {town} on {weekday} left {n} soldiers dead, officials said.",
        "{n} soldiers were killed when {doer_l} attacked a checkpoint near {town} on {date}, a military source said.",
        "The army said {doer_l} killed {n} soldiers in an attack near {town} on {weekday}.",
    ],
    "protest": [
        "Hundreds of people protested in {town} on {weekday} against rising bread prices, organisers said.",
        "Demonstrators marched through {town} on {weekday} to protest against rising prices.",
        "Residents of {town} staged a protest on {date} over the price of bread, witnesses said.",
        "Protesters gathered in the centre of {town} on {weekday} to denounce rising bread prices.",
    ],
}
OUTLETS = ["Levant Wire", "Gulf Daily", "Frontline Monitor", "Northern Post", "Delta News", "Sahel Times"]


def quality_corpus(events: int, *, seed: int = 7) -> list[tuple[Article, int]]:
    rng = random.Random(seed)
    start = dt.date(2026, 11, 2)
    reports: list[tuple[Article, int]] = []
    taken: set[tuple[str, str, int]] = set()
    truth = 0
    while truth < events:
        kind = rng.choice(list(TEMPLATES))
        town = rng.choice(TOWNS)
        offset = rng.randrange(21)
        day = start + dt.timedelta(days=offset)
        doer = rng.choice(DOERS.get(kind, ["Protesters"]))
        # Two true events of one kind, doer and town within the fusion window would be the same
        # story to any reader: not a look-alike, a collision. Look-alikes (another town the same
        # day, the same town days later, another kind) are kept.
        if any((kind, town, offset + gap) in taken for gap in range(-4, 5)):
            continue
        taken.add((kind, town, offset))
        base = rng.randint(3, 30)
        outlets = rng.sample(range(4), rng.randint(1, 4))
        texts: list[str] = []
        for outlet in outlets:
            published = day + dt.timedelta(days=rng.randint(0, 1))
            if texts and rng.random() < 0.25:  # a syndicated copy of an earlier report
                text = f"{town.upper()} (Wire) - " + texts[0].replace(" said", " told reporters", 1)
            else:
                text = TEMPLATES[kind][outlet].format(
                    doer=doer, doer_l=doer[0].lower() + doer[1:] if doer.split()[0] in {"Government", "Army", "Rebel"} else doer,
                    town=town, weekday=WEEKDAYS[day.weekday()], date=f"{day:%B} {day.day}",
                    n=max(1, base + rng.randint(-3, 3)),
                )
                texts.append(text)
            reports.append((Article(text=text, published=published.isoformat(), source=rng.choice(OUTLETS),
                                    title=f"{kind} in {town}"), truth))
        truth += 1
    rng.shuffle(reports)  # arrival order is not story order
    return reports


def quality(events: int, seed: int) -> None:
    from sitrep.pipeline import Pipeline

    reports = quality_corpus(events, seed=seed)
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as folder, Store.open(str(Path(folder) / "quality.db")) as store:
        truth_of: dict[str, int] = {}
        started = time.perf_counter()
        for first in range(0, len(reports), 32):
            chunk = reports[first : first + 32]
            documents = list(pipeline.extract([article for article, _ in chunk]))
            store.save(documents)
            for document, (_, truth) in zip(documents, chunk):
                truth_of[document.article.id] = truth
        seconds = time.perf_counter() - started
        with store.reading() as connection:
            rows = connection.execute(
                select(schema.events.c.id, schema.events.c.article_id, schema.event_clusters.c.cluster_id)
                .join(schema.event_clusters, schema.event_clusters.c.event_id == schema.events.c.id)
            ).all()
            links = connection.execute(select(schema.article_links)).all()
    gold = predicted = both = 0
    for a, b in itertools.combinations(rows, 2):
        if a.article_id == b.article_id or a.article_id not in truth_of or b.article_id not in truth_of:
            continue
        same_truth = truth_of[a.article_id] == truth_of[b.article_id]
        same_cluster = a.cluster_id == b.cluster_id
        gold += same_truth
        predicted += same_cluster
        both += same_truth and same_cluster
    precision = both / predicted if predicted else 1.0
    recall = both / gold if gold else 1.0
    clusters = len({row.cluster_id for row in rows})
    stories = len(set(truth_of.values()))
    copies_right = sum(truth_of[link.article_id] == truth_of[link.duplicate_of] for link in links)
    print(f"{len(reports)} articles telling {stories} true events; {len(rows)} source events -> {clusters} merged events "
          f"({seconds:.1f} s with extraction)")
    print(f"pairwise merges: precision {precision:.3f}, recall {recall:.3f}, F1 "
          f"{2 * precision * recall / (precision + recall) if precision + recall else 0:.3f} "
          f"({both} right of {predicted} merged pairs; {gold} pairs to merge)")
    print(f"near-duplicate links: {len(links)}, {copies_right} between reports of one true event")


# --- cost ---------------------------------------------------------------------------------------

COUNTRIES = {  # alpha-3: (lat, lon) of a box corner; boxes of 4 x 4 degrees
    "SYR": (33.0, 36.0), "IRQ": (32.0, 42.0), "UKR": (46.0, 32.0), "SDN": (12.0, 26.0), "MLI": (14.0, -4.0),
    "YEM": (14.0, 44.0), "SOM": (2.0, 43.0), "NGA": (9.0, 7.0), "AFG": (33.0, 66.0), "MMR": (19.0, 95.0),
}
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE"]
WORDS = [f"w{n}" for n in range(5000)]


def _places(rng: random.Random) -> list[Place]:
    places = []
    for n in range(400):
        country = list(COUNTRIES)[n % len(COUNTRIES)]
        lat, lon = COUNTRIES[country]
        places.append(Place(name=f"Town {n}", country=country, lat=lat + rng.random() * 4, lon=lon + rng.random() * 4, precision="exact"))
    return places


def synthetic_documents(rng: random.Random, places: list[Place], count: int, offset: int) -> list[Document]:
    start = dt.date(2026, 1, 1)
    documents: list[Document] = []
    for n in range(offset, offset + count):
        if documents and rng.random() < 0.1:
            text = "DATELINE - " + documents[-1].article.text
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(150)) + f" {n}"
        day = start + dt.timedelta(days=rng.randrange(365))
        article = Article(text=text, published=day.isoformat(), source="Bench")
        actor = Actor(id=f"actor-bench{rng.randrange(300):04d}", name=f"Group {n % 300}", kind="armed_group",
                      mentions=[Mention(0, 2, text[:2])])
        events = []
        for e in range(2):
            kind = "ASSAULT" if rng.random() < 0.5 else rng.choice(TYPES)
            events.append(Event(
                id=f"event-{n:08d}{e}", type=kind, evidence=Evidence(text=text[:40], start=0, end=40),
                acled_type="Battles" if kind == "ASSAULT" else None, actors=[actor.id], place=rng.choice(places),
                date=(day - dt.timedelta(days=rng.randrange(2))).isoformat(),
                fatalities=Fatalities(min=3, max=3, text="3 killed") if kind == "ASSAULT" else None,
            ))
        documents.append(Document(article=article, actors=[actor], events=events, pipeline_version="bench"))
    return documents


def cost(events: int, seed: int, batch: int) -> None:
    rng = random.Random(seed)
    places = _places(rng)
    checkpoints = [c for c in (1_000, 10_000, 100_000, 1_000_000) if c <= events]
    fused_seconds = [0.0]
    original = fusion.fuse_documents

    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            fused_seconds[0] += time.perf_counter() - t0

    writer.fusion.fuse_documents = timed
    stored_events = offset = 0
    print("| events stored | ms per new article: save | of which fusion | merged / linked in the batch |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder, Store.open(str(Path(folder) / "cost.db")) as store:
        started = time.perf_counter()
        for checkpoint in checkpoints:
            while stored_events < checkpoint:
                documents = synthetic_documents(rng, places, batch, offset)
                offset += batch
                store.save(documents)
                stored_events += 2 * batch
            documents = synthetic_documents(rng, places, batch, offset)
            offset += batch
            fused_seconds[0] = 0.0
            t0 = time.perf_counter()
            result = store.save(documents)
            total = time.perf_counter() - t0
            stored_events += 2 * batch
            print(f"| {checkpoint:,} | {1000 * total / batch:.2f} | {1000 * fused_seconds[0] / batch:.2f} "
                  f"| {result.merged} / {result.linked} |")
        with store.reading() as connection:
            rows = connection.execute(select(schema.event_clusters.c.cluster_id)).all()
        print(f"filled {stored_events:,} events in {time.perf_counter() - started:.0f} s; "
              f"{len({r.cluster_id for r in rows}):,} merged events")
    writer.fusion.fuse_documents = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["quality", "cost"])
    parser.add_argument("--events", type=int, default=None, help="quality: true events (150); cost: events to store (100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=500, help="cost: articles per save")
    args = parser.parse_args()
    if args.what == "quality":
        quality(args.events or 150, args.seed)
    else:
        cost(args.events or 100_000, args.seed, args.batch)


if __name__ == "__main__":
    main()
