// Suggestions as you type: an enhancement only. Without this file every
// search box works the same, just without the list. The list is a native
// <datalist>, so keyboard use and screen readers work as the browser does.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[data-suggest]");
  Array.prototype.forEach.call(boxes, function (input, i) {
    var list = document.createElement("datalist");
    list.id = "suggest-" + i;
    input.parentNode.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null, last = "", ctrl = null;

    // complete puts a suggestion in place of the word being typed, unless
    // the suggestion already continues the whole box.
    function complete(value, s) {
      if (s.toLowerCase().indexOf(value.toLowerCase()) === 0) { return s; }
      var cut = value.lastIndexOf(" ");
      return cut < 0 ? s : value.slice(0, cut + 1) + s;
    }

    function fetchSuggestions() {
      var value = input.value;
      var word = value.slice(value.lastIndexOf(" ") + 1);
      if (word.length < 2 || value === last) { return; }
      last = value;
      if (ctrl) { ctrl.abort(); }
      ctrl = new AbortController();
      fetch("/api/v1/suggest?size=8&q=" + encodeURIComponent(word), { signal: ctrl.signal })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = "";
          (data.suggestions || []).forEach(function (s) {
            var opt = document.createElement("option");
            opt.value = complete(value, s);
            list.appendChild(opt);
          });
        })
        .catch(function () { /* a lost suggestion is no error */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
  });
})();
