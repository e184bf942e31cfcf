"""The Checks panel's plain-language section (its address and script), and a reminder when a draft is saved."""

import logging

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages

from hub.readability.measures import check, main_text
from hub.readability.models import ReadabilityTargets
from hub.readability.views import PlainLanguageCheckView

logger = logging.getLogger(__name__)


@hooks.register("register_admin_urls")
def plain_language_urls():
    return [path("plain-language/check/", PlainLanguageCheckView.as_view(), name="readability_check")]


@hooks.register("insert_editor_js")
def plain_language_js():
    return format_html('<script src="{}"></script>', static("readability/plain-language.js"))


def _is_draft_save(request):
    """Saved with "Save draft": not autosave (it asks for JSON), submit, publish or a review action."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    return not wants_json and not any(name.startswith("action-") for name in request.POST)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def remind_of_plain_language_warnings(request, page):
    """Before the editor submits: how many warnings the Checks panel will show, measured on the saved draft."""
    if not _is_draft_save(request):
        return
    try:
        html = page.make_preview_request(request, page.default_preview_mode).content.decode()
    except Exception:
        # The draft is saved; a page that cannot be previewed yet only loses the reminder.
        logger.exception("Could not render page %s to measure its plain language", page.pk)
        return
    targets = ReadabilityTargets.for_request(request).targets_for(page._meta.label_lower)
    report = check(main_text(html), page.locale.language_code, targets)
    if report.warning_count:
        messages.warning(
            request,
            ngettext(
                "Plain language: %(count)d thing to look at before you submit. Open Checks to see it.",
                "Plain language: %(count)d things to look at before you submit. Open Checks to see them.",
                report.warning_count,
            )
            % {"count": report.warning_count},
        )
