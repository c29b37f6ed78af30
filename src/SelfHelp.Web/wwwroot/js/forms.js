// Forms that must not lose what someone typed. Without JavaScript every button saves anyway; with it:
// - leaving the page with unsaved changes asks first (except the quick exit, which leaves at once: ADR 0004);
// - a box near its limit says how much room is left, and one over it says so (nothing is ever cut).
(function () {
  "use strict";

  var forms = document.querySelectorAll("form[data-unsaved-warning]");
  var dirty = false;
  var leaving = false;

  function markDirty() { dirty = true; }

  forms.forEach(function (form) {
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    form.addEventListener("submit", function () { leaving = true; });
  });

  // The quick exit announces itself before it navigates away.
  document.addEventListener("selfhelp:quick-exit", function () { leaving = true; });

  window.addEventListener("beforeunload", function (event) {
    if (dirty && !leaving && forms.length > 0) {
      event.preventDefault();
      event.returnValue = forms[0].getAttribute("data-unsaved-warning");
      return event.returnValue;
    }
    return undefined;
  });

  // Coming back with the Back button restores the page from cache: it starts clean again.
  window.addEventListener("pageshow", function () { leaving = false; });

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (_, index) {
      return Number(values[Number(index)]).toLocaleString(document.documentElement.lang || undefined);
    });
  }

  document.querySelectorAll("[data-limit]").forEach(function (field) {
    var limit = Number(field.getAttribute("data-limit"));
    var note = field.getAttribute("aria-describedby") &&
      field.getAttribute("aria-describedby").split(" ").map(function (id) { return document.getElementById(id); })
        .filter(function (element) { return element && element.hasAttribute("data-near"); })[0];
    if (!note || !limit) {
      return;
    }

    var quiet = note.textContent;
    var stage = "";
    function update() {
      var length = field.value.length;
      var next = length > limit ? "over" : length >= limit * 0.8 ? "near" : "";
      if (next === "") {
        note.textContent = quiet;
      } else if (next === "over") {
        note.textContent = format(note.getAttribute("data-over"), [length - limit, limit]);
      } else {
        note.textContent = format(note.getAttribute("data-near"), [length, limit]);
      }
      note.classList.toggle("field__limit--over", next === "over");
      // Announced only when it changes stage, not at every key press.
      note.setAttribute("aria-live", next !== stage ? "polite" : "off");
      stage = next;
    }
    field.addEventListener("input", update);
    update();
  });
})();
