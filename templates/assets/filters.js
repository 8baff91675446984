/* Filters for the timeline page: by source, keyword and date range.
   Plain JavaScript, no server, no library. Without it the page shows
   everything (the form stays hidden). */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }

  // Arabic folding for keyword search: diacritics, tatweel, hamza forms, ta marbuta, alef maqsura
  function fold(text) {
    return text
      .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0629/g, "\u0647")
      .replace(/\u0649/g, "\u064A")
      .toLowerCase();
  }

  var days = Array.prototype.map.call(document.querySelectorAll("section.day"), function (day) {
    return {
      node: day,
      start: day.getAttribute("data-start"),
      end: day.getAttribute("data-end"),
      entries: Array.prototype.map.call(day.querySelectorAll("article.entry"), function (entry) {
        return {
          node: entry,
          sources: (entry.getAttribute("data-sources") || "").split(" "),
          text: fold(entry.textContent)
        };
      })
    };
  });
  var total = days.reduce(function (n, d) { return n + d.entries.length; }, 0);
  var shown = form.querySelector("output.shown");

  function chosenSources() {
    var chosen = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=source]"), function (box) {
      if (box.checked) { chosen[box.value] = true; }
    });
    return chosen;
  }

  function apply() {
    var chosen = chosenSources();
    var terms = fold(form.elements.q.value).split(/\s+/).filter(Boolean);
    var from = form.elements.from.value;   // YYYY-MM-DD or ""
    var to = form.elements.to.value;
    var visible = 0;
    days.forEach(function (day) {
      var inRange = (!from || day.end >= from) && (!to || day.start <= to);
      var any = false;
      day.entries.forEach(function (entry) {
        var ok = inRange &&
          entry.sources.some(function (s) { return chosen[s]; }) &&
          terms.every(function (t) { return entry.text.indexOf(t) !== -1; });
        entry.node.hidden = !ok;
        if (ok) { any = true; visible += 1; }
      });
      day.node.hidden = !any;
    });
    if (shown) {
      shown.textContent = visible === total ? "" : "يظهر " + visible + " من " + total;
    }
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
}());
