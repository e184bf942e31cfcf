"""The one page cache for anonymous visitors, and what invalidates it.

- ``middleware.PageCacheMiddleware`` keeps whole anonymous pages (``middleware``).
- ``version`` holds the content version every cached page and fragment is keyed by.
- ``lookups`` keeps look-ups every page repeats (site settings, routes, restrictions) under that version.
- ``signals`` raises the version when something visitors can see changes, and only then.
- ``backends.CircuitBreakerRedisCache`` keeps pages fast while Redis is down.

docs/caching.md explains the whole mechanism on one page.
"""
