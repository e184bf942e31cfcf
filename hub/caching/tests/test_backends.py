"""Redis down: pages still render, cache calls skip Redis, and the outage is logged once a minute."""

import logging
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from home.factories import StandardPageFactory
from hub.caching import backends
from opportunities.factories import OpportunityIndexPageFactory

pytestmark = pytest.mark.django_db


def _redis(location):
    return {
        "default": {
            "BACKEND": "hub.caching.backends.CircuitBreakerRedisCache",
            "LOCATION": location,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": False},
        }
    }


CLOSED_PORT = "redis://127.0.0.1:1/1"


@pytest.fixture(autouse=True)
def _fresh_breakers(monkeypatch):
    monkeypatch.setattr(backends, "_breakers", {})
    backends._fallback.clear()


@pytest.fixture
def clock(monkeypatch):
    """A monotonic clock the test moves by hand."""
    now = [1000.0]
    monkeypatch.setattr(backends.time, "monotonic", lambda: now[0])
    return now


def _outage_lines(caplog):
    return [record for record in caplog.records if record.name == backends.__name__]


def test_pages_render_with_redis_unreachable_and_the_outage_is_logged_once(client, site_home, settings, caplog):
    settings.PAGE_CACHE_SECONDS = 300
    settings.LISTING_CACHE_SECONDS = 300
    StandardPageFactory(parent=site_home, slug="about")
    BlogPageFactory(parent=BlogIndexPageFactory(parent=site_home), title="A kept post")
    OpportunityIndexPageFactory(parent=site_home)
    caplog.set_level(logging.INFO)
    with override_settings(CACHES=_redis(CLOSED_PORT)):
        for url in ("/", "/about/", "/news/", "/get-involved/?kind=volunteering"):
            assert client.get(url).status_code == 200, url
        assert "A kept post" in client.get("/news/").content.decode()
        assert client.get("/about/")["X-Page-Cache"] == "hit", "kept in this process's memory meanwhile"
    lines = _outage_lines(caplog)
    assert len(lines) == 1, [line.getMessage() for line in lines]
    assert lines[0].getMessage().startswith("Cache at redis://127.0.0.1:1/1 unreachable (ConnectionError")
    assert lines[0].exc_info is None


def test_calls_skip_redis_until_the_pause_is_over_and_logs_stay_one_a_minute(clock, caplog, monkeypatch):
    with override_settings(CACHES=_redis(CLOSED_PORT)):
        tries = []
        for name in ("get", "add", "incr", "set"):
            real = getattr(backends.RedisCache, name)
            monkeypatch.setattr(
                backends.RedisCache,
                name,
                lambda *args, real=real, **kwargs: tries.append(1) or real(*args, **kwargs),
            )
        assert cache.get("a", "fallback") == "fallback"
        assert [cache.add("a", 1, timeout=300), cache.incr("a"), cache.get("a")] == [True, 2, 2]
        assert len(tries) == 1, "calls inside the pause never reach Redis"
        assert [backends._short(300), backends._short(None), backends._short(5)] == [10, 10, 5]

        clock[0] += backends.RETRY_AFTER + 1
        assert cache.get("a") == 2, "answered from memory when the try fails"
        assert len(tries) == 2, "one call tries again after the pause"
        assert len(_outage_lines(caplog)) == 1, "still within the minute"

        clock[0] += backends.LOG_EVERY
        cache.get("a")
        lines = _outage_lines(caplog)
        assert len(lines) == 2
        assert lines[1].getMessage().endswith("(3 calls skipped)")


def test_a_reachable_redis_works_as_usual(caplog):
    with override_settings(CACHES=_redis("redis://127.0.0.1:6379/1")):
        cache.set("hub-caching-test", "kept", timeout=5)
        assert cache.get("hub-caching-test") == "kept"
        assert cache.add("hub-caching-test", "other") is False
        cache.delete("hub-caching-test")
    assert not _outage_lines(caplog)


def test_pages_kept_before_an_outage_are_dropped_when_redis_is_back(caplog, monkeypatch):
    from hub.caching import version
    from hub.caching.version import VERSION_KEY, current_version

    with override_settings(CACHES=_redis("redis://127.0.0.1:6379/1")):
        before = current_version()
        backends.breaker_for("redis://127.0.0.1:6379/1").failed("redis://127.0.0.1:6379/1", ConnectionError("gone"))
        backends.breaker_for("redis://127.0.0.1:6379/1").closed_at = 0
        # A worker reads the version again after VERSION_CHECK_SECONDS.
        later = time.monotonic() + version.VERSION_CHECK_SECONDS
        monkeypatch.setattr(version.time, "monotonic", lambda: later)
        assert current_version() == before + 1, "raised before the first call after the outage"
        assert [line.getMessage() for line in _outage_lines(caplog)][-1].endswith("reachable again")
        cache.delete(VERSION_KEY)
