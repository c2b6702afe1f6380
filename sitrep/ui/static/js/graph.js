// The actor graph: cytoscape over /api/graph. Labels are drawn on a canvas (never parsed as HTML);
// the side panel is built with textContent.
"use strict";
(function (ns) {
  const FIELDS = ["kind", "country", "actor", "since", "until", "min_weight"];
  const form = document.getElementById("graph-filters");
  const container = document.getElementById("graph");
  const info = document.getElementById("graph-info");
  const COLORS = { state: "#1f4e8c", state_forces: "#2f6db3", government: "#5b8fd0", armed_group: "#9b1c1c",
    political_party: "#7a4fa0", person: "#555", monitor: "#2c7a4b", media: "#8a6d1d", international_org: "#1d7a7a",
    civilians: "#b36b00", other: "#888" };
  let cy = null;

  function values() {
    const out = {};
    for (const name of FIELDS) out[name] = (form.elements[name].value || "").trim();
    if (out.country) out.country = out.country.toUpperCase();
    return out;
  }

  async function draw() {
    const params = values();
    ns.setQuery(params);
    const graph = await ns.getJSON("/api/graph", params);
    const showEvents = document.getElementById("g-events").checked, showRelations = document.getElementById("g-relations").checked;
    const edges = graph.edges.filter((e) => (e.label === "event" ? showEvents : showRelations));
    const used = new Set(edges.flatMap((e) => [e.source, e.target]));
    const nodes = graph.nodes.filter((n) => used.has(n.id));
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
    if (cy) cy.destroy();
    cy = cytoscape({
      container,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, country: n.country || "", degree: n.degree, color: COLORS[n.kind] || "#888" } })),
        ...edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, label: e.label === "event" ? "" : e.label, kind: e.label === "event" ? "event" : "relation", weight: e.weight } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "background-color": "data(color)", width: "mapData(degree, 1, 30, 14, 48)", height: "mapData(degree, 1, 30, 14, 48)", "font-size": 9, "text-wrap": "wrap", "text-max-width": 90 } },
        { selector: "edge", style: { width: "mapData(weight, 1, 10, 1, 6)", "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.7, label: "data(label)", "font-size": 7, "line-color": "#b9b9b9", "target-arrow-color": "#b9b9b9" } },
        { selector: "edge[kind = 'event']", style: { "line-color": "#d08a8a", "target-arrow-color": "#d08a8a" } },
        { selector: ".faded", style: { opacity: 0.15 } },
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    });
    cy.on("tap", "node", (event) => {
      const node = event.target;
      cy.elements().addClass("faded");
      node.closedNeighborhood().removeClass("faded");
      const links = node.connectedEdges().map((edge) => {
        const other = edge.source().id() === node.id() ? edge.target() : edge.source();
        const arrow = edge.source().id() === node.id() ? "→" : "←";
        return ns.el("li", { text: `${arrow} ${other.data("label")} (${edge.data("kind") === "event" ? "events" : edge.data("label")} ×${edge.data("weight")})` });
      });
      info.replaceChildren(
        ns.el("h2", { text: node.data("label") }),
        ns.el("p", { text: node.data("kind") + (node.data("country") ? ", " + node.data("country") : "") }),
        ns.el("a", { href: "/actors/" + encodeURIComponent(node.id()), text: "open profile" }),
        ns.el("ul", {}, links),
      );
    });
    cy.on("tap", (event) => { if (event.target === cy) cy.elements().removeClass("faded"); });
    cy.on("dbltap", "node", (event) => { window.location.href = "/actors/" + encodeURIComponent(event.target.id()); });
    document.body.dataset.ready = "1";
  }

  const initial = ns.query(FIELDS);
  for (const name of FIELDS) if (initial[name]) form.elements[name].value = initial[name];
  form.addEventListener("submit", (event) => { event.preventDefault(); draw(); });
  for (const id of ["g-events", "g-relations"]) document.getElementById(id).addEventListener("change", draw);
  draw().catch((error) => { console.error(error); document.body.dataset.error = String(error); });
})(window.sitrep);
