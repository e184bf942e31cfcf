// The preview panel's error banner names the fields to fix (hub/editors/required_fields.py).
document.addEventListener("w-preview:json", (event) => {
  const details = document.querySelector("#w-preview-error-banner .w-preview__error-details");
  if (!details) {
    return;
  }
  if (details.dataset.wagtailText === undefined) {
    details.dataset.wagtailText = details.textContent;
  }
  details.textContent = event.detail.data.problems || details.dataset.wagtailText;
});
