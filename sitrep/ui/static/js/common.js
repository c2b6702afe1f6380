// Helpers shared by the pages. Untrusted text only ever goes in through textContent.
"use strict";
window.sitrep = window.sitrep || {};
(function (ns) {
  ns.el = function (tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children || []) node.append(child);
    return node;
  };
  ns.getJSON = async function (path, params) {
    const url = new URL(path, window.location.origin);
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(path + ": HTTP " + response.status);
    return response.json();
  };
  ns.query = function (names) {
    const params = new URLSearchParams(window.location.search);
    const out = {};
    for (const name of names) out[name] = params.get(name) || "";
    return out;
  };
  ns.setQuery = function (values) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
    const search = params.toString();
    history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
  };
})(window.sitrep);
