"""``{% content_version %}``: the content version, for keys of Django's ``{% cache %}`` fragments.

A fragment keyed by it is dropped with the page cache, by the same changes
(``hub.caching.signals``).
"""

from django import template

from hub.caching.version import current_version

register = template.Library()


@register.simple_tag
def content_version():
    return current_version()
