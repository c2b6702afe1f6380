"""The web surface under hostile data and requests: payloads in every field an article can set come
back escaped in every HTML page and intact in JSON, filters are bound parameters (injection strings
are data), bodies are capped (413), the write token holds, and errors never show a traceback."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitrep.api import ApiSettings, create_app
from sitrep.model import Article
from sitrep.store import Store

TOKEN = "reliability-token-42"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
TEXT = (
    f"{SCRIPT} Government troops shelled the village of Kfar Zeit in Idlib province on Tuesday, killing "
    f"at least 12 civilians {IMG}.\n\n"
    f'"We will crush them {SCRIPT}," said Abu Ali{IMG}, a commander in Hayat Tahrir al-Sham.\n\n'
    "Russia accused Turkey of supporting the rebels </textarea><svg onload=alert(3)>."
)
INJECTIONS = ["' OR 1=1 --", "%' UNION SELECT id, text FROM articles --", '"; DROP TABLE events; --',
              "\\", "%", "_", "\x00", "NEAR(", '"unbalanced', "*", "a OR b NOT c", "🙂" * 50]


@pytest.fixture(scope="module")
def hostile_app(pipeline, tmp_path_factory):
    article = Article(text=TEXT, title=f"Shelling {SCRIPT}{IMG}", source=f"Wire {SCRIPT}",
                      url=f"javascript:alert(4)//{SCRIPT}", published="2026-03-03", origin=f"{IMG}.txt",
                      language="en")
    store = Store.open(str(tmp_path_factory.mktemp("web") / "hostile.db"))
    store.save(list(pipeline.extract([article])))
    app = create_app(store, ApiSettings(token=TOKEN), pipeline=pipeline, max_request_bytes=100_000)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client, store, article.id
    store.close()


def _pages(client, article_id) -> list[str]:
    data = client.get(f"/api/articles/{article_id}").json()
    pages = ["/", "/articles", f"/articles/{article_id}", "/actors", "/graph", "/search?q=shelled",
             f"/search?q={SCRIPT}"]
    pages += [f"/events/{event['id']}" for event in data["events"]]
    pages += [f"/actors/{actor['id']}" for actor in data["actors"]]
    return pages


def test_payloads_are_escaped_in_every_page(hostile_app):
    client, _, article_id = hostile_app
    pages = _pages(client, article_id)
    assert len(pages) > 8
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        body = response.text
        for raw in ("<script>alert", "<img src=x", "<svg onload", 'href="javascript:'):
            assert raw not in body, (page, raw)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    reader = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reader  # shown as text, not dropped


def test_payloads_come_back_intact_as_json(hostile_app):
    client, _, article_id = hostile_app
    response = client.get(f"/api/articles/{article_id}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    record = response.json()
    assert record["article"]["title"] == f"Shelling {SCRIPT}{IMG}"
    assert record["article"]["text"] == TEXT
    for path in ("/api/events", "/api/statements", "/api/actors", "/api/relations", "/api/places", "/api/graph",
                 "/api/events.csv", "/api/events.geojson", "/api/events/points", "/api/events/timeline"):
        assert client.get(path).status_code == 200, path


@pytest.mark.parametrize("value", INJECTIONS)
def test_filters_are_bound_parameters(hostile_app, value):
    client, store, _ = hostile_app
    before = store.counts()
    for path, name in (("/api/events", "actor"), ("/api/events", "type"), ("/api/events", "article"),
                       ("/api/statements", "kind"), ("/api/statements", "actor"), ("/api/actors", "name"),
                       ("/api/relations", "predicate"), ("/api/places", "name"), ("/api/search", "q"),
                       ("/api/graph", "actor"), ("/articles", "actor"), ("/actors", "name"), ("/search", "q"),
                       ("/api/events", "cursor")):
        response = client.get(path, params={name: value})
        assert response.status_code in (200, 400, 422), (path, name, response.status_code, response.text)
        # "%", "_" (LIKE wildcards, not escaped: a substring filter) and NUL may match rows by design.
        literal = not any(char in value for char in "%_\x00")
        if literal and response.status_code == 200 and path.startswith("/api/") and name not in ("q", "cursor"):
            body = response.json()
            items = body if isinstance(body, list) else body.get("items", body.get("nodes", []))
            assert items == [], (path, name)  # no injected condition matched every row
    assert store.counts() == before


def test_request_bodies_over_the_limit_are_refused(hostile_app):
    client, store, _ = hostile_app
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = b'{"text": "' + b"a" * 200_000 + b'"}'
    assert client.post("/api/ingest", content=big, headers=headers).status_code == 413

    def chunks():  # no Content-Length: counted as it streams in
        yield b'{"text": "'
        for _ in range(50):
            yield b"a" * 10_000
        yield b'"}'

    response = client.post("/api/ingest", content=chunks(), headers=headers)
    assert response.status_code == 413
    assert response.json() == {"detail": "request body too large (limit 100000 bytes)"}


@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x",
                                           f"Bearer {TOKEN[:-1]}", "Bearer ünïcode".encode()])
def test_write_token_is_required(hostile_app, authorization):
    client, store, _ = hostile_app
    headers = {"Authorization": authorization} if authorization else {}
    before = store.counts()
    response = client.post("/api/ingest", json={"text": "Troops shelled Homs."}, headers=headers)
    assert response.status_code in (401, 400), response.text
    assert store.counts() == before


def test_unexpected_errors_are_a_generic_500_without_traceback(hostile_app, monkeypatch):
    client, store, _ = hostile_app

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"secret detail at {__file__}")

    monkeypatch.setattr(type(store), "counts", broken)
    response = client.get("/api/stats")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal server error"}
    assert "Traceback" not in response.text and "secret" not in response.text
