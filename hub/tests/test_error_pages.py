"""Error pages: each status has its page, titled "Error: …", in the visitor's language and direction."""

import re
from html import unescape

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation
from django.views import defaults

from home.factories import StandardPageFactory
from home.models import HomePage

TITLES = {
    "en": ("Error:", 'lang="en" dir="ltr"'),
    "ar": ("خطأ:", 'lang="ar" dir="rtl"'),
}


def _title(html):
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def _assert_error_page(html, language, heading):
    prefix, html_attributes = TITLES[language]
    assert f"<html {html_attributes}" in html
    assert _title(html).startswith(f"{prefix} "), _title(html)
    assert heading in html


def _request(language):
    prefix = "" if language == "en" else f"/{language}"
    return RequestFactory().get(f"{prefix}/somewhere/")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_500_renders_without_the_database(language):
    # No django_db mark: pytest-django raises if the template or a context processor touches the database.
    heading = {"en": "Sorry, there is a problem with the service", "ar": "عذرًا، هناك مشكلة في الخدمة"}[language]
    with translation.override(language):
        response = defaults.server_error(_request(language))
    assert response.status_code == 500
    html = response.content.decode()
    _assert_error_page(html, language, heading)
    home = "/ar/" if language == "ar" else "/"
    assert f'<a href="{home}">' in html


@pytest.mark.parametrize("language", ["en", "ar"])
def test_400_renders_without_the_database(language):
    heading = {"en": "Sorry, we could not read that request", "ar": "عذرًا، لم نتمكن من قراءة هذا الطلب"}[language]
    with translation.override(language):
        response = defaults.bad_request(_request(language), Exception("bad request"))
    assert response.status_code == 400
    _assert_error_page(response.content.decode(), language, heading)


@pytest.mark.django_db
def test_a_request_for_another_host_gets_the_400_page(site_home):
    """The host is what is wrong, so the page must not need it (the site's frame would raise: a 500)."""
    response = Client().get("/", HTTP_HOST="not-our-site.example")
    assert response.status_code == 400
    _assert_error_page(response.content.decode(), "en", "Sorry, we could not read that request")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_403_page(site_home, language):
    heading = {"en": "You cannot see this page", "ar": "لا يمكنك رؤية هذه الصفحة"}[language]
    request = _request(language)
    request.user = AnonymousUser()
    with translation.override(language):
        response = defaults.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    _assert_error_page(response.content.decode(), language, heading)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_refused_form_post_gets_the_403_page(site_home, language):
    heading = {"en": "We could not accept this form", "ar": "لم نتمكن من قبول هذا النموذج"}[language]
    page = StandardPageFactory(parent=site_home, slug="about")
    prefix = "" if language == "en" else f"/{language}"
    response = Client(enforce_csrf_checks=True).post(f"{prefix}{page.url}", {"name": "x"})
    assert response.status_code == 403
    _assert_error_page(response.content.decode(), language, heading)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_404_page(client, site_home, language):
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(f"{prefix}/no-such-page/")
    assert response.status_code == 404
    heading = {"en": "Page not found", "ar": "الصفحة غير موجودة"}[language]
    _assert_error_page(response.content.decode(), language, heading)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_429_page(site_home, language):
    heading = {"en": "You have sent this form too many times", "ar": "لقد أرسلت هذا النموذج مرات كثيرة جدًا"}
    request = _request(language)
    with translation.override(language):
        html = render_to_string("429.html", {"retry_minutes": 5}, request=request)
    _assert_error_page(html, language, heading[language])


@pytest.mark.django_db
def test_an_error_while_serving_a_page_gets_the_500_page_in_the_visitors_language(site_home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(HomePage, "get_context", broken)
    response = Client(raise_request_exception=False).get("/ar/")
    assert response.status_code == 500
    _assert_error_page(response.content.decode(), "ar", "عذرًا، هناك مشكلة في الخدمة")
