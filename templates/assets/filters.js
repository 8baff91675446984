/* Filters for the timeline page: by source, country, place, keyword and date range.
   Plain JavaScript, no server, no library. Without it the page shows
   everything (the form stays hidden).

   A filter also redraws the chart (each column's entries and figures, from
   the entries left visible), its data table, the counts in the header and the
   number of days. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var map = function (list, fn) { return Array.prototype.map.call(list, fn); };

  // Arabic folding for keyword search (diacritics, tatweel, hamza forms, ta marbuta, alef
  // maqsura): assets/fold.js, from the build's table, the same the archive search uses
  var fold = window.arabicFold;

  // An entry's figures, {kind: count}: from data-figures ("killed:24 injured:3") where the page
  // has it, else from its list: the lowest count of a disputed figure, else the reports' count.
  // (A vague count, «عشرات», has no digits there: it counts 0 in a filtered column.)
  function firstNumber(text) {
    var m = /\d+/.exec(text || "");
    return m ? parseInt(m[0], 10) : NaN;
  }
  function figuresOf(entry) {
    var out = {};
    var attr = entry.getAttribute("data-figures");
    if (attr !== null) {
      attr.split(/\s+/).filter(Boolean).forEach(function (pair) {
        var parts = pair.split(":");
        out[parts[0]] = (out[parts[0]] || 0) + (parseInt(parts[1], 10) || 0);
      });
      return out;
    }
    each(entry.querySelectorAll("li.figure"), function (li) {
      var kind = null;
      each(li.classList, function (c) { if (c !== "figure" && c !== "disputed") { kind = c; } });
      if (!kind || kind === "running") { return; }
      var dispute = li.querySelector(".dispute");
      var count;
      if (dispute) {
        var numbers = (dispute.textContent.match(/\d+/g) || []);
        count = numbers.length ? parseInt(numbers[numbers.length - 1], 10) : NaN;
      } else {
        count = Math.min.apply(null, map(li.querySelectorAll(".report"), function (r) {
          var n = firstNumber(r.textContent);
          return isNaN(n) ? Infinity : n;
        }));
      }
      if (isFinite(count)) { out[kind] = (out[kind] || 0) + count; }
    });
    return out;
  }

  var days = map(document.querySelectorAll("section.day"), function (day) {
    return {
      node: day,
      start: day.getAttribute("data-start"),
      end: day.getAttribute("data-end"),
      entries: map(day.querySelectorAll("article.entry"), function (entry) {
        return {
          node: entry,
          sources: (entry.getAttribute("data-sources") || "").split(" "),
          place: entry.getAttribute("data-place") || "",
          country: entry.getAttribute("data-country") || "",
          text: fold(entry.textContent),
          figures: figuresOf(entry)
        };
      })
    };
  });
  var total = days.reduce(function (n, d) { return n + d.entries.length; }, 0);
  var shown = form.querySelector("output.shown");

  // The chart's columns: each bar, value and table cell by column and row. A column
  // covers the days from its data-start to its data-end (one day, a week or a month).
  var columns = {};
  function column(node) {
    var key = node.getAttribute("data-col");
    if (!columns[key]) {
      var start = node.getAttribute("data-start"), end = node.getAttribute("data-end");
      columns[key] = {
        bars: {}, values: {}, cells: {},
        days: days.filter(function (d) { return d.start === d.end && d.start >= start && d.start <= end; })
      };
    }
    return columns[key];
  }
  each(document.querySelectorAll("svg.chart rect.bar[data-col]"), function (n) {
    column(n).bars[n.getAttribute("data-row")] = n;
  });
  each(document.querySelectorAll("svg.chart text.value[data-col]"), function (n) {
    column(n).values[n.getAttribute("data-row")] = n;
  });
  each(document.querySelectorAll("table.chart-table tr[data-col]"), function (tr) {
    each(tr.querySelectorAll("td[data-row]"), function (td) { column(tr).cells[td.getAttribute("data-row")] = td; });
  });

  function drawBar(bar, value) {
    var scale = parseFloat(bar.getAttribute("data-scale"));
    if (bar.hasAttribute("data-edge")) {          // the strip of a short period: horizontal bars
      var w = value * scale;
      bar.setAttribute("x", (parseFloat(bar.getAttribute("data-edge")) - w).toFixed(1));
      bar.setAttribute("width", w.toFixed(1));
      return parseFloat(bar.getAttribute("x"));
    }
    var h = value ? Math.max(2, value * scale) : 0;
    var base = parseFloat(bar.getAttribute("data-base"));
    bar.setAttribute("y", (base - h).toFixed(1));
    bar.setAttribute("height", h.toFixed(1));
    return base - h;
  }

  function redrawChart() {
    Object.keys(columns).forEach(function (key) {
      var col = columns[key];
      var counts = {entries: 0}, all = true;
      col.days.forEach(function (day) {
        day.entries.forEach(function (entry) {
          if (entry.node.hidden) { all = false; return; }
          counts.entries += 1;
          Object.keys(entry.figures).forEach(function (kind) {
            counts[kind] = (counts[kind] || 0) + entry.figures[kind];
          });
        });
      });
      var rows = {};
      [col.bars, col.values, col.cells].forEach(function (o) { Object.keys(o).forEach(function (r) { rows[r] = true; }); });
      Object.keys(rows).forEach(function (row) {
        var bar = col.bars[row], value = col.values[row], cell = col.cells[row];
        var original = parseInt((bar || cell).getAttribute("data-value"), 10) || 0;
        // every entry shown: the build's own number (it also counts vague figures)
        var n = all ? original : Math.min(original, counts[row] || 0);
        if (bar) {
          var edge = drawBar(bar, n);
          var title = bar.querySelector("title");
          if (title) { title.textContent = title.textContent.replace(/\d+$/, String(n)); }
          if (value) {
            value.textContent = n ? String(n) : "";
            if (bar.hasAttribute("data-edge")) { value.setAttribute("x", (edge - 4).toFixed(1)); }
            else { value.setAttribute("y", (edge - 3).toFixed(1)); }
          }
        }
        if (cell) { cell.textContent = String(n); }
      });
    });
  }

  // A count in words, as the build wrote it: the noun's form for the number's class
  // (the forms were written for 0, 1, 2, 3, 11 and 100).
  var SAMPLES = {few: "3", many: "11", hundred: "100"};
  function pluralForm(n) {
    if (n === 0) { return "zero"; }
    if (n === 1) { return "one"; }
    if (n === 2) { return "two"; }
    var tail = n % 100;
    if (tail >= 3 && tail <= 10) { return "few"; }
    if (tail >= 11 && tail <= 99) { return "many"; }
    return "hundred";
  }
  function setCount(selector, n) {
    each(document.querySelectorAll(selector), function (node) {
      var forms = JSON.parse(node.getAttribute("data-forms") || "{}");
      var cls = pluralForm(n), form = forms[cls];
      if (form === undefined) { node.textContent = String(n); return; }
      node.textContent = SAMPLES[cls] ? form.replace(SAMPLES[cls], String(n)) : form;
    });
  }

  function chosenSources() {
    var chosen = {};
    each(form.querySelectorAll("input[name=source]"), function (box) {
      if (box.checked) { chosen[box.value] = true; }
    });
    return chosen;
  }

  function apply() {
    var chosen = chosenSources();
    var terms = fold(form.elements.q.value).split(/\s+/).filter(Boolean);
    var from = form.elements.from.value;   // YYYY-MM-DD or ""
    var to = form.elements.to.value;
    // by country and by place (PLACE-SPEC event places): "" is every one
    var country = form.elements.country ? form.elements.country.value : "";
    var place = form.elements.place ? form.elements.place.value : "";
    var visible = 0, visibleDays = 0;
    days.forEach(function (day) {
      var inRange = (!from || day.end >= from) && (!to || day.start <= to);
      var any = false;
      day.entries.forEach(function (entry) {
        var ok = inRange &&
          entry.sources.some(function (s) { return chosen[s]; }) &&
          (!country || entry.country === country) && (!place || entry.place === place) &&
          terms.every(function (t) { return entry.text.indexOf(t) !== -1; });
        entry.node.hidden = !ok;
        if (ok) { any = true; visible += 1; }
      });
      day.node.hidden = !any;
      if (any) { visibleDays += 1; }
    });
    if (shown) {
      shown.textContent = visible === total ? "" : "يظهر " + visible + " من " + total;
    }
    setCount(".shown-entries", visible);
    setCount(".shown-days", visibleDays);
    each(document.querySelectorAll(".days-count"), function (node) { node.textContent = String(visibleDays); });
    redrawChart();
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
}());
