"""URLs: fetching through an injected transport, size cap, HTTP errors, a real local server."""

from __future__ import annotations

import http.server
import threading

import httpx
import pytest
from ingest_helpers import ARTICLE_HTML, FEED_RSS, read

from sitrep.ingest import IngestError, read_articles


def transport_for(pages: dict[str, httpx.Response]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return pages.get(str(request.url)) or httpx.Response(404)

    return httpx.MockTransport(handler)


def test_fetch_html_page():
    url = "https://news.example.org/story?id=7"
    transport = transport_for({url: httpx.Response(200, html=ARTICLE_HTML)})
    (article,), errors = read(url, transport=transport)
    assert errors == []
    assert article.origin == url
    assert article.title == "Shelling in Kharkiv kills three"
    assert article.url == "https://news.example.org/kharkiv-shelling"  # the canonical link
    assert article.published == "2024-03-05"
    assert "Russian troops shelled the city of Kharkiv" in article.text


def test_fetch_follows_redirect_and_sniffs_feed():
    pages = {
        "https://wire.example.org/rss": httpx.Response(
            301, headers={"location": "https://wire.example.org/rss.xml"}
        ),
        "https://wire.example.org/rss.xml": httpx.Response(
            200, content=FEED_RSS.encode(), headers={"content-type": "application/rss+xml"}
        ),
    }
    articles, errors = read("https://wire.example.org/rss", transport=transport_for(pages))
    assert errors == []
    assert [a.published for a in articles] == ["2024-03-05", "2024-03-06", "2024-03-07"]
    assert articles[0].origin == "https://wire.example.org/rss#entry-1"


def test_plain_text_url_keeps_url():
    url = "https://example.org/report.txt"
    transport = transport_for(
        {url: httpx.Response(200, text="Troops entered the village at dawn.")}
    )
    (article,), _ = read(url, transport=transport)
    assert (article.text, article.url) == ("Troops entered the village at dawn.", url)


def test_http_errors_become_ingest_errors_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A ceasefire took hold on Sunday.")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/down":
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"location": "/loop"})
        return httpx.Response(404)

    sources = [
        "https://x.example/missing",
        "https://x.example/down",
        "https://x.example/loop",
        str(good),
    ]
    articles, errors = read(*sources, transport=httpx.MockTransport(handler))
    assert [a.origin for a in articles] == [str(good)]
    assert [str(e) for e in errors] == [
        "https://x.example/missing: HTTP 404 Not Found",
        "https://x.example/down: cannot fetch: connection refused",
        "https://x.example/loop: too many redirects",
    ]


def test_size_cap_on_declared_length():
    url = "https://example.org/big"
    transport = transport_for({url: httpx.Response(200, text="x" * 5000)})
    (error,) = list(read_articles([url], transport=transport, max_bytes=1000))
    assert error == IngestError(url, "too large: 5000 bytes (limit 1000)")


def test_size_cap_while_streaming_without_length():
    sent = []

    def endless():
        for _ in range(10_000):
            sent.append(1)
            yield b"y" * 1000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=endless())

    (error,) = list(
        read_articles(
            ["https://example.org/stream"], transport=httpx.MockTransport(handler), max_bytes=4500
        )
    )
    assert error.reason == "too large: more than 4500 bytes (limit 4500)"
    assert len(sent) <= 6  # stopped reading soon after the cap, not at the end of the stream


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = ARTICLE_HTML.encode() if self.path == "/article" else b"not here"
        self.send_response(200 if self.path == "/article" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_real_http_server_with_default_transport(local_server, monkeypatch):
    # Loopback is refused by default (SSRF); this test's server is allowed explicitly.
    monkeypatch.setenv("SITREP_FETCH_ALLOW", "127.0.0.1")
    articles, errors = read(f"{local_server}/article", f"{local_server}/gone")
    assert [a.title for a in articles] == ["Shelling in Kharkiv kills three"]
    assert articles[0].origin == f"{local_server}/article"
    assert [str(e) for e in errors] == [f"{local_server}/gone: HTTP 404 Not Found"]
