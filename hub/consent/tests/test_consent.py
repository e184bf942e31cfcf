"""Cookie consent: nothing optional before the visitor agrees, and nothing set by just visiting."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home.factories import StandardPageFactory
from hub.caching.version import invalidate
from hub.consent.factories import OptionalServiceFactory
from hub.consent.models import Category, CookieSettings
from hub.protection.tokens import make_form_token

pytestmark = pytest.mark.django_db

SAVE = "/cookies/consent/"
COOKIE = "hub_cookie_consent"


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def cookies_page(site_home):
    page = StandardPageFactory(
        parent=site_home, title="Cookies", slug="cookies", body=[("cookie_choices", {"heading": "Your cookie choices"})]
    )
    settings_for_site = CookieSettings.for_site(site_home.get_site())
    settings_for_site.cookies_page = page
    settings_for_site.save()
    return page


def choose(client, choice, categories=(), next_url="/"):
    data = {"form_token": make_form_token(SAVE), "choice": choice, "categories": list(categories), "next": next_url}
    return client.post(SAVE, data)


def test_no_service_means_no_banner_and_no_script(strict_client, cookies_page):
    response = strict_client.get("/")
    html = response.content.decode()
    assert "Cookies on this website" not in html
    assert "data-consent-category" not in html
    assert not response.cookies
    page_html = strict_client.get(cookies_page.url).content.decode()
    assert "We do not use any optional cookies at the moment" in page_html


def test_a_service_shows_the_banner_and_loads_nothing_before_consent(strict_client, cookies_page):
    OptionalServiceFactory()
    response = strict_client.get("/")
    html = response.content.decode()
    assert "Cookies on this website" in html
    assert 'value="accept"' in html and 'value="reject"' in html
    assert f'href="{cookies_page.url}#cookie-choices"' in html
    assert "https://stats.example/script.js" not in html
    assert not response.cookies


def test_accept_all_loads_the_script_and_hides_the_banner(strict_client, cookies_page):
    OptionalServiceFactory()
    OptionalServiceFactory(name="Ads", category=Category.MARKETING, script_url="https://ads.example/a.js")
    response = choose(strict_client, "accept", next_url=cookies_page.url)
    assert response.status_code == 303 and response["Location"] == cookies_page.url
    cookie = response.cookies[COOKIE]
    assert cookie.value == "analytics-1.marketing-1"
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["max-age"] == 31536000
    html = strict_client.get("/").content.decode()
    assert '<script src="https://stats.example/script.js" defer' in html
    assert "https://ads.example/a.js" in html
    assert "Cookies on this website" not in html


def test_reject_all_loads_nothing_and_is_remembered(strict_client, cookies_page):
    OptionalServiceFactory()
    response = choose(strict_client, "reject")
    assert response.cookies[COOKIE].value == "analytics-0"
    html = strict_client.get("/").content.decode()
    assert "https://stats.example/script.js" not in html
    assert "Cookies on this website" not in html


def test_choose_by_category_from_the_cookies_page(strict_client, cookies_page):
    OptionalServiceFactory()
    OptionalServiceFactory(name="Ads", category=Category.MARKETING, script_url="https://ads.example/a.js")
    page_html = strict_client.get(cookies_page.url).content.decode()
    assert "_stats – tells visits apart – 1 year" in page_html
    assert "Site statistics" in page_html and "Marketing" in page_html
    choose(strict_client, "save", categories=["marketing"])
    html = strict_client.get("/").content.decode()
    assert "https://ads.example/a.js" in html and "https://stats.example/script.js" not in html
    page_html = strict_client.get(cookies_page.url).content.decode()
    assert 'value="marketing" checked' in page_html and 'value="analytics" checked' not in page_html
    choose(strict_client, "save", categories=["analytics"])
    html = strict_client.get("/").content.decode()
    assert "https://stats.example/script.js" in html and "https://ads.example/a.js" not in html


def test_the_choices_are_drawn_by_the_field_template_for_the_categories_in_use(client, cookies_page):
    OptionalServiceFactory()
    OptionalServiceFactory(name="Ads", category=Category.MARKETING, script_url="https://ads.example/a.js")
    client.cookies[settings.CONSENT_COOKIE_NAME] = "analytics-1.marketing-0"
    response = client.get(cookies_page.url)
    html = response.content.decode()
    assert "forms/field.html" in [template.name for template in response.templates]
    assert 'nhsuk-fieldset__legend--s">Which optional cookies do you agree to?</legend>' in html
    assert 'id="consent-page-categories_0" name="categories" type="checkbox" value="analytics" checked>' in html
    assert 'id="consent-page-categories_1" name="categories" type="checkbox" value="marketing">' in html
    assert 'value="functional"' not in html and 'value="performance"' not in html, "only the categories in use"


def test_a_new_category_asks_again(strict_client, cookies_page):
    OptionalServiceFactory()
    choose(strict_client, "accept")
    OptionalServiceFactory(name="Ads", category=Category.MARKETING, script_url="https://ads.example/a.js")
    html = strict_client.get("/").content.decode()
    assert "Cookies on this website" in html
    assert "https://stats.example/script.js" in html and "https://ads.example/a.js" not in html


def test_bad_input_sets_nothing(strict_client, client, cookies_page):
    OptionalServiceFactory()
    assert client.post(SAVE, {"form_token": make_form_token(SAVE), "choice": "everything"}).status_code == 400
    assert strict_client.post(SAVE, {"choice": "accept"}).status_code == 403
    offsite = choose(strict_client, "accept", next_url="https://evil.example/")
    assert offsite["Location"] == "/"


def test_a_forged_cookie_loads_nothing(client, cookies_page):
    OptionalServiceFactory()
    client.cookies[COOKIE] = "analytics-yes.tracking-1"
    html = client.get("/").content.decode()
    assert "https://stats.example/script.js" not in html
    assert "Cookies on this website" in html


def test_script_addresses_must_be_https(cookies_page):
    service = OptionalServiceFactory.build(
        script_url="http://stats.example/script.js", setting=CookieSettings.for_site(cookies_page.get_site())
    )
    with pytest.raises(ValidationError):
        service.full_clean()


def test_consented_script_origins_are_allowed_by_the_csp_and_pages_vary_on_cookie(
    strict_client, cookies_page, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    OptionalServiceFactory()
    before = strict_client.get("/")
    assert "stats.example" not in before["Content-Security-Policy"]
    assert "Cookie" in before["Vary"]
    choose(strict_client, "accept")
    after = strict_client.get("/")
    assert "script-src 'self' https://stats.example" in after["Content-Security-Policy"]
    again = strict_client.get("/")
    assert again["X-Page-Cache"] == "hit" and "https://stats.example" in again["Content-Security-Policy"]


def test_views_outside_wagtail_get_the_consented_script_origins_too(strict_client, cookies_page):
    OptionalServiceFactory()
    choose(strict_client, "accept")
    response = strict_client.get("/search/", {"q": "cookies"})
    assert "https://stats.example/script.js" in response.content.decode()
    assert "script-src 'self' https://stats.example" in response["Content-Security-Policy"]
    assert "Cookie" in response["Vary"]


def test_headers_come_from_the_consent_even_when_no_template_asks(rf, cookies_page):
    """The middlewares read the cookie and the settings themselves: no note from a template is needed."""
    from django.http import HttpResponse

    from hub.consent.middleware import ConsentVaryMiddleware
    from hub.security.middleware import ContentSecurityPolicyMiddleware

    OptionalServiceFactory()
    request = rf.get("/plain/")
    request.COOKIES[COOKIE] = "analytics-1"
    middleware = ContentSecurityPolicyMiddleware(ConsentVaryMiddleware(lambda request: HttpResponse("<p>Plain</p>")))
    response = middleware(request)
    assert "script-src 'self' https://stats.example" in response["Content-Security-Policy"]
    assert response["Vary"] == "Cookie"


def test_the_page_cache_keeps_answers_apart(cookies_page):
    OptionalServiceFactory()
    agreed, other = Client(), Client()
    choose(agreed, "accept")
    assert "https://stats.example/script.js" in agreed.get("/").content.decode()
    assert "https://stats.example/script.js" not in other.get("/").content.decode()


def test_more_services_cost_no_more_queries(client, cookies_page, django_assert_num_queries):
    OptionalServiceFactory()
    client.get(cookies_page.url)  # warm Wagtail's own caches (site root paths)
    invalidate()
    with CaptureQueriesContext(connection) as one_service:
        client.get(cookies_page.url)
    OptionalServiceFactory.create_batch(4, category=Category.MARKETING)
    invalidate()
    with django_assert_num_queries(len(one_service)):
        client.get(cookies_page.url)
