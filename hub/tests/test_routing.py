"""The cached site, home page and view-restriction flag (hub/routing.py) never show stale answers."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from home.factories import HomePageFactory, StandardPageFactory


def _tables(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, " ".join(query["sql"] for query in queries.captured_queries)


def test_the_site_and_home_page_come_from_the_cache_after_the_first_request(client, site_home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    StandardPageFactory(parent=site_home, slug="about")
    client.get("/about/")
    response, sql = _tables(client, "/about/")
    assert response.status_code == 200
    assert "wagtailcore_site" not in sql
    assert "wagtailcore_locale" not in sql
    assert "home_homepage" not in sql
    assert "wagtailcore_pageviewrestriction" not in sql


def test_a_changed_home_page_shows_at_once(client, site_home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    site_home.hero_heading = "Shape the care you receive"
    site_home.save_revision().publish()
    assert "Shape the care you receive" in client.get("/").content.decode()


def test_a_new_site_root_is_used_at_once(client, site_home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    new_home = HomePageFactory(parent=site_home.get_parent(), slug="new-home", hero_heading="A new front page")
    site = Site.objects.get(is_default_site=True)
    site.root_page = new_home
    site.save()
    assert "A new front page" in client.get("/").content.decode()


def test_a_view_restriction_applies_at_once(client, site_home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    page = StandardPageFactory(parent=site_home, slug="members", title="Members only")
    assert client.get("/members/").status_code == 200

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
    )
    response = client.get("/members/")
    assert 'name="password"' in response.content.decode()


def test_a_restriction_on_a_parent_covers_its_children(client, site_home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    parent = StandardPageFactory(parent=site_home, slug="private")
    StandardPageFactory(parent=parent, slug="notes", title="Meeting notes")
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/private/notes/")
    assert response.status_code == 302
    assert "next=/private/notes/" in response["Location"]

    PageViewRestriction.objects.filter(page=parent).delete()
    assert client.get("/private/notes/").status_code == 200
