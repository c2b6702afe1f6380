"""The web UI in a real headless Chromium over the demo store: markers on the map, filtering by the
timeline, the reader's highlighted evidence, the actor graph, and hostile text shown as text."""

from __future__ import annotations

import json
from urllib.request import urlopen

from tests.api.api_helpers import HOSTILE_TITLE, IMG_PAYLOAD, SCRIPT_PAYLOAD


def _api(server, path):
    with urlopen(server + path) as response:  # noqa: S310 - our own loopback test server
        return json.load(response)


def _wait_ready(page):
    page.wait_for_selector("body[data-ready='1']:not([data-loading])", timeout=20_000)


def _no_injection(page):
    assert page.evaluate("window.__xss === undefined"), "an injected script ran"
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("script:not([src])").count() == 0


def test_map_shows_country_shapes_and_event_markers(page, server, screenshot_dir):
    page.goto("/")
    _wait_ready(page)
    located = len(_api(server, "/api/events/points"))
    assert located > 10
    assert int(page.locator("#map").get_attribute("data-points")) == located
    page.wait_for_function("document.querySelectorAll('#map path').length > 150")  # countries + markers
    markers = page.locator("#map .event-marker").count() + page.locator("#map .cluster").count()
    assert markers > 0
    assert page.locator("#events li").count() > 0
    page.locator("#map .cluster").first.click() if page.locator("#map .cluster").count() else None
    page.screenshot(path=str(screenshot_dir / "map.png"), full_page=True)
    assert page.problems == []


def test_timeline_click_filters_the_map_to_that_day(page, server, screenshot_dir):
    page.goto("/")
    _wait_ready(page)
    total = int(page.locator("#map").get_attribute("data-points"))
    days = {}
    for point in _api(server, "/api/events/points"):
        days[point["date"]] = days.get(point["date"], 0) + 1
    day, expected = max(((d, n) for d, n in days.items() if d and n < total), key=lambda item: item[1])
    page.locator(f".tl-bar[data-start='{day}']").click()
    page.wait_for_function(f"document.querySelector('#map').dataset.points === '{expected}'")
    _wait_ready(page)
    assert f"since={day}" in page.url and f"until={day}" in page.url
    assert page.locator("#f-since").input_value() == day
    assert page.locator(".tl-bar.tl-active").count() == 1
    listed = page.locator("#events li .when").all_text_contents()
    assert listed and all(text.strip() == day for text in listed)
    page.screenshot(path=str(screenshot_dir / "map-filtered.png"), full_page=True)
    assert page.problems == []


def test_timeline_drag_selects_a_range(page, server):
    page.goto("/?bucket=week")
    _wait_ready(page)
    bars = page.locator(".tl-bar")
    count = bars.count()
    assert count > 2
    first, last = bars.nth(count - 3).bounding_box(), bars.nth(count - 1).bounding_box()
    page.mouse.move(first["x"] + 1, first["y"] + first["height"] - 1)
    page.mouse.down()
    page.mouse.move(last["x"] + 1, last["y"] + last["height"] - 1, steps=5)
    page.mouse.up()
    page.wait_for_function("new URLSearchParams(location.search).has('since')")
    _wait_ready(page)
    since = page.locator("#f-since").input_value()
    assert since == bars.nth(count - 3).get_attribute("data-start")
    expected = len(_api(server, f"/api/events/points?since={since}&until={page.locator('#f-until').input_value()}"))
    assert int(page.locator("#map").get_attribute("data-points")) == expected


def test_reader_highlights_the_evidence_of_each_event(page, server, screenshot_dir):
    page.goto("/articles")
    article_id = next(a["id"] for a in _api(server, "/api/articles?limit=100")["items"] if a["events"] >= 3 and a["title"] != HOSTILE_TITLE)
    page.locator(f"a.article-link[href='/articles/{article_id}']").click()
    page.wait_for_selector("#article-text")
    document = _api(server, f"/api/articles/{article_id}")
    assert page.locator("#article-title").text_content() == document["article"]["title"]
    assert page.locator("mark.hl-event").count() > 0 and page.locator("mark.hl-actor").count() > 0
    highlighted = "".join(page.locator("mark.hl-event").all_text_contents())
    for event in document["events"]:
        assert event["evidence"]["text"] in highlighted or event["evidence"]["text"].strip() in page.locator("#article-text").text_content()
    assert page.locator("#article-text").text_content() == document["article"]["text"]
    first_event = document["events"][0]
    page.locator(f"a.jump[href='#ev-{first_event['id']}']").click()
    assert page.url.endswith(f"#ev-{first_event['id']}")
    background = page.locator("mark.hl-event").first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(screenshot_dir / "reader.png"), full_page=True)
    page.locator("#legend input[data-kind='event']").uncheck()
    assert page.locator("mark.hl-event").first.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert page.problems == []


