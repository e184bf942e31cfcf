"""The anonymous page cache: hits, invalidation, keys, and what it must never cache."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from wagtail.models import PageViewRestriction, Site

from blog.factories import BlogIndexPageFactory
from home.factories import HomePageFactory, StandardPageFactory
from hub.caching import middleware as page_cache
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


def test_a_hit_reads_no_database_and_keeps_every_security_header(client, site_home, django_assert_num_queries):
    """A hit is answered from the cache alone: the policies were worked out once, when the page was kept."""
    first = client.get("/")
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    for header in ("Content-Security-Policy", "Permissions-Policy", "Referrer-Policy", "X-Content-Type-Options"):
        assert second[header] == first[header], header


def _count_cache_calls(monkeypatch):
    from django.core.cache import cache

    calls, inside = [], []

    def counted(name, real):
        def call(*args, **kwargs):
            if not inside:  # local memory answers ``get_many`` with ``get``s
                calls.append(name)
            inside.append(name)
            try:
                return real(*args, **kwargs)
            finally:
                inside.pop()

        return call

    for name in ("get", "get_many", "add", "incr", "set"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    return calls


def test_a_hit_from_this_workers_memory_makes_no_call_to_the_shared_cache(client, site_home, monkeypatch):
    """A round trip to Redis for each hit held pages from the cache to 62% of the static-file rate."""
    client.get("/")
    calls = _count_cache_calls(monkeypatch)
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert calls == [], calls
    page_cache._local_copies.clear()  # as on a worker that has not served it yet
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert calls == ["get"], "a copy another worker kept is one round trip"
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert calls == ["get"], "and then this worker's own"


def test_a_change_on_another_worker_shows_here_within_a_second(client, site_home, monkeypatch):
    from django.core.cache import cache

    from hub.caching import version

    assert client.get("/")["X-Page-Cache"] == "miss"
    cache.incr(version.VERSION_KEY)  # another worker published: this one's memory still holds the old version
    assert client.get("/")["X-Page-Cache"] == "hit"
    later = version.time.monotonic() + version.VERSION_CHECK_SECONDS
    monkeypatch.setattr(version.time, "monotonic", lambda: later)
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_hits_never_share_a_response(client, site_home):
    """The compression middleware rewrites the response it is given: each hit must get a copy of its own."""
    plain = client.get("/").content
    compressed = client.get("/", headers={"accept-encoding": "gzip"})
    assert compressed["X-Page-Cache"] == "hit" and compressed["Content-Encoding"] == "gzip"
    again = client.get("/")
    assert again["X-Page-Cache"] == "hit" and again.content == plain and not again.has_header("Content-Encoding")


def test_a_copy_made_under_an_older_version_is_not_served(client, site_home):
    from hub.caching.version import invalidate

    assert client.get("/")["X-Page-Cache"] == "miss"
    invalidate()
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


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


def test_display_preferences_get_their_own_cached_copy(client, site_home):
    client.get("/")
    default = client.get("/")
    assert default["X-Page-Cache"] == "hit"
    client.cookies["hub_display"] = "largest.high"
    chosen = client.get("/")
    assert chosen["X-Page-Cache"] == "miss"
    assert "hub-text-largest" in chosen.content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_saved_draft_keeps_the_cached_page(client, site_home):
    page = StandardPageFactory(parent=site_home, title="Old title", slug="about")
    client.get("/about/")
    page.title = "Draft title"
    page.save_revision()
    response = client.get("/about/")
    assert response["X-Page-Cache"] == "hit"
    assert "Old title" in response.content.decode()


def test_a_new_site_root_and_a_view_restriction_show_at_once(client, site_home):
    page = StandardPageFactory(parent=site_home, slug="members", title="Members only")
    assert client.get("/members/").status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/members/").status_code == 302

    client.get("/")
    new_home = HomePageFactory(parent=site_home.get_parent(), slug="new-home", hero_heading="A new front page")
    site = Site.objects.get(is_default_site=True)
    site.root_page = new_home
    site.save()
    assert "A new front page" in client.get("/").content.decode()


@pytest.fixture
def news(site_home):
    return BlogIndexPageFactory(parent=site_home, slug="news")


def test_tracking_parameters_share_the_pages_copy_and_never_show_in_it(client, news):
    assert client.get("/news/")["X-Page-Cache"] == "miss"
    for url in (f"/news/?utm_source={uuid.uuid4()}", f"/news/?fbclid={uuid.uuid4()}&gclid=1&mc_cid=2"):
        assert client.get(url)["X-Page-Cache"] == "hit"
    client.cookies.clear()
    campaign = f"/get-involved-campaign-{uuid.uuid4().hex}"
    first = client.get(f"/news/?type=news&utm_campaign={campaign}")
    assert first["X-Page-Cache"] == "miss"
    assert campaign not in first.content.decode()
    assert client.get("/news/?utm_medium=email&type=news")["X-Page-Cache"] == "hit"


def test_a_filter_the_page_reads_gets_its_own_copy(client, news):
    client.get("/news/")
    filtered = client.get("/news/?type=event")
    assert filtered["X-Page-Cache"] == "miss"
    assert client.get("/news/?type=event")["X-Page-Cache"] == "hit"
    assert client.get("/news/?page=2&type=event")["X-Page-Cache"] == "miss"
    assert client.get("/news/?type=event&page=2")["X-Page-Cache"] == "hit"


def test_unknown_parameters_make_no_entry(client, news):
    client.get("/news/")
    for _ in range(3):
        response = client.get(f"/news/?x={uuid.uuid4()}")
        assert response.status_code == 200 and "X-Page-Cache" not in response


def test_one_path_keeps_a_bounded_number_of_copies(client, news, monkeypatch):
    monkeypatch.setattr(page_cache, "MAX_COPIES_PER_PATH", 2)
    assert client.get("/news/?type=news")["X-Page-Cache"] == "miss"
    assert client.get("/news/?type=event")["X-Page-Cache"] == "miss"
    assert "X-Page-Cache" not in client.get("/news/?type=made-up")
    assert client.get("/news/")["X-Page-Cache"] == "miss", "the page without parameters is always kept"


def test_every_parameter_a_listing_reads_is_in_the_key():
    from django.conf import settings

    from blog.models import PostFilterForm
    from opportunities.forms import FilterForm

    read = {"page", *PostFilterForm.base_fields, *FilterForm.base_fields}
    assert read <= set(settings.PAGE_CACHE_QUERY_PARAMETERS)
