// The get-involved listing. The filter form submits to "#results", so without
// JavaScript the browser jumps to the results heading; here focus moves to it
// too, so a screen reader announces how many roles match.
const filters = document.querySelector("[data-hub-role-filters]");
const results = document.getElementById("results");

// Beside the results (wider screens) the filters stay open; on a phone they
// stay folded away so the results are not a long scroll below them.
if (filters && window.matchMedia("(min-width: 48.0625em)").matches) {
  filters.open = true;
}
if (results && window.location.hash === "#results") {
  results.focus();
}
