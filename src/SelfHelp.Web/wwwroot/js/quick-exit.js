// Quick exit: without JavaScript the button is a plain link to a neutral site. With it, the page is hidden
// at once and replaced (so Back does not return here), and pressing Shift three times does the same.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }

  var status = document.querySelector("[data-quick-exit-status]");

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("is-exiting");
    // Pages that would ask before losing unsaved text let the quick exit go at once.
    document.dispatchEvent(new CustomEvent("selfhelp:quick-exit"));
    if (status) {
      status.textContent = status.getAttribute("data-quick-exit-status");
    }
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);

  var presses = 0;
  var timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 1000);
    if (presses >= 3) {
      leave();
    }
  });
})();
