// Runs as the first thing in <body>, before anything is painted.
// Marks the page as able to run NHS.UK frontend's JavaScript.
(function () {
  if ("noModule" in HTMLScriptElement.prototype) {
    document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
  }
})();
