"""Fixtures of the browser tests: the demo store served by uvicorn on a free loopback port, and a
headless Debian Chromium driven by Playwright. Skipped only where /usr/bin/chromium is absent."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from sitrep.api import ApiSettings, create_app
from sitrep.store import Store
from tests.api.api_helpers import build_demo_store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def ui_demo_db(pipeline, tmp_path_factory) -> str:
    return build_demo_store(pipeline, tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture(scope="session")
def server(ui_demo_db):
    import uvicorn

    store = Store.open(ui_demo_db)
    port = _free_port()
    config = uvicorn.Config(create_app(store, ApiSettings()), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that records console errors, page errors, failed requests and dialogs (none may
    happen). The Content-Security-Policy is bypassed, so the escaping tests prove that hostile
    text stays text on its own, not only because the policy would block inline scripts."""
    context = browser.new_context(base_url=server, viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    opened = context.new_page()
    opened.problems = []
    opened.on("console", lambda message: message.type == "error" and opened.problems.append(f"console: {message.text}"))
    opened.on("pageerror", lambda error: opened.problems.append(f"pageerror: {error}"))
    opened.on("response", lambda response: response.status >= 400 and opened.problems.append(f"HTTP {response.status}: {response.url}"))
    opened.on("dialog", lambda dialog: (opened.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield opened
    context.close()


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    """Where each page's screenshot goes: SITREP_SCREENSHOT_DIR, or a temporary directory."""
    chosen = os.environ.get("SITREP_SCREENSHOT_DIR")
    path = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
