"""Admin: "Submit translation for review" and the translation to-do list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail_localize.models import Translation

from hub.i18n import admin_views
from hub.i18n.panels import TranslationWorkPanel
from hub.i18n.reports import TranslationsReportView
from hub.i18n.status import languages_for


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-review/",
            admin_views.submit_translation_for_review,
            name="hub_i18n_submit_for_review",
        ),
        path("reports/translations/", TranslationsReportView.as_view(), name="hub_i18n_translations"),
        path(
            "reports/translations/results/",
            TranslationsReportView.as_view(results_only=True),
            name="hub_i18n_translations_results",
        ),
    ]


class TranslationsMenuItem(MenuItem):
    """Reports → Translations, for people with languages to look after."""

    def is_shown(self, request):
        return languages_for(request.user).exists()


@hooks.register("register_reports_menu_item")
def translations_report_menu_item():
    return TranslationsMenuItem(
        _("Translations"), reverse("hub_i18n_translations"), icon_name="wagtail-localize-language", order=8900
    )


@hooks.register("construct_reports_menu")
def replace_wagtail_localize_report(request, menu_items):
    """One translations report: ours lists untranslated and out-of-date content too (``hub.i18n.reports``)."""
    theirs = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != theirs]


@hooks.register("construct_homepage_panels")
def add_translation_work_panel(request, panels):
    locales = list(languages_for(request.user))
    if locales:
        panels.append(TranslationWorkPanel(locales))


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
