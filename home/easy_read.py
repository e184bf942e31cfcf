"""Linking a page and its Easy Read version both ways.

An Easy Read page names its standard version (``EasyReadPage.standard_version``);
every page type gets its Easy Read version, if one is live and public, in its
``get_context`` through ``EasyReadVersionMixin``. Translations follow:
wagtail-localize keeps the link to the English page, and the look-up matches
on its translation key, preferring the Easy Read page in the page's own language.

The answer changes only when pages are published, so it is kept under the
content version (``hub.caching.lookups``): it cost one query on every page
view, which took the home page to 11 (the budget is 10). A preview asks afresh.
"""

from hub.caching.lookups import remembered


class EasyReadVersionMixin:
    """Adds ``easy_read_version`` to the page's context: ``{% easy_read_link %}`` in ``base.html`` shows it."""

    def get_context(self, request, *args, **kwargs):
        from home.models import EasyReadPage  # home.models imports the page types that use this mixin

        context = super().get_context(request, *args, **kwargs)

        def find():
            return EasyReadPage.objects.versions_of(self).first()

        if getattr(request, "is_preview", False):
            context["easy_read_version"] = find()
        else:
            context["easy_read_version"] = remembered(f"easy-read:{self.translation_key}:{self.locale_id}", find)
        return context
