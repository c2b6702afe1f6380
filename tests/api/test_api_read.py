"""The read endpoints, in process, over the demo store: shapes, filters, paging, downloads, errors."""

import csv
import io
import json

import pytest

from tests.api.api_helpers import HOSTILE_TEXT, HOSTILE_TITLE


def _all_pages(client, path, **params):
    items, cursor, pages = [], None, 0
    while True:
        response = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            return items, pages


def test_stats_count_what_is_stored(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] >= 20 and stats["events"] > 100
    assert stats["writable"] is False


def test_event_pages_follow_the_cursor_without_repeats_or_gaps(client):
    total = client.get("/api/stats").json()["events"]  # source events
    items, pages = _all_pages(client, "/api/events", limit=25, merged="false")
    assert pages > 1
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)) == total
    keys = [item["when"] or "" for item in items]
    assert keys == sorted(keys, reverse=True)
    merged, _ = _all_pages(client, "/api/events", limit=25)  # merged events: each source counted once
    assert len({item["id"] for item in merged}) == len(merged)
    assert sum(item["sources"] for item in merged) == total


def test_events_filter_by_country_type_dates_actor_and_bbox(client):
    syria = client.get("/api/events", params={"country": "syr", "limit": 1000}).json()["items"]
    assert syria and all(event["country"] == "SYR" for event in syria)
    assaults = client.get("/api/events", params={"type": "assault", "limit": 1000}).json()["items"]
    assert assaults and all(event["type"] == "ASSAULT" for event in assaults)
    window = client.get("/api/events", params={"since": "2026-10-01", "until": "2026-10-31", "limit": 1000}).json()["items"]
    assert window and all("2026-10-01" <= event["when"] <= "2026-10-31" for event in window)
    rsf = client.get("/api/events", params={"actor": "RSF", "limit": 1000}).json()["items"]
    assert rsf and all(any(a["name"] == "Rapid Support Forces" for a in e["actors"] + e["targets"]) for e in rsf)
    boxed = client.get("/api/events", params={"bbox": "35,32,43,38", "limit": 1000}).json()["items"]
    assert boxed and all(35 <= e["lon"] <= 43 and 32 <= e["lat"] <= 38 for e in boxed)


def test_event_evidence_is_the_text_at_its_offsets(client):
    event = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    sources = detail.pop("source_events")  # only the one event's page lists its sources
    assert detail == {**event, "source_events": None} or detail == {k: v for k, v in event.items() if k != "source_events"}
    assert sources[0]["id"] == event["id"] and len(sources) == event["sources"]
    text = client.get(f"/api/articles/{event['article']['id']}").json()["article"]["text"]
    evidence = detail["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_unknown_ids_answer_404(client):
    for path in ("/api/events/nope", "/api/articles/nope", "/api/actors/nope"):
        assert client.get(path).status_code == 404


def test_bad_parameters_are_client_errors(client):
    assert client.get("/api/events", params={"cursor": "not-a-cursor"}).status_code == 400
    assert client.get("/api/events", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"country": "Syria"}).status_code == 422
    assert client.get("/api/events", params={"limit": 5000}).status_code == 422


def test_points_and_timeline_agree_with_the_event_list(client):
    located = [e for e in client.get("/api/events", params={"limit": 1000}).json()["items"] if e["lat"] is not None]
    points = client.get("/api/events/points").json()
    assert {p["id"] for p in points} == {e["id"] for e in located}
    days = client.get("/api/events/timeline").json()
    weeks = client.get("/api/events/timeline", params={"bucket": "week"}).json()
    dated = [e for e in client.get("/api/events", params={"limit": 1000}).json()["items"] if e["when"]]
    assert sum(b["events"] for b in days) == sum(b["events"] for b in weeks) == len(dated)
    assert len(weeks) <= len(days)


def test_articles_list_and_document(client):
    items, _ = _all_pages(client, "/api/articles", limit=10)
    assert len(items) == client.get("/api/stats").json()["articles"]
    hostile = next(item for item in items if item["title"] == HOSTILE_TITLE)
    document = client.get(f"/api/articles/{hostile['id']}").json()
    assert document["article"]["text"] == HOSTILE_TEXT
    for actor in document["actors"]:
        for mention in actor["mentions"]:
            assert HOSTILE_TEXT[mention["start"] : mention["end"]] == mention["text"]


