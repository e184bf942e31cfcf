"""Cookie consent in a real browser: nothing optional loads or is set before the visitor agrees."""

import pytest

from hub.consent.factories import OptionalServiceFactory
from hub.tests import screenshots

pytestmark = pytest.mark.django_db(transaction=True)

SCRIPT = "https://stats.example/script.js"


def cookie_names(page):
    return {cookie["name"] for cookie in page.context.cookies()}


def test_optional_script_and_cookie_only_after_consent(browser_page, live_server, fresh_demo_site):
    OptionalServiceFactory(script_url=SCRIPT)
    page = browser_page
    requested = []

    def serve_script(route):
        requested.append(route.request.url)
        route.fulfill(content_type="text/javascript", body='document.cookie = "_stats=1; path=/";')

    page.route(SCRIPT, serve_script)

    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + "/")
        assert page.get_by_role("region", name="Cookies on this website").is_visible()
        screenshots.save(page, f"cookie-banner-{width}")
    assert requested == [] and cookie_names(page) == set()

    page.get_by_role("button", name="Accept all").click()
    page.wait_for_load_state("load")
    assert requested == [SCRIPT]
    assert cookie_names(page) == {"hub_cookie_consent", "_stats"}
    assert page.get_by_role("region", name="Cookies on this website").count() == 0

    page.goto(live_server.url + "/cookies/")
    assert page.get_by_role("heading", name="Site statistics").is_visible()
    page.get_by_label("Analytics").uncheck()
    page.get_by_role("button", name="Save my choices").click()
    page.wait_for_load_state("load")
    requested.clear()
    page.goto(live_server.url + "/")
    assert requested == []
    screenshots.save(page, "cookie-choice-saved-1280")


def test_reject_all_loads_nothing(browser_page, live_server, fresh_demo_site):
    OptionalServiceFactory(script_url=SCRIPT)
    page = browser_page
    requested = []
    page.route(SCRIPT, lambda route: (requested.append(route.request.url), route.fulfill(body="")))
    page.goto(live_server.url + "/about-co-production/")
    page.get_by_role("button", name="Reject all").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/about-co-production/")
    assert requested == [] and cookie_names(page) == {"hub_cookie_consent"}
