"""The news pages in a real browser at a phone width and a desktop width."""

from hub.tests import screenshots

PAGES = {
    "news-index": "/news/",
    "news-post": "/news/improving-community-mental-health-care-together/",
    "news-event-write-up": "/news/national-co-production-week-sharing-power/",
    "news-event-upcoming": "/news/recovery-academy-open-day/",
}


def test_news_pages_fit_narrow_and_wide_screens(browser_page, demo_server, demo_site):
    page = browser_page
    for name, path in PAGES.items():
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(demo_server.url + path)
            assert response.status == 200
            assert page.locator("h1").count() == 1
            # Load lazy images too, so the full-page screenshot shows them.
            page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })")
            page.wait_for_load_state("networkidle")
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{path} scrolls sideways at {width}px ({scroll_width}px wide)"
            screenshots.save(page, f"{name}-{width}")


def test_filters_work_without_javascript(chromium, demo_server, demo_site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server.url + "/news/")
    page.select_option("#id_type", "report")
    page.click("text=Show posts")
    assert "type=report" in page.url
    titles = page.locator(".nhsuk-card__link").all_inner_texts()
    assert titles == ["Lived experience leadership: from patchy involvement to paid careers"]
    context.close()
