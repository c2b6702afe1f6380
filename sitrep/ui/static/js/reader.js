// The article reader: the legend's checkboxes show or hide each kind of highlight.
"use strict";
(function () {
  const text = document.getElementById("article-text");
  for (const box of document.querySelectorAll("#legend input[data-kind]")) {
    box.addEventListener("change", () => text.classList.toggle("show-" + box.dataset.kind, box.checked));
  }
  text.addEventListener("click", (event) => {
    const mark = event.target.closest("mark[data-refs]");
    if (!mark) return;
    for (const other of text.querySelectorAll("mark.selected")) other.classList.remove("selected");
    const refs = new Set(mark.dataset.refs.split(" "));
    for (const other of text.querySelectorAll("mark[data-refs]")) {
      if (other.dataset.refs.split(" ").some((ref) => refs.has(ref))) other.classList.add("selected");
    }
  });
})();
