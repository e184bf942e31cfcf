"""What Wagtail looks up before every page, kept in the cache.

Before a page's own content, Wagtail asks the database for the ``Site``
matching the host, the active ``Locale``, the home page in that language and
its specific object, and the view restrictions on the page and its ancestors
(two queries). On a public site these rarely change, so:

- ``SiteRootMiddleware`` keeps, per host, port and language, the ``Site`` with
  its home page already specific and already translated, and gives it to
  Wagtail the way Wagtail keeps it within a request (``request._wagtail_site``,
  read by ``Site.find_for_request``). ``HomePage.localized`` returns that
  translation without asking for the active locale again.
- ``PublicPageMixin.get_view_restrictions`` answers "no restrictions" from a
  cached flag while no page on the site is restricted, and otherwise asks
  Wagtail as usual.

Both are keyed by the content generation (``hub.generation``), which any change
to a page, site, locale or view restriction bumps (``hub/signals.py``), so a
change shows on the next request. Requests under /admin/ skip the middleware.
"""

from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from hub.generation import current_generation

CACHE_SECONDS = 24 * 60 * 60
RESTRICTIONS_KEY = "routing:restricted"
# Served without a Wagtail page: no site lookup needed.
SKIP_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")


def _site_key(request):
    hostname = split_domain_port(request.get_host())[0]
    return f"routing:site:{current_generation()}:{hostname}:{request.get_port()}:{translation.get_language()}"


def _build_site(site):
    """``site`` with its home page specific, translated into the active language, and its hero image."""
    home = site.root_page.specific
    localized = site.root_page.localized
    if localized.pk != home.pk:
        localized = localized.specific
    for page in {home, localized}:
        if getattr(page, "hero_image_id", None):
            page.hero_image  # noqa: B018 - fetched now so it is cached with the page
    home.cached_localized = localized
    site.root_page = home
    return site


class SiteRootMiddleware:
    """Gives Wagtail the request's site, with its home page ready, from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(SKIP_PREFIXES):
            key = _site_key(request)
            site = cache.get(key)
            if site is None:
                site = Site.find_for_request(request)
                if site is not None:
                    site = _build_site(site)
                    cache.set(key, site, timeout=CACHE_SECONDS)
            request._wagtail_site = site
        return self.get_response(request)


def any_restrictions():
    """Whether any page has a view restriction (password, login or groups), cached."""
    key = f"{RESTRICTIONS_KEY}:{current_generation()}"
    restricted = cache.get(key)
    if restricted is None:
        restricted = PageViewRestriction.objects.exists()
        cache.set(key, restricted, timeout=CACHE_SECONDS)
    return restricted


class PublicPageMixin:
    """For every page type: no restriction queries while nothing on the site is restricted."""

    def get_view_restrictions(self):
        if not any_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
