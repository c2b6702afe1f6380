// The map page: country shapes from the vendored Natural Earth TopoJSON (no tiles), clustered
// event markers sized by fatalities, the timeline and the event list, all under one set of filters.
"use strict";
(function (ns) {
  const FIELDS = ["since", "until", "country", "type", "actor", "bucket"];
  const form = document.getElementById("filters");
  const mapNode = document.getElementById("map");
  const map = L.map(mapNode, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([30, 30], 2);
  map.attributionControl.addAttribution("Natural Earth");
  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 40,
    iconCreateFunction(cluster) {
      const dead = cluster.getAllChildMarkers().reduce((sum, m) => sum + (m.options.fatalities || 0), 0);
      const n = cluster.getChildCount();
      const size = 28 + Math.min(24, Math.sqrt(dead) * 2);
      // html is only ever an integer count here, never text from the store.
      return L.divIcon({ html: String(Math.floor(n)), className: "cluster" + (dead ? " cluster-dead" : ""), iconSize: [size, size] });
    },
  });
  map.addLayer(clusters);

  function filters() {
    const values = {};
    for (const name of FIELDS) values[name] = (form.elements[name].value || "").trim();
    if (values.country) values.country = values.country.toUpperCase();
    return values;
  }
  function fill(values) { for (const name of FIELDS) if (values[name]) form.elements[name].value = values[name]; }
  function apiParams(values, withDates) {
    const params = { country: values.country, type: values.type, actor: values.actor };
    if (withDates) { params.since = values.since; params.until = values.until; }
    return params;
  }

  async function drawCountries() {
    const topo = await ns.getJSON("/static/vendor/world-atlas/countries-110m.json");
    const shapes = topojson.feature(topo, topo.objects.countries);
    // Drop Antarctica and unwrap rings that cross the antimeridian (Russia, Fiji), which would
    // otherwise be drawn as bands across the whole map.
    shapes.features = shapes.features.filter((feature) => feature.id !== "010");
    const unwrap = (ring) => {
      let shift = 0;
      return ring.map(([lon, lat], i) => {
        if (i > 0) {
          const previous = ring[i - 1][0];
          if (lon - previous > 180) shift -= 360;
          else if (previous - lon > 180) shift += 360;
        }
        return [lon + shift, lat];
      });
    };
    for (const feature of shapes.features) {
      const geometry = feature.geometry;
      if (!geometry) continue;
      if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrap);
      else if (geometry.type === "MultiPolygon") geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrap));
    }
    L.geoJSON(shapes, { style: { color: "#8a8f98", weight: 0.6, fillColor: "#eef0e8", fillOpacity: 1 }, interactive: false })
      .addTo(map).bringToBack();
  }

  function popup(point) {
    const box = ns.el("div", { className: "popup" }, [
      ns.el("strong", { text: point.type + (point.subtype ? " · " + point.subtype : "") }),
      ns.el("div", { text: [point.place, point.date].filter(Boolean).join(", ") }),
      ns.el("div", { text: point.fatalities ? point.fatalities + " killed" : "" }),
      ns.el("div", { className: "sources", text: point.sources + (point.sources === 1 ? " source" : " sources") }),
      ns.el("a", { href: "/events/" + encodeURIComponent(point.id), text: "event" }),
      document.createTextNode(" · "),
      ns.el("a", { href: "/articles/" + encodeURIComponent(point.article_id) + "#ev-" + encodeURIComponent(point.id), text: point.title || "article" }),
    ]);
    return box;
  }

  async function drawPoints(values) {
    const points = await ns.getJSON("/api/events/points", apiParams(values, true));
    clusters.clearLayers();
    const markers = points.map((point) => {
      const marker = L.circleMarker([point.lat, point.lon], {
        radius: 5 + Math.min(15, Math.sqrt(point.fatalities) * 2), fatalities: point.fatalities,
        color: point.fatalities ? "#9b1c1c" : "#1f4e8c", weight: 1, fillOpacity: 0.7, className: "event-marker",
      });
      marker.bindPopup(() => popup(point));
      return marker;
    });
    clusters.addLayers(markers);
    mapNode.dataset.points = String(points.length);
    if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])).pad(0.2), { maxZoom: 7 });
  }

  async function drawList(values) {
    const page = await ns.getJSON("/api/events", { ...apiParams(values, true), limit: 50 });
    const list = document.getElementById("events");
    list.replaceChildren(...page.items.map((event) => ns.el("li", {}, [
      ns.el("a", { href: "/events/" + encodeURIComponent(event.id), text: event.type + (event.acled_subtype ? " · " + event.acled_subtype : "") }),
      ns.el("span", { className: "when", text: " " + (event.when || "undated") }),
      ns.el("span", { className: "sources small", text: " · " + event.sources + (event.sources === 1 ? " source" : " sources") }),
      ns.el("div", { className: "small", text: [event.place && event.place.name, event.actors.map((a) => a.name).join(", ")].filter(Boolean).join(" — ") }),
    ])));
    document.getElementById("event-count").textContent = page.next_cursor ? "(first 50)" : "(" + page.items.length + ")";
  }

  async function drawTimelineFor(values) {
    const buckets = await ns.getJSON("/api/events/timeline", { ...apiParams(values, false), bucket: values.bucket || "day" });
    ns.drawTimeline(document.getElementById("timeline"), buckets, {
      bucket: values.bucket || "day", since: values.since, until: values.until,
      onSelect(since, until) { form.elements.since.value = since; form.elements.until.value = until; refresh(); },
    });
  }

  function downloads(values) {
    const params = new URLSearchParams(Object.entries(apiParams(values, true)).filter(([, v]) => v));
    const search = params.toString() ? "?" + params : "";
    document.getElementById("dl-csv").href = "/api/events.csv" + search;
    document.getElementById("dl-geojson").href = "/api/events.geojson" + search;
  }

  async function refresh() {
    const values = filters();
    ns.setQuery(values);
    downloads(values);
    document.body.dataset.loading = "1";
    try {
      await Promise.all([drawPoints(values), drawList(values), drawTimelineFor(values)]);
    } finally {
      delete document.body.dataset.loading;
      document.body.dataset.ready = "1";
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  document.getElementById("f-clear").addEventListener("click", () => {
    for (const name of FIELDS) form.elements[name].value = name === "bucket" ? "day" : "";
    refresh();
  });
  fill(ns.query(FIELDS));
  drawCountries().catch((error) => console.error(error));
  refresh().catch((error) => { console.error(error); document.body.dataset.error = String(error); });
})(window.sitrep);
