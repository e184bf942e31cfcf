// Site behaviour, loaded as a module after the page is parsed.
import { initAll } from "../../wagtailnhsukfrontend/js/nhsuk-frontend-10.4.2.min.js";
import "./preferences.js";
import "./feedback.js";

initAll();

// Videos: nothing loads from the provider until the visitor presses Play.
for (const figure of document.querySelectorAll("[data-hub-video]")) {
  const button = figure.querySelector(".hub-video__play");
  button.hidden = false;
  button.addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.src = figure.dataset.embedUrl;
    frame.title = figure.dataset.title;
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.className = "hub-video__frame";
    button.parentElement.replaceWith(frame);
    frame.focus();
  });
}
