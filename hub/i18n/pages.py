"""Which pages show their own language's words: the one definition of "translated".

In a synchronised tree a page can be live in a language without being
translated: an alias of the English page, or an alias someone has started to
translate whose translation is still a draft (its live revision is then the
English page's). Visitors should not be offered those as translations.

A page's words come from its original when it is an alias, else from the page
its live revision belongs to, else from itself; it is translated when that page
is in its own language. ``with_words_locale`` works this out in SQL, so the
language switcher, the sitemap, the untranslated-page notice and the menus
(``hub.navigation``) all use it without a query per page.
"""

from django.db.models import F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from wagtail.models import Page, Revision
from wagtail_localize.fields import SynchronizedField

from hub.caching.lookups import remembered


def with_words_locale(queryset):
    """``queryset`` with ``words_page_id`` and ``words_locale_id``: the page whose words each shows, and its locale.

    A source that no longer exists counts as the page's own words.
    """
    live_object = Revision.objects.filter(pk=OuterRef("live_revision_id")).values("object_id")[:1]
    words_locale = Page.objects.filter(pk=OuterRef("words_page_id")).values("locale_id")[:1]
    return queryset.annotate(
        words_page_id=Coalesce(
            F("alias_of_id"), Cast(Subquery(live_object), IntegerField()), F("pk"), output_field=IntegerField()
        )
    ).annotate(words_locale_id=Coalesce(Subquery(words_locale), F("locale_id"), output_field=IntegerField()))


def shows_own_language(page):
    """Whether a page fetched through ``with_words_locale`` shows words in its own language."""
    return page.words_locale_id == page.locale_id


def translated(queryset):
    """Only the pages of ``queryset`` whose live words are in their own language."""
    return with_words_locale(queryset).filter(words_locale_id=F("locale_id"))


def words_source(page):
    """The page whose words ``page`` shows, when that page is in another language; else ``None``.

    Asked on every page served in a language other than English; the answer
    changes only when a page is published, so it is kept under the content
    version (``hub.caching.lookups``, two queries a page).
    """

    def find():
        found = with_words_locale(Page.objects.filter(pk=page.pk)).first()
        if found is None or shows_own_language(found):
            return None
        return Page.objects.select_related("locale").filter(pk=found.words_page_id).first()

    return remembered(f"words-source:{page.pk}", find)


class SynchronisedSlugMixin:
    """For every page type: the slug is copied from the English page, not a string to translate.

    wagtail-localize treats the slug as text, so a page whose every sentence
    is translated still waits for "translations" until someone translates
    its address on the Promote tab; and translated addresses would make
    ``/pl/get-involved/`` and ``/get-involved/`` different paths for one
    page. Synchronised, it is English in every language; a translator can
    still override it in the translation editor where a translated address
    really helps.
    """

    override_translatable_fields = [SynchronizedField("slug")]
