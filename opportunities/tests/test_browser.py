"""In a real browser: from the home page to a sent expression of interest, by keyboard only, at 320px."""

from axe_playwright_python.sync_playwright import Axe

from hub.tests import screenshots
from opportunities.models import ExpressionOfInterest


def _tab_to(page, predicate, limit=120):
    """Press Tab until the focused element matches ``predicate`` (a JS function of the element)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({predicate})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element matching {predicate}")


def test_keyboard_only_from_home_to_a_sent_expression_of_interest(browser_page, demo_server, demo_site):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(demo_server.url + "/")

    _tab_to(page, "el => el.textContent.trim() === 'Patient Safety Partner'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/get-involved/patient-safety-partner/")

    _tab_to(page, 'el => el.textContent.trim() === "I\'m interested"')
    page.keyboard.press("Enter")
    page.wait_for_url("**/apply/")

    _tab_to(page, "el => el.name === 'name'")
    page.keyboard.type("Alex Keyboard")
    _tab_to(page, "el => el.name === 'contact_method'")
    page.keyboard.press("Space")  # chooses the first radio: email
    _tab_to(page, "el => el.name === 'email'")
    page.keyboard.type("alex@example.com")
    _tab_to(page, "el => el.name === 'consent'")
    page.keyboard.press("Space")
    _tab_to(page, "el => el.type === 'submit'")
    page.keyboard.press("Enter")

    page.wait_for_url("**/apply/sent/?copy=*")
    assert "we have your details" in page.locator("h1").inner_text()
    assert "What happens next" in page.content()
    # On PostgreSQL earlier browser tests' submissions are committed too: find this one by its name.
    interest = ExpressionOfInterest.objects.get(name="Alex Keyboard")
    assert (interest.name, interest.email, interest.role_title) == (
        "Alex Keyboard",
        "alex@example.com",
        "Patient Safety Partner",
    )


def _assert_accessible(page, name):
    results = Axe().run(page)
    assert results.violations_count == 0, f"{name}: {results.generate_report()}"


def test_screenshots_accessibility_and_no_sideways_scroll(browser_page, demo_server, demo_site):
    page = browser_page
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in (
            ("roles-index", "/get-involved/?setting=community"),
            ("role", "/get-involved/peer-support-worker/"),
            ("role-closed", "/get-involved/service-user-network-connector/"),
        ):
            page.goto(demo_server.url + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls at {width}px"
            _assert_accessible(page, name)
            screenshots.save(page, f"{name}-{width}")

        page.goto(demo_server.url + "/get-involved/peer-support-worker/apply/")
        page.get_by_role("button", name="Send").click()
        summary = page.locator(".nhsuk-error-summary")
        assert summary.is_visible()
        assert summary.evaluate("el => el === document.activeElement")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        _assert_accessible(page, "form with errors")
        screenshots.save(page, f"role-form-errors-{width}")


def _filter_by_caring(page, server_url):
    page.goto(server_url + "/get-involved/")
    heading_top = page.evaluate("document.getElementById('results').getBoundingClientRect().top + window.scrollY")
    page.locator(".hub-filters summary").click()
    page.get_by_label("Fits around caring or childcare").check()
    page.get_by_role("button", name="Show roles").click()
    page.wait_for_url("**/get-involved/?fits=caring#results")
    return heading_top


def test_filtering_on_a_phone_lands_on_the_results_heading_with_and_without_javascript(
    chromium, browser_page, demo_server, demo_site
):
    """At 320px the results are a screen away, not below every filter, and filtering lands on the count."""
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 568})
    heading_top = _filter_by_caring(page, demo_server.url)
    assert heading_top < 1000, f"the results start {heading_top}px down the page"
    heading = page.locator("#results")
    assert heading.inner_text() == "4 roles match your filters"
    assert heading.evaluate("el => el === document.activeElement")
    # The filters stay folded on a phone, so the first result follows the count.
    assert not page.locator(".hub-filters").evaluate("el => el.open")

    context = chromium.new_context(java_script_enabled=False, viewport={"width": 320, "height": 568})
    try:
        no_js = context.new_page()
        _filter_by_caring(no_js, demo_server.url)
        box = no_js.locator("#results").bounding_box()
        assert -1 < box["y"] < 568, f"without JavaScript the results heading is at {box['y']}px, off the screen"
    finally:
        context.close()


def test_filters_are_open_beside_the_results_on_a_wide_screen(browser_page, demo_server, demo_site):
    page = browser_page
    page.goto(demo_server.url + "/get-involved/?fits=caring#results")
    assert page.locator(".hub-filters").evaluate("el => el.open")
    assert page.get_by_label("Fits around caring or childcare").is_checked()
