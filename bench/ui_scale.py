"""The API and the web UI with many events in the store: API latency and the map's time to first
render.

    .venv/bin/python bench/ui_scale.py --events 100000

Fills a fresh SQLite store with N synthetic events (one short article each, spread over 200 towns of
the gazetteer's countries and 365 days; no extraction, so the store fills in seconds), serves it
with uvicorn on a free loopback port, then measures:
  - the latency (median and p95 of 20 requests) of the API calls the UI makes: a page of events, the
    map's points, the timeline, a filtered page (country + time range), full-text search;
  - in Debian's headless Chromium (Playwright), the time from navigation to the first markers on
    the map, and to the timeline's bars.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time

import httpx

from sitrep.model import Actor, Article, Document, Event, Evidence, Mention, Place, stable_id
from sitrep.store import Store

TOWNS = [("Aleppo", "SYR", 36.20, 37.16), ("Idlib", "SYR", 35.93, 36.63), ("Kharkiv", "UKR", 49.98, 36.25),
         ("Goma", "COD", -1.68, 29.23), ("Mogadishu", "SOM", 2.04, 45.34), ("Marib", "YEM", 15.46, 45.32),
         ("El Fasher", "SDN", 13.63, 25.35), ("Timbuktu", "MLI", 16.77, -3.01), ("Mosul", "IRQ", 36.34, 43.13),
         ("Culiacan", "MEX", 24.80, -107.39)]
TYPES = [("ASSAULT", "artillery", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("ASSAULT", "firearms", "Battles", "Armed clash"), ("PROTEST", "demonstrate", "Protests", "Peaceful protest"),
         ("COERCE", "arrest", "Strategic developments", "Arrests")]


def synthetic_documents(count: int, seed: int = 7):
    rng = random.Random(seed)
    army = Actor(id="actor-bench-army", name="Military Forces (bench)", kind="state_forces")
    rebels = Actor(id="actor-bench-rebels", name="Rebel Group (bench)", kind="armed_group")
    for number in range(count):
        town, country, lat, lon = rng.choice(TOWNS)
        plover, mode, acled, subtype = rng.choice(TYPES)
        day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"Report {number}: fighting near {town} on {day} left {rng.randint(0, 40)} dead."
        article = Article(text=text, title=f"Bench report {number}", source="Bench Wire", published=day)
        evidence = Evidence(text=text, start=0, end=len(text))
        actors = [Actor(a.id, a.name, a.kind, mentions=[Mention(start=0, end=6, text=text[:6])]) for a in (army, rebels)]
        event = Event(id=stable_id("event", article.id), type=plover, mode=mode, acled_type=acled,
                      acled_subtype=subtype, actors=[army.id], targets=[rebels.id], date=day, date_precision="day",
                      place=Place(name=town, country=country, lat=lat + rng.uniform(-0.3, 0.3),
                                  lon=lon + rng.uniform(-0.3, 0.3), precision="exact"),
                      evidence=evidence)
        yield Document(article=article, actors=actors, events=[event], pipeline_version="bench")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _latency(client: httpx.Client, path: str, repeat: int = 20) -> dict:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        response.raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"path": path, "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}


def _browser_times(base: str) -> dict:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args, headless=True)
        # bypass_csp: the page's policy forbids eval, which Playwright's wait_for_function uses
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
        started = time.perf_counter()
        page.goto(base + "/", timeout=120_000)
        page.wait_for_function("document.querySelectorAll('#map .event-marker, #map .cluster').length > 0",
                               timeout=120_000)
        markers = time.perf_counter() - started
        page.wait_for_function("document.querySelectorAll('#timeline rect').length > 1", timeout=120_000)
        timeline = time.perf_counter() - started
        browser.close()
    return {"first_markers_s": round(markers, 2), "timeline_s": round(timeline, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    import uvicorn

    from sitrep.api import ApiSettings, create_app

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"{folder}/scale.db")
        started = time.perf_counter()
        batch = []
        for document in synthetic_documents(args.events):
            batch.append(document)
            if len(batch) == 2000:
                store.save(batch)
                batch = []
        store.save(batch)
        print(f"store filled with {store.counts()['events']} events in {time.perf_counter() - started:.1f} s")
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store, ApiSettings()), host="127.0.0.1", port=port,
                                               log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=120) as client:
            for path in ("/api/events?limit=100", "/api/events/points", "/api/events/timeline?bucket=week",
                         "/api/events?country=SYR&since=2026-03-01&until=2026-03-31&limit=100",
                         "/api/search?q=Aleppo"):
                print(_latency(client, path, repeat=5 if "points" in path else 20))
        if not args.no_browser:
            print(_browser_times(base))
        server.should_exit = True
        thread.join(timeout=10)
        store.close()


if __name__ == "__main__":
    main()
