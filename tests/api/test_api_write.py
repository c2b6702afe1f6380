"""Writing through the API: only with the token; text, pages and feeds; the search index follows."""

import httpx
import pytest
from fastapi.testclient import TestClient

from sitrep.api import ApiSettings, create_app
from tests.api.conftest import TOKEN

STORY = "Rebels shelled the town of Kfar Zeit in Idlib province on Tuesday, killing four civilians, monitors said."
PAGE = b"<html><head><title>Kfar Zeit shelled</title></head><body><article><p>" + STORY.encode() + b" " + b"The strike hit a market. " * 5 + b"</p></article></body></html>"


def _serve_page(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/story":
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"})
    return httpx.Response(404)


@pytest.fixture
def writer(store, pipeline):
    app = create_app(store, ApiSettings(token=TOKEN), transport=httpx.MockTransport(_serve_page), pipeline=pipeline)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def _auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_writing_is_refused_without_a_configured_token(store):
    with TestClient(create_app(store, ApiSettings()), base_url="http://127.0.0.1") as test_client:
        response = test_client.post("/api/ingest", json={"text": STORY}, headers=_auth())
    assert response.status_code == 403
    assert "SITREP_API_TOKEN" in response.json()["detail"]


def test_writing_needs_the_right_token(writer):
    assert writer.post("/api/ingest", json={"text": STORY}).status_code == 401
    assert writer.post("/api/ingest", json={"text": STORY}, headers=_auth("wrong")).status_code == 401


def test_a_text_is_extracted_stored_and_searchable(writer):
    response = writer.post("/api/ingest", json={"text": STORY, "title": "Shelling", "published": "2026-11-20"}, headers=_auth())
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["stored"], body["skipped"]) == (1, 0)
    assert writer.get(f"/api/articles/{body['article_ids'][0]}").json()["events"]
    assert [hit["id"] for hit in writer.get("/api/search", params={"q": "Kfar Zeit"}).json()["articles"]] == body["article_ids"]
    again = writer.post("/api/ingest", json={"text": STORY}, headers=_auth()).json()
    assert (again["stored"], again["skipped"]) == (0, 1)


def test_a_url_is_fetched_through_the_transport(writer):
    body = writer.post("/api/ingest", json={"url": "https://news.example/story"}, headers=_auth()).json()
    assert body["stored"] == 1 and not body["errors"]
    missing = writer.post("/api/ingest", json={"url": "https://news.example/gone"}, headers=_auth()).json()
    assert missing["stored"] == 0 and "404" in missing["errors"][0]["reason"]


@pytest.mark.parametrize("payload", [{}, {"text": "x", "url": "https://a.example/"}, {"url": "file:///etc/passwd"}, {"text": STORY, "published": "soon"}])
def test_bad_ingest_requests_are_rejected(writer, payload):
    assert writer.post("/api/ingest", json=payload, headers=_auth()).status_code == 422


def test_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SITREP_API_TOKEN", "from-env")
    assert ApiSettings.resolve().token == "from-env"


def test_token_comes_from_the_settings_file(monkeypatch, tmp_path):
    monkeypatch.delenv("SITREP_API_TOKEN", raising=False)
    settings = tmp_path / "settings.toml"
    settings.write_text('api_token = "from-file"\n')
    monkeypatch.setenv("SITREP_SETTINGS", str(settings))
    assert ApiSettings.resolve().token == "from-file"
