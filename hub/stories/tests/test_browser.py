"""The public forms in a real browser: no JavaScript needed, no cookies, axe-clean, at 320 and 1280 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from hub.tests import screenshots

WIDTHS = (320, 1280)


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def assert_fits(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page.url} scrolls sideways at {width}px"


@pytest.mark.parametrize("width", WIDTHS)
def test_story_form_errors_and_thanks(browser_page, demo_server, demo_site, width):
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_server.url + "/share-your-story/")
    assert page.get_by_label("Your story").is_visible()
    assert_fits(page, width)
    assert_accessible(page)
    screenshots.save(page, f"story-form-{width}")

    page.get_by_role("button", name="Send my story").click()
    assert page.locator(".nhsuk-error-summary").is_visible()
    assert page.get_by_text("Tick the box to say you agree").first.is_visible()
    assert_fits(page, width)
    assert_accessible(page)
    screenshots.save(page, f"story-form-errors-{width}")

    page.get_by_label("Your story").fill("The peer support group helped me feel less alone.")
    page.get_by_label("Anonymously: without my name").check()
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Send my story").click()
    assert page.get_by_role("heading", name="Thank you for sharing your story").is_visible()
    assert_accessible(page)
    screenshots.save(page, f"story-form-thanks-{width}")
    assert page.context.cookies() == []


@pytest.mark.parametrize("width", WIDTHS)
def test_newsletter_and_page_feedback(browser_page, demo_server, demo_site, width):
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_server.url + "/about-co-production/")
    assert_accessible(page)
    footer = page.locator("footer")
    footer.get_by_label("Email address").fill("not an email")
    footer.get_by_role("button", name="Sign up").click()
    assert page.get_by_text("Enter an email address in the correct format").first.is_visible()
    assert_fits(page, width)
    assert_accessible(page)
    screenshots.save(page, f"newsletter-errors-{width}")

    page.goto(demo_server.url + "/about-co-production/")
    page.get_by_role("button", name="No this page was not useful").click()
    # The thank-you takes the question's place on the page; a link leads to the comment box.
    expect(page.get_by_role("heading", name="Thank you for your feedback")).to_be_focused()
    assert page.url == demo_server.url + "/about-co-production/"
    page.get_by_role("link", name="Tell us more about this page (optional)").click()
    assert_fits(page, width)
    assert_accessible(page)
    screenshots.save(page, f"feedback-comment-{width}")
    page.get_by_label("How could we make this page better?").fill("More about payments, please.")
    page.get_by_role("button", name="Send comment").click()
    assert page.get_by_text("We have your comment").is_visible()
    assert page.context.cookies() == []
