"""The content version: one number in the cache that every cached page and fragment is keyed by.

Raising it makes every key built with the old number unreachable at once;
old entries expire on their own. One global number rather than a list of
pages per change, because one change shows on many pages: a menu or footer
link, a setting or a snippet shows on every page, a new post on the home
page, its index, its neighbours, feeds and related posts. Working out that
set would be a second, fragile copy of every template's queries; the cost of
the global drop is one new render per page, and visible changes are a few
dozen a day against thousands of views.
"""

import time
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "pagecache:version"

# The version read once per request: a page, its fragments and its look-ups
# asked the cache for it 15 to 17 times (every key holds it), each a round
# trip to Redis; once is enough, and the whole page then stands on one version.
# A dict while a request runs (``None`` outside one, where every call reads).
_this_request = ContextVar("content_version_this_request", default=None)


def request_started(**kwargs):
    """``request_started`` receiver (connected in ``CachingConfig.ready``): the next read is kept for this request."""
    _this_request.set({})


def request_finished(**kwargs):
    """``request_finished`` receiver: outside a request every call reads the cache again."""
    _this_request.set(None)


def _fresh_version():
    """A starting number above any an earlier run could have reached: the time in milliseconds.

    The version may vanish (Redis restarted or evicted it) while pages kept
    under it remain; starting again from 1 could serve those.
    """
    return time.time_ns() // 1_000_000


def current_version():
    memo = _this_request.get()
    if memo:
        return memo["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)
        version = cache.get(VERSION_KEY) or 0
    if memo is not None:
        memo["version"] = version
    return version


def current_version_and(key):
    """The content version and the cached value of ``key`` (or ``None``), in one round trip to the cache.

    The page cache's hit path: reading the two one after the other cost a
    page from the cache a second round trip to Redis (2,300 hits/s against
    4,400 for a static file in ``make bench``). While Redis is unreachable the
    two are read one by one, from the process's own short memory
    (``hub.caching.backends``).
    """
    memo = _this_request.get()
    if memo:
        return memo["version"], cache.get(key)
    found = cache.get_many([VERSION_KEY, key])
    if VERSION_KEY not in found:
        return current_version(), cache.get(key)
    if memo is not None:
        memo["version"] = found[VERSION_KEY]
    return found[VERSION_KEY], found.get(key)


def _raise_version():
    memo = _this_request.get()
    if memo is not None:
        # The request that made the change sees the new version from here on.
        memo.clear()
    try:
        if cache.incr(VERSION_KEY) is not None:
            return
    except ValueError:
        pass
    cache.set(VERSION_KEY, _fresh_version(), timeout=None)


def invalidate():
    """Drop every cached page and fragment: now, and again once the change is committed.

    A request that reads the database between the first raise and the commit
    still sees the old content and may cache it under the new version; the
    raise after the commit drops that copy. The first raise matters only
    where the transaction never commits (each test runs in one), and costs
    one cache call.
    """
    _raise_version()
    transaction.on_commit(_raise_version)
