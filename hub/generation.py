"""The content "generation": one number that every cache of rendered or looked-up content is keyed by.

Any change visitors could see (a page published, a snippet, setting, image,
site, locale or view restriction saved, see ``hub/signals.py``) increments it,
so every key made with the old number is never read again and expires on its
own. Used by the page cache (``hub.cache``), the site chrome (``hub.chrome``),
the cached site and home page (``hub.routing``) and the language versions of a
page (``hub.i18n``).
"""

from django.core.cache import cache

GENERATION_KEY = "pagecache:generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY) or 1
    return generation


def invalidate():
    """Drop every cached page and lookup (cheaply: the next generation's keys are all new)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)
