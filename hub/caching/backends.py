"""A Redis cache that steps aside while Redis is down.

django-redis on its own tries Redis on every call: with Redis unreachable,
each page made several calls, each waiting for a connection, and each
failure was logged (the site fell to 6 requests/s from about 1,000, with 34
log lines a request). ``CircuitBreakerRedisCache`` answers every call at once
from a small memory cache of its own process for ``RETRY_AFTER`` seconds
after a failure, then lets one call try Redis again, and logs the outage
once a minute at most. The memory cache keeps nothing longer than
``FALLBACK_SECONDS``: without it every page rebuilt its header, footer and
languages (about 60 ms) and ran at a quarter of its usual rate; with it a
change made meanwhile on another server shows here at most that late.

Every process keeps its own state: one failed call costs at most one connect
timeout per process every ``RETRY_AFTER`` seconds.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from hub.caching.version import VERSION_KEY, forget

logger = logging.getLogger(__name__)

RETRY_AFTER = 30
LOG_EVERY = 60
FALLBACK_SECONDS = 10
FAILURES = (ConnectionInterrupted, RedisConnectionError, RedisTimeoutError, OSError)


class Breaker:
    """Open (calls skipped) for ``RETRY_AFTER`` seconds after a failure; logs at most once per ``LOG_EVERY``."""

    def __init__(self):
        self.lock = threading.Lock()
        self.closed_at = 0.0
        self.logged_at = None
        self.skipped = 0

    def allows_call(self):
        with self.lock:
            if time.monotonic() >= self.closed_at:
                return True
            self.skipped += 1
            return False

    def failed(self, location, error):
        now = time.monotonic()
        with self.lock:
            self.closed_at = now + RETRY_AFTER
            if self.logged_at is not None and now - self.logged_at < LOG_EVERY:
                return
            skipped, self.skipped, self.logged_at = self.skipped, 0, now
        logger.warning(
            "Cache at %s unreachable (%s: %s); pages are built without it, next try in %d s (%d calls skipped)",
            location,
            type(error).__name__,
            error,
            RETRY_AFTER,
            skipped,
        )

    def in_outage(self):
        return self.logged_at is not None

    def succeeded(self, location):
        with self.lock:
            if self.logged_at is None:
                return
            self.logged_at = None
            self.skipped = 0
        logger.warning("Cache at %s reachable again", location)


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location):
    with _breakers_lock:
        return _breakers.setdefault(location, Breaker())


_fallback = LocMemCache("hub-caching-fallback", {"OPTIONS": {"MAX_ENTRIES": 1000}})


def _short(timeout):
    return FALLBACK_SECONDS if timeout is None else min(timeout, FALLBACK_SECONDS)


def _guarded(name, fallback):
    def call(self, *args, **kwargs):
        breaker = breaker_for(self._server)
        if not breaker.allows_call():
            return fallback(*args, **kwargs)
        try:
            if breaker.in_outage():
                # A change published during the outage raised the version only in memory.
                self.raise_content_version()
            result = getattr(RedisCache, name)(self, *args, **kwargs)
        except FAILURES as error:
            breaker.failed(self._server, error)
            return fallback(*args, **kwargs)
        breaker.succeeded(self._server)
        return result

    call.__name__ = name
    call.__doc__ = f"``{name}``, answered from this process's memory while Redis is unreachable."
    return call


def _get(key, default=None, version=None, **kwargs):
    return _fallback.get(key, default, version=version)


def _set(key, value, timeout=None, version=None, **kwargs):
    _fallback.set(key, value, _short(timeout), version=version)
    return True


def _add(key, value, timeout=None, version=None, **kwargs):
    return _fallback.add(key, value, _short(timeout), version=version)


def _incr(key, delta=1, version=None, **kwargs):
    return _fallback.incr(key, delta, version=version)


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


class CircuitBreakerRedisCache(RedisCache):
    """django-redis with a circuit breaker. Set ``IGNORE_EXCEPTIONS`` off: the breaker handles failures."""

    def raise_content_version(self):
        """Drop the pages Redis kept from before an outage."""
        try:
            RedisCache.incr(self, VERSION_KEY)
        except ValueError:
            return
        forget()

    get = _guarded("get", _get)
    get_many = _guarded("get_many", _empty)
    set = _guarded("set", _set)
    add = _guarded("add", _add)
    set_many = _guarded("set_many", _nothing)
    delete = _guarded("delete", lambda key, version=None, **kwargs: _fallback.delete(key, version=version))
    delete_many = _guarded("delete_many", _nothing)
    has_key = _guarded("has_key", _false)
    touch = _guarded("touch", _false)
    incr = _guarded("incr", _incr)
    decr = _guarded("decr", _nothing)
    clear = _guarded("clear", lambda: _fallback.clear())
