// The Checks panel's plain-language section (hub/readability). Wagtail extracts the preview's
// text for its own metrics and announces it with "w-preview:content"; the server measures
// that text in the page's language and answers with the section's HTML.
document.addEventListener("w-preview:content", async (event) => {
  const section = document.querySelector("[data-plain-language-checks]");
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  if (!section || !token) {
    return;
  }
  const body = new FormData();
  body.append("csrfmiddlewaretoken", token.value);
  body.append("text", event.detail.content.innerText || "");
  body.append("language", event.detail.content.lang || "");
  body.append("page_type", section.dataset.pageType);
  const response = await fetch(section.dataset.url, { method: "POST", body, credentials: "same-origin" });
  if (response.ok) {
    section.querySelector("[data-plain-language-report]").innerHTML = await response.text();
  }
});
