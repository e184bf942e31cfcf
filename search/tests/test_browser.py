"""The search page in a real browser: works without JavaScript, no axe violations, screenshots."""

import re

from axe_playwright_python.sync_playwright import Axe

from hub.tests import screenshots

PAGES = {
    "search-results": "/search/?q=co-production",
    "search-no-results": "/search/?q=accesibility+statment",
    "search-filtered": "/search/?q=accessibility&type=page",
}


def search_from_the_header_without_javascript(chromium, base_url):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + "/")
    page.get_by_label("Search this site").fill("co-production")
    page.get_by_label("Search this site").press("Enter")

    page.wait_for_url("**/search/?q=co-production")
    status = page.locator("#maincontent").get_by_role("status").inner_text()
    assert re.fullmatch(r"[1-9][0-9]* results? for “co-production”", status), status
    recommended = page.locator(".hub-search-result--recommended")
    assert recommended.get_by_role("link").inner_text() == "What co-production means here"

    page.goto(base_url + "/search/?q=accesibility+statment")
    page.get_by_role("main").get_by_role("link", name="accessibility statement").click()
    page.wait_for_url("**/search/?q=accessibility+statement")
    assert page.get_by_role("status").inner_text() == "1 result for “accessibility statement”"
    context.close()


def test_search_page_in_a_browser(chromium, browser_page, demo_server, demo_site):
    search_from_the_header_without_javascript(chromium, demo_server.url)

    page = browser_page
    for name, path in PAGES.items():
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(demo_server.url + path)
            violations = Axe().run(page).response["violations"]
            assert violations == [], f"{path} at {width}px: {[violation['id'] for violation in violations]}"
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{path} scrolls sideways at {width}px ({scroll_width}px wide)"
            screenshots.save(page, f"{name}-{width}")
    # Each "Show" choice keeps its word whole: every label is one line tall (page left at 1280 px).
    for label in page.locator(".nhsuk-radios--inline .nhsuk-radios__label").all():
        lines = label.evaluate(
            "l => { const s = getComputedStyle(l);"
            " return Math.round((l.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom))"
            " / parseFloat(s.lineHeight)); }"
        )
        assert lines == 1, f"the label {label.inner_text()!r} wraps onto {lines} lines"
