"""Look-ups every page repeats, kept under the content version: site settings, routes and restrictions.

Wagtail reads these from the database on every request: the site settings
each page shows (``SiteSettingLookups``), the page a path leads to
(``RouteLookups`` on ``home.models.HomePage``) and whether a view
restriction exists anywhere (``hub.visibility.rules``); also a translated
page's words source (``hub.i18n.pages``), the news index's filter choices
and a post's neighbours and related posts (``blog.models.posts``). They
change only with a change visitors
can see, which raises the content version (``hub.caching.signals``), so they
are kept in the same cache as the pages, under that version: a change drops
them with everything else.

Why a layer of our own (issue 15 allows one where measurement shows Wagtail's
way misses the target): on the demo content an uncached page made 9 to 21
queries (target 10), 5 to 14 of them these look-ups, and spent 25 to 72 ms
of CPU against a target of about 15; with them, 4 to 10 queries and 19 to
50 ms (docs/performance.md has the numbers before and after).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page, Site

from hub.caching.version import current_version

# A look-up is dropped by a version change long before this; the limit only frees memory.
TIMEOUT = 24 * 60 * 60
MISSING = object()


def _key(name):
    return f"lookup:{current_version()}:{name}"


def remembered(name, compute):
    """The value of ``compute()``, kept under ``name`` until the content version changes."""
    key = _key(name)
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


class RouteLookups:
    """For the page at the root of a site (the home page): the page each path leads to is remembered.

    Wagtail's ``route`` walks down the tree with two queries a level (the
    child by its slug, then its specific type): four for a post, plus one
    for the home page. Remembered, the page is read in one query whatever
    its depth, and its parents come with the remembered route, set as
    Wagtail's own ``route`` sets them (breadcrumbs and ``get_parent`` use
    them). The page still routes the rest of the path itself, so routable
    pages (``feed/``, ``apply/``, ``.ics``) and the live check work as before;
    a path that leads nowhere is not remembered.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        key = _key(f"route:{self.pk}:{'/'.join(path_components)}")
        found = cache.get(key)
        page = self._remembered_page(path_components, *found) if found else None
        if page is None:
            result = super().route(request, path_components)
            page = result.page
            cache.set(key, (page.content_type_id, page.pk, self._parents_of(page)), timeout=TIMEOUT)
            return result
        return page.route(request, path_components[page.depth - self.depth :])

    def _parents_of(self, page):
        """The plain pages between this page and ``page``, top down."""
        steplen = Page.steplen
        paths = [page.path[:end] for end in range(len(self.path) + steplen, len(page.path), steplen)]
        return list(Page.objects.filter(path__in=paths).order_by("path")) if paths else []

    def _remembered_page(self, path_components, content_type_id, pk, parents):
        """The remembered page, or None if it is no longer where the path leads (then Wagtail walks the tree)."""
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=pk).first() if model else None
        if page is None or not all(page.path.startswith(parent.path) for parent in parents):
            return None
        slugs = path_components[: page.depth - self.depth]
        if page.url_path != self.url_path + "".join(f"{slug}/" for slug in slugs):
            return None
        child = page
        for parent in reversed(parents):
            child._cached_parent_obj = parent
            child = parent
        child._cached_parent_obj = self
        return page
