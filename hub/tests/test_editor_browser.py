"""End to end through the real admin, in Chromium: what each editors' group does in a day.

A champion writes, Communications approve, visitors see the result; a champion
trying to open settings or people's expressions of interest is turned away.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.models import BlogIndexPage, BlogPage
from hub.tests import screenshots
from hub.tests.admin_sign_in import sign_in
from opportunities.models import OpportunityIndexPage, OpportunityPage

# The editors' groups come from a migration: keep them between live-server tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-and-unusual-passphrase"


def _log_in(browser, live_server, username):
    user = get_user_model().objects.get(username=username)
    user.set_password(PASSWORD)
    user.save()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, live_server.url, username, PASSWORD)
    return page


def _rich_text(page, field, text):
    """Type into a Draftail field and wait until Draftail has copied the text into the form."""
    editor = page.locator(f'.w-field__input:has(#id_{field}) [contenteditable="true"]')
    editor.click()
    expect(editor).to_be_focused()
    editor.press_sequentially(text)
    expect(editor).to_contain_text(text)
    page.locator("#id_title").focus()  # Draftail saves its value into the form on blur
    expect(page.locator(f"#id_{field}")).to_have_value(re.compile(re.escape(text)))


def _submit_for_review(page):
    """Submit the page and wait for Wagtail's answer, so the database is read after the save.

    On a validation error the message names it, and the assertion shows it.
    """
    page.locator(".w-dropdown-button").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Submit to Co-production review").click()
    refused = page.eval_on_selector_all(
        ".w-field--error", "fields => fields.map(f => `${f.dataset.contentpath}: ${f.innerText.trim()}`)"
    )
    assert refused == [], f"the admin refused the page: {refused}"
    expect(page.locator(".messages")).to_contain_text("submitted for moderation")


def _approve(page, live_server, title):
    page.goto(live_server.url + "/admin/")
    row = page.locator("tr").filter(has_text=title)
    row.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()


def _refused(page, live_server, path):
    page.goto(live_server.url + path)
    assert page.url == live_server.url + "/admin/", f"{path} was not refused"
    assert "Sorry, you do not have permission to access this area." in page.content()


def test_champion_writes_a_role_communications_approve_it_and_visitors_find_it(
    browser_page, chromium, live_server, fresh_demo_site
):
    index = OpportunityIndexPage.objects.get(locale__language_code="en")
    champion = _log_in(chromium, live_server, "champion")
    try:
        champion.goto(f"{live_server.url}/admin/pages/add/opportunities/opportunitypage/{index.pk}/")
        champion.fill("#id_title", "Garden volunteer")
        champion.fill("#id_summary", "Help patients grow vegetables in the hospital garden.")
        champion.select_option("#id_kind", "volunteering")
        champion.select_option("#id_audience", "anyone")
        champion.select_option("#id_time_commitment", "weekly")
        champion.select_option("#id_setting", "community")
        champion.select_option("#id_ladder_rung", "engaging")
        _rich_text(champion, "what_you_do", "Plant, water and talk with people in the garden.")
        champion.fill("#id_time_details", "Two hours on Wednesday mornings")
        champion.select_option("#id_payment", "expenses")
        _rich_text(champion, "support", "A named buddy and a short induction.")
        _rich_text(champion, "who_it_suits", "Anyone who likes being outdoors.")
        champion.fill("#id_closing_date", "2099-01-31")
        champion.keyboard.press("Escape")
        champion.fill("#id_contact_team", "Volunteering team")
        champion.fill("#id_contact_email", "volunteering@riverside.example")
        _submit_for_review(champion)
        screenshots.save(champion, "editor-champion-role-submitted")
        role = OpportunityPage.objects.get(title="Garden volunteer", locale__language_code="en")
        assert not role.live
        assert str(role.closing_date) == "2099-01-31"
        assert role.current_workflow_state is not None

        _refused(champion, live_server, "/admin/settings/hub/sitebanner/1/")
        _refused(champion, live_server, "/admin/expressions_of_interest/")
    finally:
        champion.context.close()

    comms = _log_in(chromium, live_server, "comms")
    try:
        _approve(comms, live_server, "Garden volunteer")
        screenshots.save(comms, "editor-comms-approved")
    finally:
        comms.context.close()
    role.refresh_from_db()
    assert role.live

    visitor = browser_page
    visitor.goto(live_server.url + "/get-involved/?kind=volunteering&setting=community")
    assert visitor.get_by_role("link", name="Garden volunteer").count() == 1
    visitor.goto(live_server.url + "/get-involved/?kind=paid-job")
    assert visitor.get_by_role("link", name="Garden volunteer").count() == 0
    assert re.search(r"Garden volunteer", visitor.content()) is None


def _add_block(page, label):
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=re.compile(rf"^{label}\b", re.IGNORECASE)).first.click()


def test_champion_writes_a_post_with_an_image_and_two_blocks_and_communications_publish_it(
    browser_page, chromium, live_server, fresh_demo_site
):
    news = BlogIndexPage.objects.get(locale__language_code="en")
    champion = _log_in(chromium, live_server, "champion")
    try:
        champion.goto(f"{live_server.url}/admin/pages/add/blog/blogpage/{news.pk}/")
        champion.fill("#id_title", "Garden opens on Ward 3")
        champion.fill("#id_summary", "Patients and volunteers opened a new garden together.")

        champion.get_by_role("button", name="Choose an image").click()
        chooser = champion.locator(".modal-dialog")
        chooser.locator("a.image-choice, .image-choice a, [data-chooser-modal-choice]").first.click()
        champion.wait_for_selector("#id_hero_image[value]:not([value=''])", state="attached")

        _add_block(champion, "Heading")
        champion.locator("input[name='body-0-value-text']").fill("What we grew")
        _add_block(champion, "text")
        editor = champion.locator('[data-contentpath="body"] [contenteditable="true"]').last
        editor.click()
        editor.press_sequentially("Tomatoes, beans and a lot of confidence.")
        expect(editor).to_contain_text("Tomatoes, beans and a lot of confidence.")
        champion.locator("#id_title").click()  # Draftail saves its value into the form on blur
        expect(champion.locator('input[name="body-1-value"]')).to_have_value(re.compile("Tomatoes"))

        _submit_for_review(champion)
        screenshots.save(champion, "editor-champion-post-submitted")
        post = BlogPage.objects.get(title="Garden opens on Ward 3", locale__language_code="en")
        assert not post.live
        assert post.hero_image_id is not None
        body = post.get_latest_revision_as_object().body
        assert [block.block_type for block in body] == ["heading", "rich_text"]
        assert "Tomatoes, beans" in body[1].value.source
    finally:
        champion.context.close()

    comms = _log_in(chromium, live_server, "comms")
    try:
        _approve(comms, live_server, "Garden opens on Ward 3")
    finally:
        comms.context.close()
    post.refresh_from_db()
    assert post.live

    visitor = browser_page
    visitor.goto(live_server.url + "/news/")
    assert visitor.get_by_role("link", name="Garden opens on Ward 3").count() >= 1
    visitor.goto(live_server.url + "/")
    assert visitor.get_by_role("link", name="Garden opens on Ward 3").count() >= 1
    visitor.goto(live_server.url + post.url)
    assert visitor.locator("h2", has_text="What we grew").count() == 1
    assert "Tomatoes, beans and a lot of confidence." in visitor.content()
    screenshots.save(visitor, "editor-post-live")
