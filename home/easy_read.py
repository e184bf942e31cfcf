"""Linking a page and its Easy Read version both ways.

An Easy Read page names its standard version (``EasyReadPage.standard_version``);
every page type gets its Easy Read version, if one is live and public, in its
``get_context`` through ``EasyReadVersionMixin`` (one query). Translations
follow: wagtail-localize points a translated Easy Read page at the
translation of its standard page.
"""


class EasyReadVersionMixin:
    """Adds ``easy_read_version`` to the page's context: ``templates/components/easy_read_link.html`` shows it."""

    def get_context(self, request, *args, **kwargs):
        from home.models import EasyReadPage  # home.models imports the page types that use this mixin

        context = super().get_context(request, *args, **kwargs)
        context["easy_read_version"] = EasyReadPage.objects.versions_of(self).first()
        return context
