// Text size and contrast forms: with JavaScript each change applies at once
// and is saved in the same cookie the server sets. Without JavaScript the
// forms post to /preferences/. Uses window.hubDisplay from early.js.
const display = window.hubDisplay;
const forms = document.querySelectorAll("[data-hub-preferences]");

function show(choice) {
  const size = choice ? choice.size : "standard";
  const contrast = choice ? choice.contrast : "standard";
  for (const form of forms) {
    for (const input of form.querySelectorAll("input[type=radio]")) {
      input.checked = input.value === (input.name === "size" ? size : contrast);
    }
  }
}

function choose(choice, form, message) {
  display.save(choice);
  display.apply(choice);
  show(choice);
  form.querySelector("[data-hub-preferences-status]").textContent = form.dataset[message];
}

for (const form of forms) {
  form.addEventListener("change", () => {
    const size = form.elements.size.value;
    const contrast = form.elements.contrast.value;
    if (size && contrast) {
      choose({ size, contrast }, form, "savedMessage");
    }
  });
  form.addEventListener("submit", (event) => {
    // The form in the header returns to this page: no need to reload it.
    // The /preferences/ page posts as usual and the server returns the visitor.
    if (form.elements.next.value !== location.pathname + location.search) {
      return;
    }
    event.preventDefault();
    if (event.submitter && event.submitter.name === "reset") {
      choose(null, form, "resetMessage");
    } else {
      choose({ size: form.elements.size.value, contrast: form.elements.contrast.value }, form, "savedMessage");
    }
  });
}
