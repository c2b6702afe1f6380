"""Load on the REST API over loopback: requests per second, latency percentiles, errors.

Starts ``sitrep serve`` on 127.0.0.1 (a free port) over a store, then ``--threads`` clients (httpx,
keep-alive) cycle through the read endpoints until ``--requests`` are sent or ``--seconds`` pass,
whichever comes first; both are capped, and only loopback is ever contacted. Prints one JSON line.

    .venv/bin/sitrep demo --db /tmp/load.db
    .venv/bin/python bench/load_api.py --db /tmp/load.db --requests 20000 --seconds 60 --threads 8
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

MAX_REQUESTS = 200_000
MAX_SECONDS = 300
PATHS = (
    "/api/stats",
    "/api/events?limit=50",
    "/api/events?country=SYR&limit=20",
    "/api/articles?limit=20",
    "/api/actors?limit=50",
    "/api/statements?limit=20",
    "/api/events/timeline?bucket=week",
    "/api/search?q=killed",
    "/api/graph",
    "/articles",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(db: str, port: int) -> subprocess.Popen:
    sitrep = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or "sitrep"
    environment = {key: value for key, value in os.environ.items() if key != "SITREP_API_TOKEN"}
    server = subprocess.Popen([sitrep, "serve", "--db", db, "--port", str(port)], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"sitrep serve exited: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("sitrep serve did not answer within 60 s")


def run(db: str, *, requests: int, seconds: float, threads: int) -> dict:
    port = _free_port()
    server = _serve(db, port)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    sent = 0
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        nonlocal sent
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            number = offset
            while time.monotonic() < deadline:
                with lock:
                    if sent >= requests:
                        return
                    sent += 1
                path = PATHS[number % len(PATHS)]
                number += 1
                started = time.perf_counter()
                try:
                    status = http.get(path).status_code
                    problem = None if status == 200 else f"HTTP {status}"
                except httpx.HTTPError as error:
                    problem = type(error).__name__
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors[problem] = errors.get(problem, 0) + 1

    try:
        started = time.monotonic()
        workers = [threading.Thread(target=client, args=(index,)) for index in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        wall = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies.sort()

    def percentile(share: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000, 1)

    return {
        "requests": len(latencies), "errors": sum(errors.values()), "error_kinds": errors,
        "seconds": round(wall, 1), "requests_per_s": round(len(latencies) / wall, 1), "threads": threads,
        "p50_ms": percentile(0.50), "p95_ms": percentile(0.95), "p99_ms": percentile(0.99),
        "max_ms": round(latencies[-1] * 1000, 1), "paths": list(PATHS),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the store to serve (e.g. made by `sitrep demo --db`)")
    parser.add_argument("--requests", type=int, default=20_000, help=f"at most this many (≤ {MAX_REQUESTS})")
    parser.add_argument("--seconds", type=float, default=60, help=f"and for at most this long (≤ {MAX_SECONDS})")
    parser.add_argument("--threads", type=int, default=8, help="concurrent clients (≤ 64)")
    options = parser.parse_args()
    result = run(options.db, requests=min(options.requests, MAX_REQUESTS),
                 seconds=min(options.seconds, MAX_SECONDS), threads=max(1, min(options.threads, 64)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
