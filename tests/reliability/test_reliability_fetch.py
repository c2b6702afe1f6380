"""Fetching against real local servers: timeouts, size caps (as sent and inflated), redirect
limits, content types, and the refusal of loopback, private and link-local addresses unless the
allow-list (argument, SITREP_FETCH_ALLOW, ``fetch_allow`` in the settings file) permits them."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
import zlib

import pytest

from sitrep.ingest import IngestError, read_articles
from sitrep.ingest.base import IngestFailure
from sitrep.ingest.fetch import Fetcher, FetchPolicy, guarded_transport

PAGE = b"<html><head><title>Raid</title></head><body><p>Troops raided the village of Kfar Zeit.</p></body></html>"


class _Hostile(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        route = self.path.split("?")[0]
        if route == "/page":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif route == "/bomb":
            self._send(200, self.server.bomb, "text/html", encoding="gzip")
        elif route == "/deflate":
            self._send(200, zlib.compress(PAGE), "text/html", encoding="deflate")
        elif route == "/brotli":
            self._send(200, b"\x00" * 10, "text/html", encoding="br")
        elif route == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif route == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):  # a byte a while: each read is in time, the whole is not
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        elif route == "/hang":
            time.sleep(3)
        elif route.startswith("/redirect/"):
            hops = int(route.rsplit("/", 1)[1])
            target = f"/redirect/{hops - 1}" if hops > 1 else "/page"
            self._send(302, b"", "text/plain", location=target)
        elif route == "/inward":
            self._send(302, b"", "text/plain", location=self.server.inward)
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status, body, content_type, *, encoding=None, location=None):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if encoding:
                self.send_header("Content-Encoding", encoding)
            if location:
                self.send_header("Location", location)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should at a cap

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def hostile_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    server.bomb = gzip.compress(b"A" * 100_000_000, compresslevel=1)  # ~0.4 MB that inflates to 100 MB
    server.inward = f"http://127.0.0.2:{server.server_address[1]}/page"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _fetch(url: str, **options) -> bytes:
    fetcher = Fetcher(guarded_transport(["localhost", "127.0.0.1"]), options.pop("max_bytes", 1_000_000), **options)
    try:
        return fetcher.fetch(url).data
    finally:
        fetcher.close()


def _reason(url: str, **options) -> str:
    with pytest.raises(IngestFailure) as caught:
        _fetch(url, **options)
    return caught.value.reason


def test_loopback_is_refused_by_default_and_the_batch_goes_on(hostile_server, monkeypatch, tmp_path):
    monkeypatch.delenv("SITREP_FETCH_ALLOW", raising=False)
    monkeypatch.setenv("SITREP_SETTINGS", str(tmp_path / "none.toml"))
    good = tmp_path / "good.txt"
    good.write_text("A ceasefire took hold on Sunday.")
    results = list(read_articles([f"{hostile_server}/page", str(good)]))
    assert isinstance(results[0], IngestError)
    assert results[0].reason.startswith("refused: localhost resolves to a non-public address (127.0.0.1")
    assert "SITREP_FETCH_ALLOW" in results[0].reason
    assert results[1].text == "A ceasefire took hold on Sunday."


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://10.1.2.3:9/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]:9/", "http://[::ffff:127.0.0.1]:9/", "http://192.168.0.1:9/",
                                 "http://100.64.0.1:9/", "http://0.0.0.0:9/", "http://224.0.0.1:9/"])
def test_inward_addresses_are_refused_before_connecting(url, monkeypatch, tmp_path):
    monkeypatch.delenv("SITREP_FETCH_ALLOW", raising=False)
    monkeypatch.setenv("SITREP_SETTINGS", str(tmp_path / "none.toml"))
    (error,) = list(read_articles([url]))
    assert error.reason.startswith("refused: ") and "non-public address" in error.reason


def test_allow_list_from_environment_and_settings_file(hostile_server, monkeypatch, tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('fetch_allow = ["127.0.0.0/8"]\n')
    monkeypatch.setenv("SITREP_SETTINGS", str(settings))
    monkeypatch.delenv("SITREP_FETCH_ALLOW", raising=False)
    (article,) = list(read_articles([f"{hostile_server}/page"]))
    assert article.title == "Raid"
    monkeypatch.setenv("SITREP_FETCH_ALLOW", "intranet.example, 10.0.0.0/8")  # the environment wins
    (error,) = list(read_articles([f"{hostile_server}/page"]))
    assert error.reason.startswith("refused: ")
    assert FetchPolicy.resolve().hosts == {"intranet.example"}


def test_a_redirect_inwards_is_refused_at_its_hop(hostile_server):
    # localhost is allowed by name, 127.0.0.2 is not: the redirect to it is refused.
    fetcher = Fetcher(guarded_transport(["localhost"]), 1_000_000)
    with pytest.raises(IngestFailure, match=r"^refused: 127\.0\.0\.2 resolves to a non-public address"):
        fetcher.fetch(f"{hostile_server}/inward")


def test_redirects_are_followed_up_to_the_limit(hostile_server):
    assert b"Kfar Zeit" in _fetch(f"{hostile_server}/redirect/5")
    assert _reason(f"{hostile_server}/redirect/6") == "too many redirects"


def test_gzip_bomb_stops_at_the_cap_in_bounded_time(hostile_server):
    started = time.monotonic()
    assert _reason(f"{hostile_server}/bomb", max_bytes=10_000_000) == "too large: more than 10000000 bytes (limit 10000000)"
    assert time.monotonic() - started < 2


def test_deflate_is_inflated_and_unknown_encodings_refused(hostile_server):
    assert _fetch(f"{hostile_server}/deflate") == PAGE
    assert _reason(f"{hostile_server}/brotli") == "unsupported content encoding: br"


def test_content_types_that_cannot_be_articles_are_refused(hostile_server):
    assert _reason(f"{hostile_server}/image") == "unsupported content type: image/png"


def test_read_timeout_and_overall_deadline(hostile_server):
    started = time.monotonic()
    assert _reason(f"{hostile_server}/hang", read_timeout=0.5) == "timed out"
    assert _reason(f"{hostile_server}/slow", read_timeout=1, deadline=1) == "timed out (longer than 1 s)"
    assert time.monotonic() - started < 5
