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

# Each worker reads the version from the cache at most once a second and uses
# it meanwhile: with the read on every request, a page from the cache was a
# round trip to Redis (with redis-py and the Redis server on the same two
# cores) and ran at about 3,000 requests/s against 4,700 for a static file
# (62%, target 75%; make bench, 2026-12-05). A change published on another
# worker or server shows here at most this late; on this worker at once.
VERSION_CHECK_SECONDS = 1.0
_this_process = {"version": None, "read_at": 0.0}

# Within a request the version is fixed: a page, its fragments and its
# look-ups all stand on one version even if the second ends mid-request.
# A dict while a request runs (``None`` outside one).
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


def _read_version():
    """The version in the cache (started if missing), remembered by this process for ``VERSION_CHECK_SECONDS``."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)
        version = cache.get(VERSION_KEY) or 0
    _this_process.update(version=version, read_at=time.monotonic())
    return version


def current_version():
    memo = _this_request.get()
    if memo:
        return memo["version"]
    version = _this_process["version"]
    if version is None or time.monotonic() - _this_process["read_at"] >= VERSION_CHECK_SECONDS:
        version = _read_version()
    if memo is not None:
        memo["version"] = version
    return version


def forget():
    """Read the version from the cache next time: it was raised (here, or by the cache coming back)."""
    _this_process["version"] = None
    memo = _this_request.get()
    if memo is not None:
        # The request that made the change sees the new version from here on.
        memo.clear()


def _raise_version():
    forget()
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
