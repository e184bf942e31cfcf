"""Which pages show their own language's words.

In a synchronised tree a page can be live in a language without being
translated: an alias of the English page, or an alias someone has started to
translate whose translation is still a draft (its live revision is then the
English page's). Visitors should not be offered those as translations.
"""

from django.core.cache import cache
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from wagtail.models import Page, Revision

REVISION_CACHE_SECONDS = 24 * 60 * 60


def with_live_object_id(queryset):
    """``queryset`` with each page's ``live_object_id``: the page its live revision belongs to."""
    live_object = Revision.objects.filter(pk=OuterRef("live_revision_id")).values("object_id")[:1]
    return queryset.annotate(live_object_id=Subquery(live_object))


def translated(queryset):
    """Only the pages of ``queryset`` whose live words are their own."""
    return with_live_object_id(queryset.filter(alias_of__isnull=True)).filter(
        Q(live_revision__isnull=True) | Q(live_object_id=Cast("pk", output_field=CharField()))
    )


def _revision_object_id(revision_id):
    """The id of the page a revision belongs to: it never changes, so it is cached."""
    key = f"revision-object:{revision_id}"
    object_id = cache.get(key)
    if object_id is None:
        object_id = Revision.objects.filter(pk=revision_id).values_list("object_id", flat=True).first()
        cache.set(key, object_id, timeout=REVISION_CACHE_SECONDS)
    return object_id


def words_source(page):
    """The page whose words ``page`` shows, when that page is in another language; else ``None``."""
    if page.alias_of_id:
        source_id = page.alias_of_id
    elif "live_object_id" in page.__dict__:  # annotated by ``with_live_object_id``: no query
        source_id = page.live_object_id
    elif page.live_revision_id:
        source_id = _revision_object_id(page.live_revision_id)
    else:
        return None
    if source_id is None or str(source_id) == str(page.pk):
        return None
    source = Page.objects.filter(pk=source_id).select_related("locale").first()
    if source is None or source.locale_id == page.locale_id:
        return None
    return source
