"""Look-ups kept under the content version (``hub.caching.lookups``): fewer queries, never a wrong page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from home.factories import StandardPageFactory
from hub.models import SiteBanner

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def _page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries if 'FROM "wagtailcore_page"' in query["sql"]]


def test_a_remembered_route_reads_the_page_once_whatever_its_depth(client, site_home):
    news = BlogIndexPageFactory(parent=site_home, slug="news")
    post = BlogPageFactory(parent=news, slug="a-post")
    first = _page_queries(client, post.url)
    again = _page_queries(client, post.url)
    # Wagtail's walk: the home page, then the index and the post, each as a child and as its type.
    assert len(again) < len(first)
    assert "a-post" in client.get(post.url).content.decode()


def test_a_page_renamed_without_publishing_is_not_served_at_its_old_address(client, site_home):
    page = StandardPageFactory(parent=site_home, slug="about")
    assert client.get("/about/").status_code == 200
    page.slug = "about-us"
    page.save()  # no publish: the content version stays, the remembered route is checked
    assert client.get("/about/").status_code == 404
    assert client.get("/about-us/").status_code == 200


def test_routes_of_routable_pages_still_resolve_from_a_remembered_route(client, site_home):
    news = BlogIndexPageFactory(parent=site_home, slug="news")
    BlogPageFactory(parent=news)
    client.get("/news/")
    feed = client.get("/news/feed/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    assert client.get("/news/feed/").status_code == 200


def test_a_new_restriction_applies_at_once_although_none_existed(client, site_home):
    page = StandardPageFactory(parent=site_home, slug="members")
    assert client.get("/members/").status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/members/").status_code == 302


def test_a_setting_is_read_from_the_database_once_per_content_version(client, site_home):
    banner = SiteBanner.for_site(site_home.get_site())
    banner.enabled, banner.message = True, "<p>Closed on Monday.</p>"
    banner.save()
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert "Closed on Monday." in client.get("/").content.decode()
    assert not [query for query in queries.captured_queries if "hub_sitebanner" in query["sql"]]
    banner.message = "<p>Open on Monday.</p>"
    banner.save()
    assert "Open on Monday." in client.get("/").content.decode()
