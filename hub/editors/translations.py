"""Only Communications and administrators may throw away a translation's reviewed text.

wagtail-localize's "Convert to alias page" replaces a translated page with the
source language's text at once, without review, for anyone who may edit the
page. Here it is kept to the roles that publish: the action is hidden from
everyone else (``hub.wagtail_hooks`` and the translation editor's template)
and its view, reached by any other route, answers 403.
"""

from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail_localize.views import convert

from hub.editors.groups import COMMUNICATIONS

CONVERT_TO_ALIAS_ACTION = "localize-convert-to-alias"


def may_replace_translations(user):
    """True for the roles that may replace a reviewed translation with the source text."""
    return user.is_superuser or user.groups.filter(name=COMMUNICATIONS).exists()


def convert_to_alias(request, page_id):
    """wagtail-localize's view, refused with an explanation to everyone else (guarded in ``hub/urls.py``)."""
    if not may_replace_translations(request.user):
        context = {"edit_url": reverse("wagtailadmin_pages:edit", args=(page_id,))}
        return TemplateResponse(request, "admin/convert_to_alias_refused.html", context, status=403)
    return convert.convert_to_alias(request, page_id)
