"""Template tags for blog pages and the blog's part of the home page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from blog.models import home_page_news

register = template.Library()

# The characters that could end a <script> element or start an HTML entity,
# escaped the way Django's json_script escapes them.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Structured data as a non-executable ``application/ld+json`` script element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag
def home_news(home):
    """The home page's posts and events (see ``blog.models.home_page_news``)."""
    return home_page_news(home)
