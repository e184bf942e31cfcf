"""The admin sends a Content Security Policy it works under, previews included.

Signed-in staff get ``ADMIN_CONTENT_SECURITY_POLICY`` (inline scripts and
styles, which Wagtail 7.4 writes, but no eval and nothing from elsewhere);
the login and password-reset pages keep the public site's strict policy and
score at least 90 on Mozilla Observatory's rules.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from playwright.sync_api import expect

from blog.models import EventPage
from hub.tests import observatory
from hub.tests.admin_sign_in import sign_in

PRODUCTION_LIKE = {
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 60 * 60 * 24 * 365,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
}
PASSWORD = "a-long-and-unusual-passphrase"


def policy(response):
    return observatory.parse_csp(response["Content-Security-Policy"])


def fetch(client, path):
    """``path`` over HTTPS, and the answer the same address gives over plain HTTP."""
    with override_settings(**PRODUCTION_LIKE):
        return client.get(path, secure=True), client.get(path)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/admin/password_reset/"])
def test_admin_pages_before_signing_in_have_the_strict_policy_and_score_at_least_90(client, path):
    response, http_response = fetch(client, path)
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    score, results = observatory.score(response, http_response)
    assert score >= 90, results


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/search/?q=roles"])
def test_public_pages_keep_their_score_of_120(client, site_home, path):
    response, http_response = fetch(client, path)
    score, results = observatory.score(response, http_response)
    assert score >= 120, results


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("csp-admin", "csp-admin@riverside.example", PASSWORD)


@pytest.mark.django_db
def test_signed_in_admin_pages_have_the_admin_policy_without_eval(client, site_home, staff):
    client.force_login(staff)
    response = client.get("/admin/")
    header = response["Content-Security-Policy"]
    csp = policy(response)
    assert "'unsafe-eval'" not in header
    assert csp["default-src"] == ["'none'"] and csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]


@pytest.mark.django_db
def test_previews_may_be_framed_by_the_admin_and_public_pages_by_nobody(client, site_home, staff):
    client.force_login(staff)
    preview = client.get(f"/admin/pages/{site_home.pk}/edit/preview/")
    assert preview.status_code == 200
    assert policy(preview)["frame-ancestors"] == ["'self'"]
    public = client.get(site_home.url)
    assert policy(public)["frame-ancestors"] == ["'none'"]


def watch_csp(page):
    """Every Content Security Policy violation any frame of ``page`` reports, as text."""
    violations = []

    def note(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", note)
    return violations


@pytest.mark.browser
def test_the_admin_works_under_its_policy(chromium, live_server, fresh_demo_site):
    """Log in, edit an event, open its preview, checks and an image chooser, visit a page with the userbar.

    The preview and the checks panel (which reads the preview) work, and the
    browser reports no policy violation on the way.
    """
    get_user_model().objects.create_superuser("csp-admin", "csp-admin@riverside.example", PASSWORD)
    event = EventPage.objects.filter(locale__language_code="en", hero_image__isnull=False).first()
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    violations = watch_csp(page)
    try:
        sign_in(page, live_server.url, "csp-admin", PASSWORD)

        page.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
        expect(page.locator("#id_title")).to_have_value(event.title)

        page.get_by_role("button", name="Toggle preview").click()
        preview = page.frame_locator("iframe#w-preview-iframe")
        expect(preview.locator("h1")).to_contain_text(event.title, timeout=20_000)
        page.get_by_role("button", name="Toggle checks").click()
        expect(page.locator("[data-content-word-count]")).to_have_text(re.compile(r"^\d+$"), timeout=20_000)

        page.locator("#id_hero_image-chooser").get_by_role("button", name="Actions").click()
        page.get_by_role("button", name="Change image").click()
        expect(page.locator(".modal-content")).to_contain_text("Choose an image")
        expect(page.locator(".modal-content .listing img").first).to_be_visible()
        page.keyboard.press("Escape")

        page.goto(live_server.url + event.url)
        expect(page.locator("wagtail-userbar")).to_be_attached()
    finally:
        context.close()
    assert violations == []
