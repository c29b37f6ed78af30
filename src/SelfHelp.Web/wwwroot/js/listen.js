// Listen: reads the current step aloud with the browser's own speech synthesis (nothing leaves the
// device). The control stays hidden without JavaScript or without speech synthesis.
(function () {
  "use strict";
  var control = document.querySelector("[data-listen]");
  if (!control || !("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }

  var synth = window.speechSynthesis;
  var source = document.querySelector(control.getAttribute("data-listen"));
  var play = control.querySelector("[data-listen-play]");
  var pause = control.querySelector("[data-listen-pause]");
  var stop = control.querySelector("[data-listen-stop]");
  var status = control.querySelector("[data-listen-status]");
  if (!source || !play || !pause || !stop) {
    return;
  }

  var playLabel = play.textContent;
  var queue = [];
  var state = "stopped";

  // Headings, paragraphs and list items, in order; questions, buttons, hidden text and this control are skipped.
  // Long paragraphs are split into sentences, because some browsers stop long utterances part-way.
  function texts() {
    var parts = [];
    source.querySelectorAll("h1, h2, h3, h4, p, li").forEach(function (node) {
      if (node.closest(".form-block, .step-actions, .step-nav, [data-listen], .visually-hidden, [hidden], .caption") || node.querySelector("p, li")) {
        return;
      }
      var text = node.textContent.replace(/\s+/g, " ").trim();
      if (!text) {
        return;
      }
      (text.length > 200 ? text.match(/[^.!?]+[.!?]*\s*/g) : [text]).forEach(function (sentence) {
        if (sentence.trim()) {
          parts.push(sentence.trim());
        }
      });
    });
    return parts;
  }

  function show(next) {
    state = next;
    play.textContent = next === "paused" ? play.getAttribute("data-resume-label") : playLabel;
    play.disabled = next === "playing";
    pause.disabled = next !== "playing";
    stop.disabled = next === "stopped";
    if (status) {
      status.textContent = status.getAttribute("data-" + next);
    }
  }

  function speakNext() {
    if (state === "stopped") {
      return;
    }
    if (queue.length === 0) {
      show("stopped");
      return;
    }
    var utterance = new window.SpeechSynthesisUtterance(queue.shift());
    utterance.lang = document.documentElement.lang || "en";
    utterance.onend = speakNext;
    utterance.onerror = function () {
      show("stopped");
    };
    synth.speak(utterance);
  }

  play.addEventListener("click", function () {
    if (state === "paused") {
      synth.resume();
      show("playing");
      return;
    }
    synth.cancel();
    queue = texts();
    show("playing");
    speakNext();
  });

  pause.addEventListener("click", function () {
    synth.pause();
    show("paused");
  });

  stop.addEventListener("click", function () {
    queue = [];
    show("stopped");
    synth.cancel();
    play.focus();
  });

  // Leaving the page (including the quick exit) must never leave the voice talking.
  window.addEventListener("pagehide", function () {
    queue = [];
    state = "stopped";
    synth.cancel();
  });

  control.hidden = false;
})();
