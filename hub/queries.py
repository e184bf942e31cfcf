"""Query helpers shared by the listings."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def not_restricted_q():
    """Pages with no view restriction on themselves or an ancestor, as one SQL subquery.

    Wagtail's ``PageQuerySet.public()`` first fetches every restriction (a query
    of its own each time it is called, several times on some pages); this is
    the same rule inside the listing's own query.
    """
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(restricted)
