"""A page cache for anonymous visitors.

Why our own and not wagtail-cache: the cache key must include the visitor's
text-size and contrast choice (a bounded set of variants) so the no-JavaScript
path keeps working, and one content change must drop every page that could
show it (menus, footers and listings appear on many pages).

How it works:
- Only anonymous GET/HEAD requests are served from the cache: a request with a
  session cookie (an editor) always goes to Wagtail. Previews live under
  /admin/ and are never cached.
- A response is stored only when it is a 200, sets no cookie, did not use a
  CSRF token (so forms are never shared between visitors) and does not say
  ``private``/``no-store``.
- Keys carry a "generation" number. Any change to a page, snippet, setting,
  image or document increments it (see ``hub/signals.py``), so every cached
  page is dropped at once; stale keys expire after PAGE_CACHE_SECONDS. Things
  that change with time alone (a role closing at midnight, an event ending, a
  banner's window) are at most PAGE_CACHE_SECONDS late.
- Cache errors (Redis down) are logged by django-redis and the page is built
  as usual.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from hub.accessibility.preferences import variant as display_variant
from hub.consent.choices import consent_variant
from hub.generation import current_generation

SKIP_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/preferences/")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "text/calendar", "application/xml")
MAX_QUERY_LENGTH = 300


def variant(request):
    """The part of the key that comes from the visitor's own choices: text size
    and contrast (ten values) and cookie consent (a bounded set of categories)."""
    return f"{display_variant(request)}|{consent_variant(request)}"


def cache_key(request):
    raw = "|".join((request.get_host(), request.get_full_path(), variant(request)))
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"pagecache:{current_generation()}:{digest}"


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(SKIP_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
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


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            # Browsers check back every time (so a new text-size choice shows at
            # once); shared caches such as a CDN may keep the page briefly.
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)
            cache.set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
