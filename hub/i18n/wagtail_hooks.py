"""Admin: "Submit translation for review"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail_localize.models import Translation

from hub.i18n import admin_views


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-review/",
            admin_views.submit_translation_for_review,
            name="hub_i18n_submit_for_review",
        )
    ]


def review_button(page, user, view_name=None, next_url=None):
    """On a translated page with a review workflow, for people who may edit it."""
    if page.alias_of_id or page.get_workflow() is None or not page.permissions_for_user(user).can_edit():
        return
    found = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if found is not None:
        yield ListingButton(
            _("Submit translation for review"),
            reverse("hub_i18n_submit_for_review", args=[found.pk]),
            icon_name="resubmit",
            priority=61,
        )


hooks.register("register_page_header_buttons", review_button)
hooks.register("register_page_listing_more_buttons", review_button)
