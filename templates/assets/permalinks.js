/* On the index of a paginated timeline, a day permalink (#2016-12-08)
   leads to the month page that holds that day. */
(function () {
  "use strict";
  var data = document.getElementById("month-pages");
  var match = /^#(\d{4}-\d{2})/.exec(window.location.hash);
  if (!data || !match) { return; }
  var pages = JSON.parse(data.textContent);
  if (Object.prototype.hasOwnProperty.call(pages, match[1])) {
    window.location.replace(pages[match[1]] + window.location.hash);
  }
}());
