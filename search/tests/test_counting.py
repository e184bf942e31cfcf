"""Counting searches costs no database write while Redis takes the counts, and loses none when it cannot."""

import io
import os
import socket
from urllib.parse import urlparse

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from hub.caching import backends
from search import counting
from search.models import NoResultsDailyHits

pytestmark = pytest.mark.django_db

URL = reverse("search")
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/7"
CLOSED_PORT = "redis://127.0.0.1:1/1"


def redis_settings(location):
    return {
        "default": {
            "BACKEND": "hub.caching.backends.CircuitBreakerRedisCache",
            "LOCATION": location,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": False},
        }
    }


def redis_answers():
    address = urlparse(REDIS_URL)
    try:
        with socket.create_connection((address.hostname, address.port or 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(autouse=True)
def _fresh_breakers(monkeypatch):
    monkeypatch.setattr(backends, "_breakers", {})
    backends._fallback.clear()


@pytest.fixture
def redis_cache(settings):
    if not redis_answers():
        pytest.skip(f"no Redis at {REDIS_URL}")
    settings.PAGE_CACHE_SECONDS = 300
    with override_settings(CACHES=redis_settings(REDIS_URL)):
        cache.clear()
        yield
        cache.clear()


def writes(queries):
    return [query["sql"] for query in queries if query["sql"].startswith(("INSERT", "UPDATE"))]


def test_searches_are_counted_in_redis_without_a_write_and_flushed_later(client, make_page, redis_cache):
    make_page("Carers group")
    client.get(URL, {"q": "carers"})
    client.get(URL, {"q": "zebra"})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, {"q": "carers"})["X-Page-Cache"] == "hit"
        client.get(URL, {"q": "zebra"})
    assert writes(queries) == []
    assert not QueryDailyHits.objects.exists()

    out = io.StringIO()
    call_command("flush_search_counts", stdout=out)

    assert out.getvalue().strip() == "4 searches moved from the cache to the database."
    assert Query.objects.get(query_string="carers").hits == 2
    assert Query.objects.get(query_string="zebra").hits == 2
    assert NoResultsDailyHits.objects.get(query__query_string="zebra").hits == 2
    assert not NoResultsDailyHits.objects.filter(query__query_string="carers").exists()
    call_command("flush_search_counts", stdout=io.StringIO())
    assert Query.objects.get(query_string="carers").hits == 2, "a count is moved once"


def test_a_search_from_the_page_cache_is_one_round_trip_to_redis(client, make_page, redis_cache, monkeypatch):
    """Counting, then reading the "found nothing" marker, held cached search to half the static-file rate."""
    import redis

    make_page("Carers group")
    for words in ("carers", "zebra"):
        client.get(URL, {"q": words})
    trips = []
    real_command, real_execute = redis.Redis.execute_command, redis.client.Pipeline.execute
    monkeypatch.setattr(redis.Redis, "execute_command", lambda *a, **k: trips.append(a[1]) or real_command(*a, **k))
    monkeypatch.setattr(
        redis.client.Pipeline, "execute", lambda *a, **k: trips.append("pipeline") or real_execute(*a, **k)
    )
    assert client.get(URL, {"q": "carers"})["X-Page-Cache"] == "hit"
    assert trips == ["pipeline"]
    assert client.get(URL, {"q": "zebra"})["X-Page-Cache"] == "hit"
    assert trips == ["pipeline", "pipeline", "HINCRBY"], "a search that found nothing is counted as such too"
    call_command("flush_search_counts", stdout=io.StringIO())
    assert Query.objects.get(query_string="carers").hits == 2
    assert NoResultsDailyHits.objects.get(query__query_string="zebra").hits == 2


def test_counts_left_by_a_flush_that_failed_are_moved_by_the_next(client, make_page, redis_cache, monkeypatch):
    make_page("Carers group")
    client.get(URL, {"q": "carers"})
    monkeypatch.setattr(counting, "write", lambda counts, atomic: False)
    counting.flush()
    client.get(URL, {"q": "carers"})
    monkeypatch.undo()

    counting.flush()

    assert Query.objects.get(query_string="carers").hits == 2


def test_with_the_cache_down_each_search_is_written_at_once(client, make_page, settings, caplog):
    settings.PAGE_CACHE_SECONDS = 300
    make_page("Carers group")
    with override_settings(CACHES=redis_settings(CLOSED_PORT)):
        for _ in range(3):
            assert client.get(URL, {"q": "carers"}).status_code == 200
        client.get(URL, {"q": "zebra"})
        with pytest.raises(CommandError, match="Redis is unreachable"):
            call_command("flush_search_counts", stdout=io.StringIO())

    assert Query.objects.get(query_string="carers").hits == 3
    assert NoResultsDailyHits.objects.get(query__query_string="zebra").hits == 1
    assert "went straight to the database" in caplog.text


def test_without_redis_searches_are_written_at_once(client, make_page):
    make_page("Carers group")
    client.get(URL, {"q": "carers"})

    assert Query.objects.get(query_string="carers").hits == 1
    assert counting.flush() == 0
