"""WCAG 2.2 AA in a real browser: every page type, view and form, in every mode.

Loading the demo site is the slow part, so each test walks the whole site map
(``site_map.py``) and reports every problem it finds at once: one run tells
you everything to fix.
"""

import pytest
from wagtail.models import Locale, Page

from hub.accessibility.preferences import COOKIE_NAME
from hub.accessibility.tests import browser_checks
from hub.accessibility.tests.site_map import (
    FORMS,
    LARGEST_TEXT_MODES,
    MODES,
    PAGE_TYPES,
    TRANSLATED_PAGES,
    paths_for,
)
from hub.tests import screenshots

# What a contrast mode that loses its focus styles does: each element looks the
# same focused as unfocused (its unfocused look, pinned with !important).
PIN_UNFOCUSED_LOOK_JS = """
() => {
  const properties = ["outline-style", "outline-width", "outline-color", "box-shadow", "background-color", "color",
    "text-decoration-line", "text-decoration-thickness", "border-color", "clip", "clip-path", "position"];
  for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary")) {
    const style = getComputedStyle(el);
    const look = properties.map((property) => [property, style.getPropertyValue(property)]);
    for (const [property, value] of look) el.style.setProperty(property, value, "important");
  }
}
"""


def check_axe(page, base_url):
    failures = []
    for mode, cookie in MODES.items():
        browser_checks.set_mode(page.context, base_url, cookie)
        visits = [(name, path, None) for name, path in paths_for(mode).items()]
        visits += [(f"{name} form with errors", form.page, form) for name, form in FORMS.items()]
        for name, path, form in visits:
            page.goto(base_url + path)
            if form:
                browser_checks.show_error_state(page, form.selector, form.press)
                if form.summary and page.locator(".nhsuk-error-summary").count() != 1:
                    failures.append(f"{name}: sending the form empty shows no error summary")
            violations, report = browser_checks.axe_violations(page)
            if violations:
                failures.append(f"axe: {name} ({path}) in {mode} mode:\n{report}")
    return failures


def check_no_sideways_scroll(page, base_url):
    failures = []
    page.set_viewport_size({"width": 320, "height": 800})
    for mode, cookie in LARGEST_TEXT_MODES.items():
        browser_checks.set_mode(page.context, base_url, cookie)
        for name, path in paths_for(mode).items():
            page.goto(base_url + path)
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                failures.append(f"reflow: {name} ({path}) in {mode} mode is {width}px wide at 320px")
    return failures


def check_text_spacing(page, base_url):
    failures = []
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        for mode in ("device", "largest"):
            browser_checks.set_mode(page.context, base_url, MODES[mode])
            for name, path in paths_for(mode).items():
                page.goto(base_url + path)
                page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
                browser_checks.add_text_spacing(page)
                where = f"text spacing: {name} ({path}) in {mode} mode at {width}px"
                failures += [f"{where}: clipped {item}" for item in page.evaluate(browser_checks.CLIPPED_TEXT_JS)]
                if page.evaluate("document.documentElement.scrollWidth") > width:
                    failures.append(f"{where}: scrolls sideways")
    return failures


def check_keyboard(page, base_url):
    """Tab through every page (order, reach, visible focus); in the other contrast modes, visible focus.

    The contrast modes change colours only, not what can be reached or in what
    order, so there each element is focused by script after one Tab press, in
    one round trip a page instead of two a Tab stop.
    """
    failures = []
    page.set_viewport_size({"width": 1280, "height": 800})
    for mode in ("device", "high", "dark", "yellow"):
        browser_checks.set_mode(page.context, base_url, MODES[mode])
        for name, path in paths_for(mode).items():
            page.goto(base_url + path)
            page.evaluate("document.querySelector('.hub-display-bar details').open = true")
            if mode == "device":
                problems = browser_checks.keyboard_problems(page)
            else:
                problems = browser_checks.focus_look_problems(page)
            failures += [f"keyboard: {name} ({path}) in {mode} mode: {problem}" for problem in problems]
            if mode != "device":
                continue
            page.goto(base_url + path)
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.className") != "nhsuk-skip-link":
                failures.append(f"keyboard: {name} ({path}): the first Tab does not reach the skip link")
            page.keyboard.press("Enter")
            if page.evaluate("document.activeElement.id") != "maincontent":
                failures.append(f"keyboard: {name} ({path}): the skip link does not move focus to the main content")
    return failures


def test_the_focus_check_finds_a_missing_focus_indicator(browser_page, demo_server, demo_site):
    """The check the walk runs in each contrast mode fails when a mode loses its focus styles."""
    page = browser_page
    browser_checks.set_mode(page.context, demo_server.url, MODES["dark"])
    page.goto(demo_server.url + PAGE_TYPES["home.StandardPage"])
    assert browser_checks.focus_look_problems(page) == []

    page.goto(demo_server.url + PAGE_TYPES["home.StandardPage"])
    page.evaluate(PIN_UNFOCUSED_LOOK_JS)
    problems = browser_checks.focus_look_problems(page)
    assert problems and all(problem.startswith("no visible focus indicator") for problem in problems)
    assert any("nhsuk-skip-link" in problem for problem in problems)


