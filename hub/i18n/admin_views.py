"""Admin view: submit a synchronised translation for review."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation

from hub.i18n.review import submit_for_review


def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not hasattr(page, "get_workflow") or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    if request.method == "POST":
        submit_for_review(translation, request.user)
        messages.success(
            request,
            _("“%(title)s” was sent for review.") % {"title": page.get_admin_display_title()},
        )
        return redirect(next_url)
    return TemplateResponse(
        request,
        "hub_i18n/submit_for_review.html",
        {
            "page": page,
            "next_url": next_url,
            "page_title": _("Submit translation for review"),
            "header_icon": "resubmit",
        },
    )
