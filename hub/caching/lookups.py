"""Look-ups every page repeats, kept under the content version: site settings, routes and restrictions.

Wagtail reads these from the database on every request: the site settings
each page shows (``SiteSettingLookups``), the page a path leads to
(``home.models.HomePage.route``) and whether a view restriction exists
anywhere (``hub.visibility.rules``). They change only with a change visitors
can see, which raises the content version (``hub.caching.signals``), so they
are kept in the same cache as the pages, under that version: a change drops
them with everything else.

Why a layer of our own (issue 15 allows one where measurement shows Wagtail's
way misses the target): on the demo content an uncached page made 9 to 21
queries, 5 to 9 of them these look-ups, and spent 25 to 70 ms of CPU against
a target of about 15 (docs/performance.md has the numbers before and after).
"""

from django.core.cache import cache
from wagtail.models import Site

from hub.caching.version import current_version

# A look-up is dropped by a version change long before this; the limit only frees memory.
TIMEOUT = 24 * 60 * 60
MISSING = object()


def remembered(name, compute):
    """The value of ``compute()``, kept under ``name`` until the content version changes."""
    key = f"lookup:{current_version()}:{name}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache.set(key, value, timeout=TIMEOUT)
    return value


class SiteSettingLookups:
    """For a site setting model: ``for_request`` reads the setting from the cache, not the database.

    Put it before ``BaseSiteSetting`` in the bases. Wagtail's own
    ``for_request``, with one change: the row comes from ``remembered``. The
    admin's setting editor uses ``for_site`` and so always reads the database.
    A model whose template needs its rows (``CookieSettings``' services)
    fetches them in ``prepare_for_cache``.
    """

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)

            def row():
                setting = cls.for_site(site)
                setting.prepare_for_cache()
                return setting

            setting = remembered(f"setting:{cls._meta.label_lower}:{site.pk if site else None}", row)
            setting._request = request
            setattr(request, attr_name, setting)
        return getattr(request, attr_name)

    def prepare_for_cache(self):
        """Fetch what the pages read from this setting besides its own row (nothing by default)."""
