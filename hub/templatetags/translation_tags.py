"""Template filters for wagtail-localize's translation editor."""

import json

from django import template

from hub.editors.translations import may_replace_translations

register = template.Library()


@register.filter
def for_translator(props, user):
    """The editor's settings (JSON) without the "Convert to alias page" link unless ``user`` may use it."""
    if may_replace_translations(user):
        return props
    settings = json.loads(props)
    settings["links"]["convertToAliasUrl"] = None
    return json.dumps(settings)
