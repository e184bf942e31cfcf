"""Listings kept as HTML (``{% listing_cache %}``): no query when kept, never stale, never shared wrongly."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.factories import BlogIndexPageFactory, BlogPageFactory, EventPageFactory
from blog.models.home import HomePageFeaturedPost
from hub.caching import fragments
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _listings_kept(settings):
    settings.LISTING_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def site(site_home):
    news = BlogIndexPageFactory(parent=site_home)
    roles = OpportunityIndexPageFactory(parent=site_home)
    for day in range(1, 4):
        BlogPageFactory(parent=news, title=f"Post {day}", date=datetime.date(2025, 1, day))
    OpportunityPageFactory(parent=roles, title="Peer mentor", kind="volunteering")
    return news, roles


def _get(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


@pytest.mark.parametrize("path", ["/", "/news/", "/news/?type=story", "/get-involved/?kind=volunteering"])
def test_a_kept_listing_is_the_same_page_without_its_queries(client, site, path):
    first, built = _get(client, path)
    second, kept = _get(client, path)
    assert second == first
    assert kept <= built - 2, f"{built} queries building the listing, {kept} with it kept"


def test_a_published_post_shows_at_once(client, site):
    news, _roles = site
    assert "A new post" not in _get(client, "/news/")[0]
    post = BlogPageFactory(parent=news, title="A new post", date=datetime.date(2025, 2, 1), live=False)
    post.save_revision().publish()
    assert "A new post" in _get(client, "/news/")[0]
    assert "A new post" in _get(client, "/")[0]


def test_an_event_card_turns_into_a_write_up_at_its_end_time_while_kept(client, site, monkeypatch):
    news, _roles = site
    end = timezone.now() + datetime.timedelta(days=1)
    EventPageFactory(parent=news, title="Open day", start=end - datetime.timedelta(hours=2), end=end)
    monkeypatch.setattr(timezone, "now", lambda: end - datetime.timedelta(seconds=1))
    assert "Upcoming event" in _get(client, "/news/")[0]
    assert "Open day" in _get(client, "/")[0].split("Coming up")[1]
    monkeypatch.setattr(timezone, "now", lambda: end)
    html = _get(client, "/news/")[0]
    assert "Event write-up" in html and "Upcoming event" not in html
    assert "Coming up" not in _get(client, "/")[0], "the ended event left the home page's upcoming list"


def test_the_query_string_is_in_the_key_and_copies_per_page_are_bounded(client, site, monkeypatch):
    monkeypatch.setattr(fragments, "MAX_COPIES_PER_PAGE", 2)
    for campaign in ("a", "b", "c"):
        html = _get(client, f"/news/?utm_source={campaign}&type=story")[0]
        # The pagination and filter links are built from the query string: no copy shows another's.
        assert all(f"utm_source={other}" not in html for other in "abc" if other != campaign)
    kept = [key for key in cache._cache if ":listing:" in key]
    assert len(kept) == 2, "made-up parameters cannot fill the cache"


def test_a_preview_shows_unsaved_choices_not_the_kept_listing(client, site, site_home):
    news, _roles = site
    old = BlogPageFactory(parent=news, title="An old favourite", date=datetime.date(2020, 1, 1))
    client.defaults["HTTP_HOST"] = site_home.get_site().hostname  # the host a preview is made for
    assert "An old favourite" not in _get(client, "/")[0]
    site_home.featured_posts = [HomePageFeaturedPost(post=old, sort_order=0)]
    preview = site_home.make_preview_request()
    assert "An old favourite" in preview.content.decode()
    assert "An old favourite" not in _get(client, "/")[0]
