/* Arabic folding for the page's filter and the archive search: the table is the build's
   own (display data, [web_fold]), embedded in the page, so a query is folded exactly as
   the search index was. Sets window.arabicFold(text). */
(function () {
  "use strict";
  var data = document.getElementById("fold-table");
  var table = data ? JSON.parse(data.textContent) : { drop: "", replace: {} };
  var escape = function (s) { return s.replace(/[\\\]\[^-]/g, "\\$&"); };
  var drop = table.drop ? new RegExp("[" + table.drop + "]", "g") : null;
  var replace = Object.keys(table.replace).map(function (target) {
    return [new RegExp("[" + escape(table.replace[target]) + "]", "g"), target];
  });
  window.arabicFold = function (text) {
    var out = drop ? text.replace(drop, "") : text;
    replace.forEach(function (pair) { out = out.replace(pair[0], pair[1]); });
    return out.toLowerCase();
  };
}());
