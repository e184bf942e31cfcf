"""The page cache keeps a bookable event for a minute, so "places left" is at most a minute old."""

import pytest
from django.test import Client

from blog.bookings.factories import BookingFactory


@pytest.mark.django_db
def test_a_bookable_event_is_cached_for_a_minute_and_other_pages_for_longer(event, site_home, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 300
    kept = {}
    from django.core.cache import cache

    real_set = cache.set

    def spy(key, value, timeout=None, **kwargs):
        if key.startswith("pagecache:page:"):
            _version, response = value
            kept[response.get("Content-Type", "")[:9], response.status_code, timeout] = True
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", spy)
    visitor = Client()
    first = visitor.get(event.url)
    assert "s-maxage=60" in first["Cache-Control"]
    assert ("text/html", 200, 60) in kept
    BookingFactory(event=event)
    # Within the minute the cached copy may still say two places; booking itself never reads it.
    assert visitor.get(event.url)["X-Page-Cache"] == "hit"

    kept.clear()
    home = visitor.get(site_home.url)
    assert "s-maxage=300" in home["Cache-Control"]
    assert ("text/html", 200, 300) in kept
