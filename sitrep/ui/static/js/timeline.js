// The timeline: one bar per day or week on a true time axis (event count), a line for
// fatalities, plain SVG.
// Drag across bars (or click one) to choose a time range; onSelect(since, until) is called.
"use strict";
(function (ns) {
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    return node;
  }
  function addDays(day, n) {
    const d = new Date(day + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  // Days or weeks with no event get an empty bucket, so the axis is true time: a quiet month
  // shows as a gap, not as two neighbouring bars.
  function fillGaps(buckets, bucketDays) {
    if (buckets.length < 2) return buckets;
    const byStart = new Map(buckets.map((b) => [b.start, b]));
    const filled = [];
    for (let day = buckets[0].start; day <= buckets[buckets.length - 1].start; day = addDays(day, bucketDays)) {
      filled.push(byStart.get(day) || { start: day, events: 0, fatalities: 0 });
      if (filled.length > 5000) return buckets;  // decades of days: keep the compact view
    }
    return filled;
  }

  ns.drawTimeline = function (container, buckets, options) {
    const bucketDays = options.bucket === "week" ? 7 : 1;
    buckets = fillGaps(buckets, bucketDays);
    container.replaceChildren();
    container.dataset.buckets = String(buckets.length);
    if (!buckets.length) {
      container.append(ns.el("p", { text: "No dated events for these filters." }));
      return;
    }
    const width = Math.max(container.clientWidth || 800, 300), height = 150, pad = { l: 36, r: 36, t: 10, b: 28 };
    const step = (width - pad.l - pad.r) / buckets.length, barW = Math.max(1, step * 0.8);
    const maxEvents = Math.max(...buckets.map((b) => b.events)), maxDead = Math.max(1, ...buckets.map((b) => b.fatalities));
    const plotH = height - pad.t - pad.b;
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img" });
    const title = svg("title"); title.textContent = "Events per " + options.bucket; root.append(title);
    const selection = svg("rect", { class: "tl-selection", x: 0, y: pad.t, width: 0, height: plotH, visibility: "hidden" });
    root.append(selection);
    buckets.forEach((bucket, i) => {
      const h = (bucket.events / maxEvents) * plotH;
      const bar = svg("rect", {
        class: "tl-bar", x: pad.l + i * step, y: pad.t + plotH - h, width: barW, height: Math.max(h, 1),
        "data-start": bucket.start, "data-index": i,
      });
      const tip = svg("title");
      tip.textContent = `${bucket.start}: ${bucket.events} events, ${bucket.fatalities} fatalities`;
      bar.append(tip);
      if (options.since && options.until && bucket.start >= options.since && bucket.start <= options.until) bar.classList.add("tl-active");
      root.append(bar);
    });
    const points = buckets.map((b, i) => `${pad.l + i * step + barW / 2},${pad.t + plotH - (b.fatalities / maxDead) * plotH}`);
    root.append(svg("polyline", { class: "tl-fatalities", points: points.join(" "), fill: "none" }));
    const axis = (text, x, y, anchor, cls) => {
      const t = svg("text", { x, y, "text-anchor": anchor, class: cls || "tl-label" });
      t.textContent = text; root.append(t);
    };
    axis(buckets[0].start, pad.l, height - 8, "start");
    axis(buckets[buckets.length - 1].start, width - pad.r, height - 8, "end");
    axis(String(maxEvents), pad.l - 4, pad.t + 10, "end");
    axis(String(maxDead) + "†", width - pad.r + 4, pad.t + 10, "start", "tl-label tl-dead");
    container.append(root);

    // Choosing a range: pointer down on one bar, up on another (or the same one).
    const indexAt = (event) => {
      const box = root.getBoundingClientRect();
      const i = Math.floor((event.clientX - box.left - pad.l) / step);
      return Math.min(buckets.length - 1, Math.max(0, i));
    };
    let anchor = null;
    const show = (a, b) => {
      const lo = Math.min(a, b), hi = Math.max(a, b);
      selection.setAttribute("x", pad.l + lo * step);
      selection.setAttribute("width", (hi - lo) * step + barW);
      selection.setAttribute("visibility", "visible");
    };
    root.addEventListener("pointerdown", (event) => { anchor = indexAt(event); show(anchor, anchor); event.preventDefault(); });
    root.addEventListener("pointermove", (event) => { if (anchor !== null) show(anchor, indexAt(event)); });
    window.addEventListener("pointerup", (event) => {
      if (anchor === null) return;
      const end = indexAt(event), lo = Math.min(anchor, end), hi = Math.max(anchor, end);
      anchor = null;
      options.onSelect(buckets[lo].start, addDays(buckets[hi].start, bucketDays - 1));
    });
  };
})(window.sitrep);
