"""The editor's Checks panel, in Chromium: real numbers for a post, and no issue the site's own templates cause.

The panel reads the preview (framed by the admin), so a blank preview left it
at "–" and "Issues found 0"; the "You said, we did" block's labels were
paragraphs styled as headings, an axe issue editors cannot fix.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from hub.tests.admin_sign_in import sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-and-unusual-passphrase"
BODY = [
    (
        "rich_text",
        "<p>Our ward volunteers told us that days on the ward felt long and empty. "
        "We listened, and we asked them what would help.</p>"
        "<p>Together we planned a timetable of activities that people can join when they feel ready.</p>",
    ),
    (
        "you_said_we_did",
        {
            "heading": "You said, we did",
            "pairs": [
                {"you_said": "Days on the ward are boring.", "we_did": "We created activity assistant roles."},
                {"you_said": "Meetings start too early.", "we_did": "We moved them to the afternoon."},
            ],
        },
    ),
]


def test_checks_panel_counts_words_and_finds_no_issue_from_our_templates(browser_page, live_server, site_home):
    index = BlogIndexPageFactory(parent=site_home)
    post = BlogPageFactory(parent=index, slug="what-changed", title="What changed on the wards", body=BODY)
    post.save_revision().publish()
    get_user_model().objects.create_superuser("checker", "checker@example.org", PASSWORD)

    page = browser_page
    sign_in(page, live_server.url, "checker", PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")
    page.click('[data-side-panel-toggle="checks"]')

    words = page.locator("[data-content-word-count]")
    expect(words).to_have_text(re.compile(r"^\d+$"), timeout=30_000)
    assert int(words.inner_text()) >= 40
    expect(page.locator("[data-content-reading-time]")).to_have_text(re.compile(r"\d+ min"))
    expect(page.locator("[data-content-readability-score]")).not_to_have_text("-")
    # The plain-language section measured the same text, as English (hub/readability).
    expect(page.locator("[data-plain-language-language]")).to_have_text("Measured as English.")
    expect(page.locator("[data-plain-language-score]")).to_have_text(re.compile(r"^\d+(\.\d)? \("))
    # The accessibility checks ran on the same preview: nothing found.
    expect(page.locator("[data-content-checker-count]")).to_have_text("0")
    assert page.locator('[data-side-panel="checks"] [data-content-checker-row]').count() == 0
