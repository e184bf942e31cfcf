"""Which pages show their own language's words.

In a synchronised tree a page can be live in a language without being
translated: an alias of the English page, or an alias someone has started to
translate whose translation is still a draft (its live revision is then the
English page's). Visitors should not be offered those as translations.
"""

from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from wagtail.models import Page, Revision


def translated(queryset):
    """Only the pages of ``queryset`` whose live words are their own."""
    live_object = Revision.objects.filter(pk=OuterRef("live_revision_id")).values("object_id")[:1]
    return (
        queryset.filter(alias_of__isnull=True)
        .annotate(live_object_id=Subquery(live_object))
        .filter(Q(live_revision__isnull=True) | Q(live_object_id=Cast("pk", output_field=CharField())))
    )


def words_source(page):
    """The page whose words ``page`` shows, when that page is in another language; else ``None``."""
    if page.alias_of_id:
        source_id = page.alias_of_id
    elif page.live_revision_id:
        source_id = Revision.objects.filter(pk=page.live_revision_id).values_list("object_id", flat=True).first()
    else:
        return None
    if source_id is None or str(source_id) == str(page.pk):
        return None
    source = Page.objects.filter(pk=source_id).select_related("locale").first()
    if source is None or source.locale_id == page.locale_id:
        return None
    return source
