"""``{% content_version %}`` for keys of Django's ``{% cache %}`` fragments, and ``{% listing_cache %}``.

A fragment keyed by the version is dropped with the page cache, by the same
changes (``hub.caching.signals``).
"""

from django import template

from hub.caching.fragments import ListingCacheNode
from hub.caching.version import current_version

register = template.Library()


@register.simple_tag
def content_version():
    return current_version()


@register.tag
def listing_cache(parser, token):
    """``{% listing_cache listing "name" %}…{% endlisting_cache %}``: a listing's cards, filters and pages, as HTML.

    ``name`` tells apart the parts of one page kept this way. Keyed by the
    content version, host, language, page, name and query string, and
    kept for ``LISTING_CACHE_SECONDS`` or until ``listing.changes_at`` (see
    ``hub.caching.fragments``). Put everything in it that reads the listing,
    and nothing that differs between visitors (a form with a token, the
    visitor's own choices).
    """
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError("listing_cache takes two arguments: the listing and a name")
    nodelist = parser.parse(("endlisting_cache",))
    parser.delete_first_token()
    return ListingCacheNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
