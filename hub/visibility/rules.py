"""The visibility rule (see ``hub.visibility``) as SQL, so no listing pays a query for it."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def visible_q():
    """A filter on pages (or any page model) that keeps the pages no restriction hides, in any language.

    A condition inside the listing's own query (Wagtail's ``.public()`` costs
    a query of its own and sees only the page's own tree): no language
    version of a restricted page, and no alias of one, at or above the page.
    Each half finds its few rows by the translation key's index; one ``OR``
    would make PostgreSQL scan every page. Search backends accept plain
    lookups only, so search applies it as ``pk__in`` (``search.types``).
    """
    restricted_keys = PageViewRestriction.objects.values("page__translation_key")
    versions = Page.objects.filter(translation_key__in=restricted_keys)
    aliases = Page.objects.filter(alias_of__in=versions.values("pk"))
    at_or_above = {"path": Substr(OuterRef("path"), 1, Length("path"))}
    return ~Exists(versions.filter(**at_or_above)) & ~Exists(aliases.filter(**at_or_above))


def restrictions_for(page):
    """The view restrictions that apply to ``page`` when it is served, in one query.

    Wagtail's own (on the page and its ancestors, an alias's on its original)
    when there are any, so the admin's privacy setting still edits the page's
    own restriction; otherwise those on another language version of the page
    or of one of its ancestors.
    """
    steplen = Page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    lineage = Page.objects.filter(path__in=paths)
    originals = lineage.filter(alias_of__isnull=False).values("alias_of")
    keys = Q(page__translation_key__in=lineage.values("translation_key")) | Q(
        page__translation_key__in=Page.objects.filter(pk__in=originals).values("translation_key")
    )
    own = Q(page__path__in=paths) | Q(page__in=originals)
    return PageViewRestriction.objects.filter(keys).filter(own | ~Exists(PageViewRestriction.objects.filter(own)))
