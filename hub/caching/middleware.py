"""The page cache: whole anonymous pages, kept in Django's cache.

Why our own and not Django's ``UpdateCacheMiddleware`` or wagtail-cache: the
key must hold the visitor's text-size, contrast and cookie choices (a
bounded set of variants, so the no-JavaScript path works) and only the query
parameters pages read, and one change must drop every page that could show
it (``hub.caching.version``).

- Only anonymous GET and HEAD requests are looked up: a request with a
  session cookie (an editor) always goes to Wagtail. The admin, documents,
  static files, media and the preferences form are never cached.
- The key is the host, the path, the parameters pages read
  (``PAGE_CACHE_QUERY_PARAMETERS``: page numbers and listing filters, sorted)
  and the variant. Tracking parameters (``utm_*``, ``fbclid``, ``gclid``…)
  are for the visitor's browser, not for us: they are taken off the request
  before the page is built, so a campaign link shares the page's one copy and
  no copy ever echoes a tracking value. A request with any other parameter
  goes to Wagtail uncached: it creates no entry, and a view reading a
  parameter this list does not know still works.
- A response is kept only when it is a 200, sets no cookie, used no CSRF
  token (forms are never shared between visitors) and is not marked
  ``private``, ``no-store`` or ``no-cache`` (search pages are private).
- A response is kept for ``PAGE_CACHE_SECONDS``, or its own shorter
  ``s-maxage`` (an event taking bookings shows places left: one minute).
- Each worker also keeps the pages it served last in its own memory
  (``_local_copies``, below), so most hits make no call to Redis.
- One path keeps at most ``MAX_COPIES_PER_PATH`` copies with parameters per
  content version, so made-up filter values cannot fill the cache.
"""

import hashlib
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.http import QueryDict
from django.utils.cache import patch_cache_control

from hub.accessibility.preferences import variant as display_variant
from hub.caching.fragments import room_for_another_copy
from hub.caching.version import current_version
from hub.consent.choices import consent_variant

SKIP_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/preferences/")
CACHEABLE_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "text/calendar",
    "application/xml",
    "application/ld+json",
)
MAX_QUERY_LENGTH = 300
MAX_COPIES_PER_PATH = 200
S_MAXAGE = re.compile(r"\bs-maxage=(\d+)")

# Each worker also keeps the pages it served last in its own memory, for a few
# seconds and under the same content version: a page from Redis cost a round
# trip (about 3,000 requests/s against 4,700 for a static file, 62%, target
# 75%; make bench, 2026-12-05). Each copy is unpickled afresh on a hit, so no
# two responses share an object (the compression middleware rewrites one).
_local_copies = LocMemCache("hub-page-copies", {"OPTIONS": {"MAX_ENTRIES": 300}})
LOCAL_COPY_SECONDS = 10

# Added to links by newsletters, social networks and advertisers for their own counting.
TRACKING_PREFIXES = ("utm_", "_ga", "_gl")
TRACKING_PARAMETERS = {
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "twclid",
    "ttclid",
    "yclid",
    "li_fat_id",
}


def variant(request):
    """The part of the key that comes from the visitor's own choices: text size
    and contrast (ten values) and cookie consent (a bounded set of categories)."""
    return f"{display_variant(request)}|{consent_variant(request)}"


def is_tracking(name):
    return name.startswith(TRACKING_PREFIXES) or name in TRACKING_PARAMETERS


def page_parameters(request):
    """The request's query string without tracking parameters, in a fixed order."""
    names = sorted(name for name in request.GET if not is_tracking(name))
    return urlencode([(name, value) for name in names for value in request.GET.getlist(name)])


def reads_every_parameter(request):
    """Whether every parameter left is one pages read (so the key names the page fully)."""
    return all(is_tracking(name) or name in settings.PAGE_CACHE_QUERY_PARAMETERS for name in request.GET)


def _digest(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def cache_key(request):
    """One key per page and variant; the copy kept there carries the content version it was made under."""
    return f"pagecache:page:{_digest(request.get_host(), request.path, page_parameters(request), variant(request))}"


def _room_for_another_copy(request, version):
    """Whether this path may keep one more copy with parameters in this version."""
    if not request.META.get("QUERY_STRING"):
        return True
    scope = f"page:{request.get_host()}{request.path}"
    return room_for_another_copy(scope, version, MAX_COPIES_PER_PATH, settings.PAGE_CACHE_SECONDS)


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(SKIP_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and reads_every_parameter(request)
        and len(page_parameters(request)) <= MAX_QUERY_LENGTH
    )


def is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "CSRF_COOKIE_NEEDS_UPDATE" not in request.META
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def keep_for(response):
    """``PAGE_CACHE_SECONDS``, or less when the page asks for a shorter ``s-maxage`` itself.

    An event taking bookings asks for a minute, so the places left it shows are
    at most a minute old (``EventPage.serve``).
    """
    asked = S_MAXAGE.search(response.get("Cache-Control", ""))
    if asked:
        return min(int(asked.group(1)), settings.PAGE_CACHE_SECONDS)
    return settings.PAGE_CACHE_SECONDS


def _drop_tracking_parameters(request):
    """Build the page from the parameters in its key, so a copy never holds a tracking value."""
    query_string = page_parameters(request)
    request.META["QUERY_STRING"] = query_string
    request.GET = QueryDict(query_string)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        version = current_version()
        kept = _kept_copy(key, version)
        if kept is not None:
            response = kept[1]
            response["X-Page-Cache"] = "hit"
            return response
        _drop_tracking_parameters(request)
        response = self.get_response(request)
        if is_cacheable_response(request, response) and _room_for_another_copy(request, version):
            seconds = keep_for(response)
            # Browsers check back every time (so a new text-size choice shows at
            # once); shared caches such as a CDN may keep the page briefly.
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            cache.set(key, (version, response), timeout=seconds)
            _local_copies.set(key, (version, response), timeout=min(seconds, LOCAL_COPY_SECONDS))
            response["X-Page-Cache"] = "miss"
        return response


def _kept_copy(key, version):
    """``(version, response)`` kept under ``key`` for ``version``: from this worker's memory, else the shared cache."""
    kept = _local_copies.get(key)
    if kept is not None and kept[0] == version:
        return kept
    kept = cache.get(key)
    if kept is None or kept[0] != version:
        return None
    _local_copies.set(key, kept, timeout=min(keep_for(kept[1]), LOCAL_COPY_SECONDS))
    return kept
