// Runs as the first thing in <body>, before anything is painted.
// Marks the page as able to run NHS.UK frontend's JavaScript, and applies the
// visitor's text size and contrast choice (even to a page that came from a
// cache made for someone else), so the page never flashes the wrong colours.
// The cookie format is kept in step with hub/accessibility/preferences.py.
(function () {
  if ("noModule" in HTMLScriptElement.prototype) {
    document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
  }

  var COOKIE = "hub_display";
  var SIZES = ["standard", "large", "largest"];
  var CONTRASTS = ["standard", "high", "dark", "yellow"];
  var ONE_YEAR = 60 * 60 * 24 * 365;

  function read() {
    var match = document.cookie.match(/(?:^|;\s*)hub_display=([a-z]+)\.([a-z]+)(?:;|$)/);
    if (match && SIZES.indexOf(match[1]) !== -1 && CONTRASTS.indexOf(match[2]) !== -1) {
      return { size: match[1], contrast: match[2] };
    }
    return null;
  }

  function save(choice) {
    var secure = location.protocol === "https:" ? "; Secure" : "";
    var value = choice ? choice.size + "." + choice.contrast + "; Max-Age=" + ONE_YEAR : "; Max-Age=0";
    document.cookie = COOKIE + "=" + value + "; Path=/; SameSite=Lax" + secure;
  }

  // choice is null for "no choice": standard size, colours from the device settings.
  function apply(choice) {
    var root = document.documentElement;
    var kept = root.className.split(/\s+/).filter(function (name) {
      return !/^hub-(text|contrast)-/.test(name);
    });
    if (choice) {
      kept.push("hub-text-" + choice.size, "hub-contrast-" + choice.contrast);
    }
    root.className = kept.join(" ");
    var sheets = document.querySelectorAll("link[data-hub-contrast]");
    for (var i = 0; i < sheets.length; i++) {
      var sheet = sheets[i];
      if (!choice) {
        sheet.media = sheet.getAttribute("data-auto-media");
      } else {
        var used = sheet.getAttribute("data-hub-contrast").split(" ");
        sheet.media = used.indexOf(choice.contrast) !== -1 ? "all" : "not all";
      }
    }
  }

  window.hubDisplay = { read: read, save: save, apply: apply };
  apply(read());
})();
