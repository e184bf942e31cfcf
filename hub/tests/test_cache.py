"""The anonymous page cache: hits, invalidation, and what it must never cache."""

import io
import logging

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import override_settings

from home.factories import StandardPageFactory
from hub import cache as page_cache
from hub.models import TrustIdentity

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def test_second_anonymous_visit_is_a_hit(client, site_home):
    first = client.get("/")
    second = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "s-maxage=300" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]


def test_publishing_drops_cached_pages(client, site_home):
    page = StandardPageFactory(parent=site_home, title="Old title", slug="about")
    assert "Old title" in client.get("/about/").content.decode()
    page.title = "New title"
    page.save_revision().publish()
    response = client.get("/about/")
    assert response["X-Page-Cache"] == "miss"
    assert "New title" in response.content.decode()


def test_unpublishing_and_deleting_drop_cached_pages(client, site_home):
    page = StandardPageFactory(parent=site_home, slug="gone")
    assert client.get("/gone/").status_code == 200
    page.unpublish()
    assert client.get("/gone/").status_code == 404


def test_a_setting_change_drops_cached_pages(client, site_home):
    client.get("/")
    identity = TrustIdentity.for_site(site_home.get_site())
    identity.header_name = "Renamed Trust"
    identity.save()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Renamed Trust" in response.content.decode()


def test_editors_never_get_cached_pages(client, site_home):
    client.get("/")
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "a-long-password-123")
    client.force_login(user)
    response = client.get("/")
    assert "X-Page-Cache" not in response


def test_responses_using_a_csrf_token_are_never_cached(rf):
    def view(request):
        get_token(request)
        return HttpResponse("<form></form>", content_type="text/html")

    middleware = page_cache.PageCacheMiddleware(view)
    response = middleware(rf.get("/a-form/"))
    assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in middleware(rf.get("/a-form/"))


def test_responses_setting_cookies_or_private_are_never_cached(rf):
    def with_cookie(request):
        response = HttpResponse("x", content_type="text/html")
        response.set_cookie("choice", "1")
        return response

    def private(request):
        response = HttpResponse("x", content_type="text/html")
        response["Cache-Control"] = "private"
        return response

    for view in (with_cookie, private):
        middleware = page_cache.PageCacheMiddleware(view)
        middleware(rf.get("/p/"))
        assert "X-Page-Cache" not in middleware(rf.get("/p/"))


def test_site_keeps_serving_when_redis_is_down(client, site_home):
    broken_redis = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logging.getLogger("django_redis.cache").addHandler(handler)
    try:
        with override_settings(
            CACHES=broken_redis, DJANGO_REDIS_IGNORE_EXCEPTIONS=True, DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=True
        ):
            response = client.get("/")
    finally:
        logging.getLogger("django_redis.cache").removeHandler(handler)
    assert response.status_code == 200
    # Each ignored error is logged in one line, with the error and no traceback.
    lines = log.getvalue().splitlines()
    assert lines
    assert all(line.startswith("Exception ignored: ConnectionInterrupted: ") for line in lines), lines


def test_display_preferences_get_their_own_cached_copy(client, site_home):
    client.get("/")
    default = client.get("/")
    assert default["X-Page-Cache"] == "hit"
    client.cookies["hub_display"] = "largest.high"
    chosen = client.get("/")
    assert chosen["X-Page-Cache"] == "miss"
    assert "hub-text-largest" in chosen.content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
