"""A sitemap that lists every language's pages, each with its translations as alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from hub.i18n.pages import translated
from hub.visibility.rules import visible_q


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap lists only the site's own tree; this adds the translated trees.

    Untranslated aliases and unpublished translations are left out (they
    repeat another language's words), and so are restricted pages in every
    language (``hub.visibility``); each URL carries ``xhtml:link`` alternates for its
    translations and an ``x-default`` pointing at the English page.
    """

    def items(self):
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return translated(pages.live().filter(visible_q())).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("id", "language_code"))
        versions = defaultdict(list)
        for item in pages:
            versions[item.translation_key].append((languages[item.locale_id], item.get_full_url(self.request)))
        urls = []
        for item in pages:
            alternates = self._alternates(versions[item.translation_key])
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates})
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    @staticmethod
    def _alternates(versions):
        if len(versions) < 2:
            return []
        alternates = [{"lang_code": code, "location": location} for code, location in versions]
        alternates += [
            {"lang_code": "x-default", "location": location}
            for code, location in versions
            if code == settings.LANGUAGE_CODE
        ]
        return alternates
