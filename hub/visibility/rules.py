"""The visibility rule (see ``hub.visibility``) as SQL, so no listing pays a query for it."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

from hub.caching.lookups import remembered


def any_restriction():
    """Whether any page in any language has a view restriction.

    Most of the time none has, and then the rule below need not be built,
    compiled or run: it took about 3 ms of CPU in each listing query (and
    ``BlogPage._around`` holds three). Kept under the content version, which
    saving or deleting a restriction raises (``hub.caching.lookups``).
    """
    return remembered("restrictions:any", PageViewRestriction.objects.exists)


def visible_q():
    """A filter on pages (or any page model) that keeps the pages no restriction hides, in any language.

    A condition inside the listing's own query (Wagtail's ``.public()`` costs
    a query of its own and sees only the page's own tree): no language
    version of a restricted page, and no alias of one, at or above the page.
    Each half finds its few rows by the translation key's index; one ``OR``
    would make PostgreSQL scan every page. Search backends accept plain
    lookups only, so search applies it as ``pk__in`` (``search.types``).
    With no restriction anywhere it keeps every page.
    """
    if not any_restriction():
        return Q(pk__isnull=False)
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
    or of one of its ancestors. None, without a query, when no page has one.
    """
    if not any_restriction():
        return PageViewRestriction.objects.none()
    steplen = Page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    lineage = Page.objects.filter(path__in=paths)
    originals = lineage.filter(alias_of__isnull=False).values("alias_of")
    keys = Q(page__translation_key__in=lineage.values("translation_key")) | Q(
        page__translation_key__in=Page.objects.filter(pk__in=originals).values("translation_key")
    )
    own = Q(page__path__in=paths) | Q(page__in=originals)
    return PageViewRestriction.objects.filter(keys).filter(own | ~Exists(PageViewRestriction.objects.filter(own)))
