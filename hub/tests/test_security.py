"""Security headers, scored the way Mozilla's HTTP Observatory scores them."""

import pytest
from django.test import override_settings

from hub.tests import observatory

PRODUCTION_LIKE = {
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 60 * 60 * 24 * 365,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
}


def _fetch(client, path):
    with override_settings(**PRODUCTION_LIKE):
        return client.get(path, secure=True), client.get(path)


@pytest.mark.django_db
def test_home_page_headers(client, site_home):
    response, _ = _fetch(client, "/")
    csp = observatory.parse_csp(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/search/?q=roles"])
def test_observatory_score_is_at_least_100(client, site_home, path):
    response, http_response = _fetch(client, path)
    score, results = observatory.score(response, http_response)
    assert score >= 100, results


def test_scorer_penalises_a_weak_policy(rf):
    from django.http import HttpResponse

    weak = HttpResponse("<script src='https://cdn.example/x.js'></script>", content_type="text/html")
    weak["Content-Security-Policy"] = "script-src 'self' 'unsafe-inline'"
    redirect = HttpResponse(status=200)
    score, results = observatory.score(weak, redirect)
    assert results["csp-implemented-with-unsafe-inline"] == -20
    assert results["hsts-not-implemented"] == -20
    assert results["redirection-missing"] == -20
    assert score < 50


@pytest.mark.django_db
def test_csrf_and_session_cookies_are_secure_in_production_settings(settings):
    from hub.settings import base

    assert base.SESSION_COOKIE_SECURE and base.CSRF_COOKIE_SECURE
    assert base.SESSION_COOKIE_HTTPONLY and base.CSRF_COOKIE_HTTPONLY
    assert base.SESSION_COOKIE_SAMESITE == "Lax" and base.CSRF_COOKIE_SAMESITE == "Lax"
    assert "svg" not in base.WAGTAILIMAGES_EXTENSIONS
    assert base.WAGTAILDOCS_SERVE_METHOD == "serve_view"
