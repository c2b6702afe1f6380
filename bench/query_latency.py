"""Latency of filtered event queries on a large store, in SQLite and in PostgreSQL, with each
query's plan (EXPLAIN) to show which index answers it.

    .venv/bin/python bench/query_latency.py --events 1000000

Fills a fresh store of each kind with synthetic rows written straight into the tables (no
extraction: 5 events per article, 400 actors, 20 countries, the 16 PLOVER types, dates over 2026,
one actor link per event), then times ``queries.event_ids`` — the filtered, date-ordered query
behind ``sitrep events`` and the API — for a set of filters, limit 100: the median of 5 runs after
one warm-up. PostgreSQL: the server at ``--postgres URL``, or a throwaway one started like the
tests' (``tests/store/postgres.py``), after ``ANALYZE``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from sitrep.store import EventFilter, Store, schema  # noqa: E402
from sitrep.store.queries import event_ids  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
COUNTRIES = ["SYR", "IRQ", "UKR", "RUS", "ISR", "PSE", "LBN", "YEM", "SDN", "SSD", "MLI", "BFA",
             "NGA", "SOM", "ETH", "COD", "AFG", "PAK", "MMR", "IRN"]
FILTERS = {
    "country": EventFilter(country="SYR", limit=100),
    "type": EventFilter(type="ASSAULT", limit=100),
    "country+month": EventFilter(country="UKR", since="2026-03-01", until="2026-03-31", limit=100),
    "country+type+month": EventFilter(country="UKR", type="ASSAULT", since="2026-03-01", until="2026-03-31", limit=100),
    "actor": EventFilter(actor="Actor 17", limit=100),
    "no filter": EventFilter(limit=100),
}


def fill(store: Store, events: int, *, seed: int = 1, chunk: int = 20_000) -> float:
    rng = random.Random(seed)
    start = dt.date(2026, 1, 1)
    started = time.perf_counter()
    with store.engine.begin() as connection:
        connection.execute(schema.actors.insert(), [
            {"id": f"actor-{n}", "name": f"Actor {n}", "kind": "armed_group", "country": COUNTRIES[n % 20], "aliases": "[]"}
            for n in range(400)
        ])
    articles = events // 5
    for first in range(0, articles, chunk // 5):
        article_rows, event_rows, link_rows = [], [], []
        for a in range(first, min(first + chunk // 5, articles)):
            published = (start + dt.timedelta(days=rng.randrange(365))).isoformat()
            article_rows.append({"id": f"a{a}", "title": None, "source": "Bench", "url": None, "published": published,
                                 "language": "en", "origin": None, "text": "x", "pipeline_version": "bench",
                                 "ingested_at": "2026-11-25T00:00:00"})
            for e in range(5):
                event_id = f"e{a}-{e}"
                dated = rng.random() < 0.8
                event_rows.append({
                    "id": event_id, "article_id": f"a{a}", "type": rng.choice(TYPES), "mode": None,
                    "acled_type": None, "acled_subtype": None, "place_name": None,
                    "country": rng.choice(COUNTRIES) if rng.random() < 0.9 else None, "admin1": None, "admin2": None,
                    "lat": None, "lon": None, "geo_precision": None, "geonameid": None,
                    "date": (dt.date.fromisoformat(published) - dt.timedelta(days=rng.randrange(3))).isoformat() if dated else None,
                    "date_precision": "day" if dated else None, "fatalities_min": None, "fatalities_max": None,
                    "fatalities_text": None, "reported_by": "[]", "negated": False, "hypothetical": False,
                    "evidence_text": "x", "evidence_start": 0, "evidence_end": 1, "pipeline_version": "bench",
                })
                link_rows.append({"event_id": event_id, "actor_id": f"actor-{rng.randrange(400)}", "role": "actor", "position": 0})
        with store.engine.begin() as connection:
            connection.execute(schema.articles.insert(), article_rows)
            connection.execute(schema.events.insert(), event_rows)
            connection.execute(schema.event_actors.insert(), link_rows)
    with store.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - started


def plan(store: Store, where: EventFilter) -> str:
    from sqlalchemy import select

    from sitrep.store import queries

    captured: list[str] = []
    with store.engine.connect() as connection:
        # Compile the same statement event_ids runs: capture it through a cursor event.
        from sqlalchemy import event as sa_event

        def grab(conn, cursor, statement, parameters, context, executemany):
            captured.append((statement, parameters))

        sa_event.listen(store.engine, "before_cursor_execute", grab)
        try:
            queries.event_ids(connection, where)
        finally:
            sa_event.remove(store.engine, "before_cursor_execute", grab)
        statement, parameters = captured[-1]
        prefix = "EXPLAIN QUERY PLAN " if store.dialect == "sqlite" else "EXPLAIN "
        rows = connection.exec_driver_sql(prefix + statement, parameters).all()
    del select
    return "\n".join(str(row[-1]) if store.dialect == "sqlite" else row[0] for row in rows)


def measure(store: Store) -> dict:
    results = {}
    for name, where in FILTERS.items():
        with store.engine.connect() as connection:
            found = len(event_ids(connection, where))
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                event_ids(connection, where)
                times.append((time.perf_counter() - t0) * 1000)
        results[name] = {"rows": found, "median_ms": round(statistics.median(times), 1), "plan": plan(store, where)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--postgres", metavar="URL", help="an empty database to fill (default: a throwaway server)")
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    report = {}
    with tempfile.TemporaryDirectory() as folder:
        if args.only != "postgresql":
            with Store.open(f"{folder}/bench.db") as store:
                fill_s = fill(store, args.events)
                report["sqlite"] = {"events": store.counts()["events"], "fill_s": round(fill_s, 1), "queries": measure(store)}
        if args.only != "sqlite":
            server = url = None
            if args.postgres:
                url = args.postgres
            else:
                from tests.store.postgres import PostgresServer

                server = PostgresServer.shared()
                url = server.create_database()
            with Store.open(url) as store:
                fill_s = fill(store, args.events)
                report["postgresql"] = {"events": store.counts()["events"], "fill_s": round(fill_s, 1), "queries": measure(store)}
            if server is not None:
                server.stop()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
