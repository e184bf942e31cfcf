"""A smoke test in a real browser: the home page, the skip link and narrow screens."""

from hub.tests import screenshots


def test_home_page_skip_link_and_no_sideways_scroll(browser_page, demo_server, demo_site):
    page = browser_page
    page.goto(demo_server.url + "/")
    assert page.locator("h1").first.inner_text().startswith("Help shape")

    page.keyboard.press("Tab")
    skip = page.locator(".nhsuk-skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "maincontent"

    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(demo_server.url + "/")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"page scrolls sideways at {width}px ({scroll_width}px wide)"
        path = screenshots.save(page, f"home-{width}")
        assert path.stat().st_size > 0
