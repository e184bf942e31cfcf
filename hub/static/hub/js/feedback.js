// "Was this page useful?": with JavaScript the answer is sent in the
// background and the thank-you replaces the question, with focus on it.
// The server's answer is the page itself with the thank-you in place (the
// no-JavaScript path), so both show the same words.
for (const section of document.querySelectorAll("[data-hub-feedback]")) {
  const form = section.querySelector("form");
  if (!form) {
    continue;
  }
  form.addEventListener("submit", async (event) => {
    if (form.dataset.sent) {
      return;
    }
    event.preventDefault();
    const answer = document.createElement("input");
    answer.type = "hidden";
    answer.name = "useful";
    answer.value = event.submitter ? event.submitter.value : "";
    form.append(answer);
    const thanks = await fetch(form.action, { method: "POST", body: new FormData(form) })
      .then(async (response) => (response.ok ? response.text() : ""))
      .then((html) => new DOMParser().parseFromString(html, "text/html").querySelector("[data-hub-feedback]"))
      .catch(() => null);
    if (!thanks || thanks.querySelector("form")) {
      // Refused (an expired form, too many answers) or offline: nothing was
      // stored, so post as the browser would and show the server's page.
      form.dataset.sent = "yes";
      form.requestSubmit();
      return;
    }
    section.replaceWith(thanks);
    thanks.querySelector("h2").focus();
  });
}