def test_event_actor_graph_and_search_pages_render(page, server, screenshot_dir):
    event = _api(server, "/api/events?country=SYR&limit=1")["items"][0]
    page.goto(f"/events/{event['id']}")
    assert page.locator(".evidence mark").text_content() == event["evidence"]["text"]
    page.screenshot(path=str(screenshot_dir / "event.png"), full_page=True)
    page.locator("a.article-link").click()
    page.wait_for_selector("#article-text")
    actor = _api(server, "/api/actors?name=Rapid%20Support%20Forces")["items"][0]
    page.goto(f"/actors/{actor['id']}")
    assert page.locator("#actor-name").text_content() == actor["name"]
    page.screenshot(path=str(screenshot_dir / "actor.png"), full_page=True)
    page.goto("/graph")
    _wait_ready(page)
    assert int(page.locator("#graph").get_attribute("data-nodes")) > 5
    page.screenshot(path=str(screenshot_dir / "graph.png"), full_page=True)
    page.goto("/")
    page.fill("form.search input", "Kharkiv")
    page.press("form.search input", "Enter")
    page.wait_for_selector(".search-results li a.article-link")
    assert page.locator(".snippet mark").count() > 0
    page.screenshot(path=str(screenshot_dir / "search.png"), full_page=True)
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    page.screenshot(path=str(screenshot_dir / "docs.png"))
    assert page.problems == []


def test_hostile_text_is_shown_as_text_and_never_runs(page, server, screenshot_dir):
    hostile = next(a for a in _api(server, "/api/articles?limit=100")["items"] if a["title"] == HOSTILE_TITLE)
    document = _api(server, f"/api/articles/{hostile['id']}")
    page.goto(f"/articles/{hostile['id']}")
    assert page.locator("#article-title").text_content() == HOSTILE_TITLE
    assert SCRIPT_PAYLOAD in page.locator("#article-text").text_content()
    assert IMG_PAYLOAD in page.locator("mark.hl-actor").first.text_content()
    assert page.locator("a[href^='javascript']").count() == 0
    _no_injection(page)
    page.screenshot(path=str(screenshot_dir / "reader-hostile.png"), full_page=True)
    actor_id = document["actors"][0]["id"]
    for path in (f"/actors/{actor_id}", f"/events/{document['events'][0]['id']}", "/search?q=Hostile", "/articles", "/actors"):
        page.goto(path)
        _no_injection(page)
    assert IMG_PAYLOAD in page.content().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    page.goto("/?actor=" + actor_id)
    _wait_ready(page)
    assert page.locator("#map").get_attribute("data-points") == "1"
    page.locator("#map .event-marker").first.click(force=True)
    page.wait_for_selector(".leaflet-popup-content")
    assert "<script>" in page.locator(".leaflet-popup-content").text_content()
    assert HOSTILE_TITLE in page.locator(".leaflet-popup-content").text_content()
    assert page.locator("#events li").first.text_content().count("<img") == 1
    _no_injection(page)
    page.goto("/graph?actor=" + actor_id)
    _wait_ready(page)
    assert page.locator("#graph").get_attribute("data-nodes") == "2"
    _no_injection(page)
    assert page.problems == []


def test_pages_run_under_their_content_security_policy(browser, server):
    context = browser.new_context(base_url=server)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type in ("error", "warning") and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    for path, ready in (("/", "#map .event-marker, #map .cluster"), ("/graph", "#graph canvas"),
                        ("/docs", ".swagger-ui .opblock")):
        page.goto(path)
        page.wait_for_selector(ready, timeout=20_000)
    article = _api(server, "/api/articles?limit=1")["items"][0]
    page.goto(f"/articles/{article['id']}")
    page.locator("#legend input[data-kind='actor']").uncheck()
    context.close()
    assert [p for p in problems if "Content Security Policy" in p or "Refused" in p] == []
    assert problems == []
