/* On the index of a paginated timeline, a day permalink (#2016-12-08, #2016-12-08-3)
   leads to the page that holds that day: its month's, or in a month split into
   weeks or days, the day's own part. */
(function () {
  "use strict";
  var data = document.getElementById("month-pages");
  var match = /^#((\d{4}-\d{2})(-\d{2})?)/.exec(window.location.hash);
  if (!data || !match) { return; }
  var pages = JSON.parse(data.textContent);
  var has = function (key) { return Object.prototype.hasOwnProperty.call(pages, key); };
  var key = has(match[1]) ? match[1] : (has(match[2]) ? match[2] : null);
  if (key !== null) {
    window.location.replace(pages[key] + window.location.hash);
  }
}());
