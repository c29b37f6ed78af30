// "Help right now": an optional ten-minute timer for riding out an urge. Without JavaScript the page is complete
// and the timer stays hidden. The time left is announced once a minute, not every second.
(function () {
  "use strict";
  var timer = document.querySelector("[data-now-timer]");
  if (!timer) {
    return;
  }

  var start = timer.querySelector("[data-timer-start]");
  var stop = timer.querySelector("[data-timer-stop]");
  var left = timer.querySelector("[data-timer-left]");
  var minutes = 10;
  var interval = null;
  var endsAt = 0;

  function show(text) {
    if (left.textContent !== text) {
      left.textContent = text;
    }
  }

  function tick() {
    var remaining = Math.ceil((endsAt - Date.now()) / 60000);
    if (remaining <= 0) {
      finish();
      show(left.getAttribute("data-done"));
      return;
    }
    show(left.getAttribute("data-left").replace("{0}", String(remaining)));
  }

  function finish() {
    window.clearInterval(interval);
    interval = null;
    start.hidden = false;
    stop.hidden = true;
  }

  start.addEventListener("click", function () {
    endsAt = Date.now() + minutes * 60000;
    start.hidden = true;
    stop.hidden = false;
    tick();
    interval = window.setInterval(tick, 1000);
    stop.focus();
  });

  stop.addEventListener("click", function () {
    finish();
    show("");
    start.focus();
  });

  timer.hidden = false;
}());
