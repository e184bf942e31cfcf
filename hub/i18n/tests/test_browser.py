"""The translated pages in a real browser: accessibility (axe), right-to-left layout, narrow screens.

One test, because the demo site takes a while to build.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from hub.tests import screenshots

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}

# (path, language, direction)
PAGES = [
    ("/ar/", "ar", "rtl"),
    ("/pl/", "pl", "ltr"),
    ("/bn/", "bn", "ltr"),
    ("/ar/accessibility-statement/", "ar", "rtl"),
    ("/pl/accessibility-statement/", "pl", "ltr"),
    ("/ar/get-involved/", "ar", "rtl"),
    ("/ar/get-involved/peer-mentor/", "ar", "rtl"),
    ("/pl/get-involved/peer-mentor/", "pl", "ltr"),
    ("/ar/news/", "ar", "rtl"),
    ("/ar/news/patient-and-carer-stories-reach-the-board/", "ar", "rtl"),
    ("/pl/news/patient-and-carer-stories-reach-the-board/", "pl", "ltr"),
]


@pytest.mark.walk
def test_translated_pages_are_accessible_and_mirrored(browser_page, demo_server, demo_site):
    page = browser_page
    axe = Axe()
    for path, language, direction in PAGES:
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(demo_server.url + path)
            assert response.status == 200, path
            html = page.locator("html")
            assert (html.get_attribute("lang"), html.get_attribute("dir")) == (language, direction), path
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{path} scrolls sideways at {width}px ({scroll_width}px wide)"
            results = axe.run(page, options=AXE_OPTIONS)
            assert results.violations_count == 0, f"{path} at {width}px:\n{results.generate_report()}"
            name = path.strip("/").replace("/", "-")
            screenshots.save(page, f"i18n-{name}-{width}")

    # Right to left: the heading hugs the right-hand edge of the content column.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo_server.url + "/ar/accessibility-statement/")
    heading = page.locator("h1").bounding_box()
    column = page.locator("main").bounding_box()
    assert abs((heading["x"] + heading["width"]) - (column["x"] + column["width"])) < 40
    switcher = page.locator(".hub-language-switcher__item", has=page.locator("[aria-current]"))
    assert switcher.get_attribute("lang") == "ar"
