"""Listings kept as HTML fragments: the cards, filters and pages of results of a listing page.

Why a layer of our own (issue 15 allows one where measurement shows Wagtail's
way misses the target): with the page cache missed (a new filter, a new
display choice, the first visit after a change), the home page, the news
index and the get-involved page spent 30 to 35 ms of CPU a request (target
about 13), half of it building the cards and the filter form and half the
queries behind them (``bench/cpu.py``, 5,000 posts, PostgreSQL). Kept, the
listing costs one cache read and none of those queries, because the pages
hand the template lazy listings (``blog.models.index.PostListing``,
``opportunities.models.RoleListing``, ``home.models.HomeListing``) that
query only when the fragment is built.

A listing changes with time alone too: an event it shows ends, a role
closes at midnight. Each listing says when (``changes_at``, after it is
rendered), and the kept copy is not served from then on; otherwise it is
kept for ``LISTING_CACHE_SECONDS``.

Django's ``{% cache %}`` tag cannot be used here: a listing's key holds the
query string (its pagination and filter links are built from it), which a
visitor chooses, so like the page cache (``MAX_COPIES_PER_PATH``) the number
of copies per page is bounded, and ``{% cache %}`` keeps whatever it is given.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from hub.caching.version import current_version

# Made-up filter values and page numbers cannot fill the cache: one page keeps
# at most this many listings per content version (the page cache's own bound).
MAX_COPIES_PER_PAGE = 200


def room_for_another_copy(scope, version, limit, seconds):
    """Whether ``scope`` may keep one more copy under ``version`` (counted in the cache, atomically)."""
    key = f"copies:{version}:{hashlib.sha256(scope.encode()).hexdigest()}"
    cache.add(key, 0, timeout=seconds)
    try:
        copies = cache.incr(key)
    except ValueError:
        return False
    return copies is not None and copies <= limit


def listing_key(request, page, name, version):
    """Everything a listing's HTML depends on: the version, host, language, page, name and sorted query string."""
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    digest = hashlib.sha256(f"{request.get_host()}|{get_language()}|{page.pk}|{name}|{query}".encode()).hexdigest()
    return f"listing:{version}:{digest}"


class ListingCacheNode(template.Node):
    """Renders its contents once per key; see ``caching_tags.listing_cache``."""

    def __init__(self, nodelist, listing, name):
        self.nodelist = nodelist
        self.listing = listing
        self.name = name

    def render(self, context):
        request, page = context.get("request"), context.get("page")
        seconds = settings.LISTING_CACHE_SECONDS
        # A preview shows unsaved choices (the home page's featured items).
        if request is None or page is None or getattr(request, "is_preview", False) or seconds <= 0:
            return self.nodelist.render(context)
        version = current_version()
        key = listing_key(request, page, self.name.resolve(context), version)
        kept = cache.get(key)
        if kept is not None and (kept[0] is None or timezone.now() < kept[0]):
            return kept[1]
        html = self.nodelist.render(context)
        if room_for_another_copy(f"listing:{page.pk}", version, MAX_COPIES_PER_PAGE, seconds):
            # Kept with the moment it goes out of date by itself (an event shown ends), if sooner.
            cache.set(key, (self.listing.resolve(context).changes_at, html), timeout=seconds)
        return html
