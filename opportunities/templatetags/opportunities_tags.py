"""Template tags for roles: the home page's featured roles and structured data."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from opportunities.models import OpportunityPage

register = template.Library()

HOME_ROLES = 3

# The same escapes Django's json_script uses, so the JSON can never end the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """``data`` as a ``<script type="application/ld+json">`` element (data, never executed)."""
    if not data:
        return ""
    encoded = json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(encoded))  # noqa: S308


@register.simple_tag
def home_roles(home):
    """The editor's featured roles that are still open; if none, the open roles closing soonest."""
    open_roles = OpportunityPage.objects.live().open().filter(locale_id=home.locale_id).select_related("locale")
    featured_ids = list(home.featured_roles.values_list("role_id", flat=True))
    if featured_ids:
        chosen = {role.pk: role for role in open_roles.filter(pk__in=featured_ids)}
        roles = [chosen[pk] for pk in featured_ids if pk in chosen]
        if roles:
            return roles
    return list(open_roles.order_by(F("closing_date").asc(nulls_last=True), "title")[:HOME_ROLES])