@pytest.mark.walk
def test_every_page_type_view_and_form_in_every_mode(browser_page, demo_server, demo_site):
    root = demo_site.root_page
    for label, path in PAGE_TYPES.items():
        page = Page.objects.live().get(url_path=root.url_path + path.lstrip("/"))
        assert page.specific_class._meta.label == label, f"{path} is a {page.specific_class._meta.label}"
    for name, path in TRANSLATED_PAGES.items():
        language, _, english_path = path.lstrip("/").partition("/")
        english = Page.objects.live().get(url_path=root.url_path + english_path)
        page = english.get_translation(Locale.objects.get(language_code=language))
        assert page.live and page.alias_of_id is None, f"{name}: {path} is not translated in the demo content"

    failures = []
    for check in (check_axe, check_no_sideways_scroll, check_text_spacing, check_keyboard):
        failures += check(browser_page, demo_server.url)
    assert not failures, "\n\n".join(failures)


def test_text_size_and_contrast_controls(chromium, browser_page, demo_server, demo_site):
    base_url = demo_server.url
    standard_page = base_url + PAGE_TYPES["home.StandardPage"]

    # Without JavaScript: a plain form that posts and comes back.
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(standard_page)
        page.get_by_text("Text size and contrast").click()
        page.get_by_label("Largest").check()
        page.get_by_label("Yellow on black").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Save").click()
        assert page.url == standard_page + "?display=saved#display-settings"
        assert page.locator("#display-settings [data-hub-preferences-status]").is_visible()
        assert "hub-text-largest hub-contrast-yellow" in page.evaluate("document.documentElement.className")
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
        assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
        page.goto(base_url + "/")
        assert "hub-contrast-yellow" in page.evaluate("document.documentElement.className"), "the choice persists"
        page.goto(base_url + "/preferences/?next=" + PAGE_TYPES["home.StandardPage"])
        with page.expect_navigation():
            page.locator("main").get_by_role("button", name="Reset").click()
        assert page.url == standard_page + "?display=reset#display-settings"
        assert "hub-contrast" not in page.evaluate("document.documentElement.className")
        assert not [cookie for cookie in context.cookies() if cookie["name"] == COOKIE_NAME]
    finally:
        context.close()

    # With JavaScript: each change applies at once and is saved.
    page = browser_page
    page.goto(base_url + "/")
    page.get_by_text("Text size and contrast").click()
    page.get_by_label("High contrast").check()
    assert "hub-contrast-high" in page.evaluate("document.documentElement.className")
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    assert page.locator("[data-hub-preferences-status]").inner_text().startswith("Saved")
    page.get_by_label("Large", exact=True).check()
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "20px"
    cookie = next(cookie for cookie in page.context.cookies() if cookie["name"] == COOKIE_NAME)
    assert (cookie["value"], cookie["sameSite"]) == ("large.high", "Lax")
    page.goto(standard_page)
    assert "hub-text-large hub-contrast-high" in page.evaluate("document.documentElement.className")
    page.get_by_text("Text size and contrast").click()
    page.get_by_role("button", name="Reset").click()
    assert page.url == standard_page
    assert "hub-contrast" not in page.evaluate("document.documentElement.className")
    assert not [cookie for cookie in page.context.cookies() if cookie["name"] == COOKIE_NAME]

    # A page cached for someone with no choice: early.js applies the cookie before the body paints.
    plain_html = page.request.get(base_url + "/").text()
    assert '<html lang="en" dir="ltr" class="nhsuk-template">' in plain_html
    page.route(base_url + "/", lambda route: route.fulfill(body=plain_html, content_type="text/html"))
    browser_checks.set_mode(page.context, base_url, "largest.yellow")
    page.add_init_script(
        "document.addEventListener('readystatechange', () => {"
        " window.__classAtFirstContent = window.__classAtFirstContent || document.documentElement.className; });"
    )
    page.goto(base_url + "/")
    assert "hub-contrast-yellow" in page.evaluate("window.__classAtFirstContent")
    assert page.evaluate("document.querySelector('link[data-hub-contrast=yellow]').media") == "all"


@pytest.mark.screenshots
def test_screenshots_in_every_mode(browser_page, demo_server, demo_site):
    """Saved for people to look at: test-artifacts/screenshots/a11y-*.png."""
    page = browser_page
    pages = {label.split(".")[1].lower(): path for label, path in PAGE_TYPES.items()}
    pages["role-form"] = FORMS["express interest in a role"].page
    for mode, cookie in {**MODES, "largest-yellow": LARGEST_TEXT_MODES["largest-yellow"]}.items():
        browser_checks.set_mode(page.context, demo_server.url, cookie)
        for name, path in pages.items():
            for width in (320, 1280):
                page.set_viewport_size({"width": width, "height": 900})
                page.goto(demo_server.url + path)
                assert screenshots.save(page, f"a11y-{name}-{mode}-{width}").stat().st_size > 0
