"""Each editors' group's main tasks, in Chromium through the real admin, with no console errors.

One test per group, on the session's demo server (``demo_server``). Every
test fails on any error the browser console reports (policy violations
included) and on any request the admin's own scripts make that answers with
an error (an autosave answering 400, for one), on the admin screens and on
the public pages the group looks at. The NHS typeface is answered locally:
the test machine has no internet, and a font that cannot be fetched is not
the site's fault.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import DEFAULT_DB_ALIAS, connections
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Page

from hub.tests.admin_sign_in import sign_in
from opportunities.models import OpportunityPage

PASSWORD = "a-long-and-unusual-passphrase"
NHS_FONTS = "https://assets.nhs.uk/fonts/**"


def _set_password(username):
    """Give a demo editor a known password where the live server can read it (see ``conftest.demo_server``)."""
    hashed = make_password(PASSWORD)
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor == "sqlite":
        get_user_model().objects.filter(username=username).update(password=hashed)
        return
    own = connection.__class__({**connection.settings_dict}, DEFAULT_DB_ALIAS)
    try:
        with own.cursor() as cursor:
            table = get_user_model()._meta.db_table
            cursor.execute(f"UPDATE {table} SET password = %s WHERE username = %s", [hashed, username])  # noqa: S608
    finally:
        own.close()


class Session:
    """A signed-in editor's browser tab that notes every console error and failed admin request."""

    def __init__(self, chromium, server, username):
        self.server = server
        self.context = chromium.new_context(viewport={"width": 1280, "height": 900})
        self.context.route(NHS_FONTS, lambda route: route.fulfill(status=204))
        self.page = self.context.new_page()
        self.problems = []
        self.page.on("console", self._console)
        self.page.on("response", self._response)
        _set_password(username)
        sign_in(self.page, server.url, username, PASSWORD)

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"{self.page.url}: {message.text}")

    def _response(self, response):
        request = response.request
        if response.status >= 400 and request.resource_type in ("xhr", "fetch"):
            self.problems.append(f"{request.method} {response.url} answered {response.status}")

    def go(self, path):
        self.page.goto(self.server.url + path)
        return self.page

    def close(self):
        self.context.close()
        assert self.problems == [], self.problems


@pytest.fixture
def session(chromium, demo_server):
    sessions = []

    def open_session(username):
        sessions.append(Session(chromium, demo_server, username))
        return sessions[-1]

    yield open_session
    for opened in sessions:
        opened.close()


def test_a_champion_edits_a_post_with_autosave_and_meets_no_errors(session, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 500
    champion = session("champion")
    page = champion.page
    expect(page.get_by_role("region", name="Getting started")).to_contain_text("Write a news post")
    news = Page.objects.get(depth=3, locale__language_code="en", slug="news")
    listing = champion.go(f"/admin/pages/{news.pk}/")
    listing.locator("[data-bulk-action-checkbox]").nth(1).check()
    bar = listing.locator(".bulk-actions-buttons")
    for refused in ("Publish", "Unpublish", "Delete", "Move"):
        expect(bar.get_by_role("link", name=refused, exact=True)).to_have_count(0)

    # A post nobody has submitted for review: one waiting for review is locked to its author.
    post = next(post for post in news.get_children().live().specific() if not post.workflow_in_progress)
    # Wagtail notes the form as loaded about two seconds after it appears (on a
    # loaded machine sometimes twice, seconds apart) and saves only what changes
    # after that: start once it says it is watching, and type slowly, so the
    # last keys come after its last look.
    champion.context.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { document.body.dataset.watchingEdits = 'yes'; });"
    )
    editor = champion.go(f"/admin/pages/{post.pk}/edit/")
    expect(editor.locator("body[data-watching-edits]")).to_have_count(1, timeout=30_000)
    with editor.expect_response(lambda response: response.request.method == "POST" and "/edit/" in response.url):
        editor.locator("#id_title").press("End")
        editor.locator("#id_title").press_sequentially(" (draft)", delay=750)
    champion.go(post.url)
    expect(champion.page.locator("h1")).to_be_visible()


def test_communications_preview_the_banner_and_add_an_editor_without_admin_choices(session):
    comms = session("comms")
    page = comms.go("/admin/settings/hub/sitebanner/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text("How the banner looks", timeout=20_000)

    add_user = comms.go(reverse("wagtailusers_users:add"))
    expect(add_user.locator("#id_is_superuser")).to_have_count(0)
    add_user.locator("#tab-label-roles").click()
    expect(add_user.get_by_label("Co-production champions")).to_be_visible()
    expect(add_user.get_by_label("Communications", exact=True)).to_have_count(0)
    comms.go(reverse("pages_due_for_review"))
    expect(comms.page.locator("h1")).to_contain_text("Pages due for review")
    comms.go("/")


def test_the_involvement_team_moves_a_case_on_and_sees_its_history(session):
    team = session("involvement")
    role = OpportunityPage.objects.filter(locale__language_code="en").live().first()
    # A visitor says they are interested, through the public form (the demo has no expressions of interest).
    form = team.go(role.url + "apply/")
    form.fill("[name=name]", "Robin Visitor")
    form.check("[name=contact_method][value=email]")
    form.fill("[name=email]", "robin@example.com")
    form.check("[name=consent]")
    with form.expect_navigation():
        form.get_by_role("button", name="Send").click()

    listing = team.go("/admin/expressions_of_interest/")
    expect(listing.get_by_role("link", name="Download CSV")).to_be_visible()
    expect(listing.get_by_role("link", name="Download Excel")).to_be_visible()
    listing.get_by_role("link", name="Robin Visitor").first.click()
    expect(listing.locator("main")).to_contain_text(role.title)
    listing.locator("#id_status").select_option("in-conversation")
    with listing.expect_navigation():
        listing.get_by_role("button", name="Save").click()
    listing.get_by_role("link", name="Robin Visitor").first.click()
    expect(listing.locator("main")).to_contain_text("set the status to 'In conversation'")

    roles = team.go("/admin/roles/")
    expect(roles.locator("table.listing")).to_contain_text("English")
    team.go(f"/admin/pages/{role.pk}/edit/")
    expect(team.page.locator("#id_title")).to_have_value(role.title)


def test_a_translation_reviewer_opens_a_polish_page_and_meets_no_errors(session):
    reviewer = session("reviewer")
    expect(reviewer.page.get_by_role("region", name="Getting started")).to_contain_text("Translate a page")
    polish = Page.objects.filter(locale__language_code="pl", depth__gt=2).live().first()
    editor = reviewer.go(f"/admin/pages/{polish.pk}/edit/")
    expect(editor.locator("main")).to_contain_text(re.compile(r"\w"))
    reviewer.go(polish.url)
