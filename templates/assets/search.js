/* The archive-wide search box: the build's Pagefind index (pagefind/), queried with the
   words folded as the index was (assets/fold.js). A result opens the entry on its own
   page. Pagefind loads its index over HTTP: opened from a file, the box stays hidden and
   a note says the pages need to be served (arabic-timeline serve); the page's own filter
   works either way. */
(function () {
  "use strict";
  var box = document.getElementById("archive-search");
  if (!box) { return; }
  box.hidden = false;
  if (!/^https?:$/.test(window.location.protocol)) {
    box.querySelector(".search-note").hidden = false;
    return;
  }
  var form = box.querySelector("form");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-results");
  var shown = 20;
  var engine = null;
  form.hidden = false;

  function load() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", document.baseURI).href).then(function (pf) {
        return pf.init().then(function () { return pf; });
      });
    }
    return engine;
  }

  // a result is a page; the entries found on it are its sub-results (heading: the day and
  // the start of the report as written; the anchor: the entry)
  function item(sub) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = sub.url.replace(/^\//, "");   // the pages sit side by side: relative to this one
    a.textContent = sub.title;
    li.appendChild(a);
    return li;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = window.arabicFold(form.elements.query.value.trim());
    list.textContent = "";
    if (!query) { status.textContent = ""; return; }
    status.textContent = "…";
    load().then(function (pf) { return pf.search(query); }).then(function (found) {
      return Promise.all(found.results.map(function (r) { return r.data(); })).then(function (pages) {
        var subs = [];
        pages.forEach(function (page) { subs = subs.concat(page.sub_results || []); });
        subs.slice(0, shown).forEach(function (sub) { list.appendChild(item(sub)); });
        status.textContent = subs.length ? ("النتائج: " + subs.length) : "لا نتائج";
      });
    }).catch(function () {
      status.textContent = "تعذّر تحميل فهرس البحث";
    });
  });
}());