def test_statements_actors_relations_and_places(client):
    denials = client.get("/api/statements", params={"kind": "DENY"}).json()["items"]
    assert denials and all(s["kind"] == "DENY" for s in denials)
    actors, _ = _all_pages(client, "/api/actors", limit=50)
    assert len({a["id"] for a in actors}) == len(actors) == client.get("/api/stats").json()["actors"]
    armed = client.get("/api/actors", params={"kind": "armed_group"}).json()["items"]
    assert armed and all(a["kind"] == "armed_group" for a in armed)
    relations = client.get("/api/relations").json()["items"]
    assert relations and all(r["subject"] and r["object"] for r in relations)
    profile = client.get(f"/api/actors/{armed[0]['id']}").json()
    assert profile["actor"]["id"] == armed[0]["id"]
    places = client.get("/api/places", params={"country": "SYR"}).json()
    assert places and all(p["country"] == "SYR" for p in places)


def test_statements_filter_by_speaker_or_by_target_apart(client):
    everything, _ = _all_pages(client, "/api/statements", limit=100)
    target_ids = {s["id"]: {t["id"] for t in s["targets"]} for s in everything}
    targeted = next(s for s in everything if s["targets"] and s["speaker"]
                    and s["speaker"]["id"] not in target_ids[s["id"]])
    actor_id = targeted["targets"][0]["id"]
    as_target = client.get("/api/statements", params={"target": actor_id, "limit": 500}).json()["items"]
    assert targeted["id"] in {s["id"] for s in as_target}
    assert all(actor_id in target_ids[s["id"]] for s in as_target)
    speaker_id = targeted["speaker"]["id"]
    as_speaker = client.get("/api/statements", params={"speaker": speaker_id, "limit": 500}).json()["items"]
    assert targeted["id"] in {s["id"] for s in as_speaker}
    assert all(s["speaker"]["id"] == speaker_id for s in as_speaker)


def test_graph_has_relation_and_event_edges_between_its_nodes(client):
    graph = client.get("/api/graph").json()
    ids = {node["id"] for node in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert {"event"} < {e["label"] for e in graph["edges"]}
    states = client.get("/api/graph", params={"kind": "state"}).json()
    assert all(node["kind"] == "state" for node in states["nodes"])


def test_search_finds_articles_by_words_with_marked_snippets(client):
    results = client.get("/api/search", params={"q": "Kharkiv drone"}).json()
    assert results["articles"]
    assert any(part["match"] for part in results["articles"][0]["snippet"])
    assert client.get("/api/search", params={"q": "Khark*"}).json()["articles"]
    assert client.get("/api/search", params={"q": "rsf"}).json()["actors"][0]["name"] == "Rapid Support Forces"


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "(kharkiv", "title:x", "*", "NEAR(a b)", "'; drop table articles; --"])
def test_search_treats_query_syntax_as_text(client, query):
    assert client.get("/api/search", params={"q": query}).status_code == 200


def test_csv_and_geojson_downloads_follow_the_filters(client):
    syria = client.get("/api/events", params={"country": "SYR", "limit": 1000, "merged": "false"}).json()["items"]
    response = client.get("/api/events.csv", params={"country": "SYR"})  # one row per source event
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len(syria)
    geo = json.loads(client.get("/api/events.geojson", params={"country": "SYR"}).text)
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == sum(1 for e in syria if e["lat"] is not None)


def test_openapi_documents_every_resource(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/events", "/api/statements", "/api/actors", "/api/relations", "/api/graph",
                 "/api/places", "/api/search", "/api/ingest", "/api/events.csv", "/api/events.geojson"):
        assert path in paths
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_pages_carry_a_strict_content_security_policy(client):
    for path in ("/", "/graph", "/docs", "/articles", "/api/stats"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-eval" not in policy


def test_requests_for_other_host_names_are_refused(client):
    assert client.get("/api/stats", headers={"host": "attacker.example"}).status_code == 400


def test_every_page_escapes_hostile_text(client):
    hostile = next(a for a in client.get("/api/articles", params={"limit": 100}).json()["items"] if a["title"] == HOSTILE_TITLE)
    document = client.get(f"/api/articles/{hostile['id']}").json()
    actor_id = document["actors"][0]["id"]
    pages = [f"/articles/{hostile['id']}", f"/actors/{actor_id}", f"/events/{document['events'][0]['id']}",
             "/articles", "/actors", "/search?q=Hostile", "/search?q=%3Cscript%3E"]
    for path in pages:
        html = client.get(path).text
        assert "<script>window.__xss" not in html, path
        assert "<img src=x" not in html, path
        assert "javascript:alert" not in html, path
    assert "&lt;script&gt;window.__xss" in client.get(f"/articles/{hostile['id']}").text
