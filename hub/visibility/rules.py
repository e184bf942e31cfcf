"""The visibility rule (see ``hub.visibility``) as SQL, so no listing pays a query for it."""

from functools import cache

from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def _restricted_keys():
    """Translation keys of every page at or below a page with a view restriction, as a subquery."""
    restriction_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return Page.objects.filter(Exists(restriction_above)).values("translation_key")


def hidden_pages():
    """Every page the rule hides, as a subquery: pages at or below a version (or alias) of a restricted page."""
    keys = _restricted_keys()
    hidden_roots = Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))
    return Page.objects.filter(Exists(hidden_roots.filter(path=Substr(OuterRef("path"), 1, Length("path")))))


@cache
def _hidden_pages_sql(vendor):
    """``hidden_pages`` as SQL and parameters for the database ``vendor``, built once per process.

    The sub-query never changes, but the ORM rebuilt and compiled it for
    every use: 3.3 ms of CPU each time on this machine, about 10 ms of a
    post page's 57 ms (three uses) and more on the home page. The compiled
    text costs 0.4 ms. Its own table is not renamed, so it refers to its own
    rows wherever it is placed: SQL resolves a table name in the innermost
    query that has it.
    """
    return hidden_pages().values("pk").query.sql_with_params()


def visible_q():
    """A filter on pages (or any page model) that keeps the pages no restriction hides, in any language.

    One condition inside the listing's own query: Wagtail's ``.public()``
    costs a query of its own and sees only the page's own tree. Written as
    ``pk NOT IN (…)`` so that search backends, which accept plain lookups
    only, can apply it too.
    """
    return ~Q(pk__in=RawSQL(*_hidden_pages_sql(connection.vendor)))  # noqa: S611 - the ORM wrote it, with parameters


def restrictions_for(page):
    """The view restrictions that apply to ``page`` when it is served, in one query.

    Wagtail's own (on the page and its ancestors, an alias's on its original)
    when there are any, so the admin's privacy setting still edits the page's
    own restriction; otherwise those that hide it through another language
    version: on, or above, a version of the page or of one of its ancestors.
    """
    steplen = Page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    lineage = Page.objects.filter(path__in=paths)
    keys = Q(translation_key__in=lineage.values("translation_key")) | Q(
        translation_key__in=lineage.filter(alias_of__isnull=False).values("alias_of__translation_key")
    )
    above_a_version = Exists(Page.objects.filter(keys, path__startswith=OuterRef("page__path")))
    own = Q(page__path__in=paths) | Q(page__in=lineage.values("alias_of"))
    restrictions = PageViewRestriction.objects.filter(above_a_version)
    return restrictions.filter(own | ~Exists(PageViewRestriction.objects.filter(own)))
