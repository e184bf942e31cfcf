"""Name the fields an editor still has to fill in or correct, on save and in the preview panel.

Wagtail saves a draft with empty required fields (it checks them only on
submit or publish) and says "Page … has been updated."; its preview panel
says "Correct the validation errors" without saying which. Here the save
message names the required fields left empty (``hub.editors.outcomes``), and
the page preview views add the names to their answer, which
``hub/static/hub/js/preview-problems.js`` writes into the preview panel's
error banner (it listens for Wagtail's ``w-preview:json`` event).
"""

import json

from django.http import JsonResponse
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.admin.views.pages import preview


def _label(form, name):
    field = form.fields.get(name)
    return str(field.label) if field is not None and field.label else name


def missing_required_fields(form):
    """Labels of the required fields a deferred (draft) validation let through empty."""
    cleaned = getattr(form, "cleaned_data", {})
    return [
        _label(form, name)
        for name in getattr(form, "deferred_required_fields", [])
        if cleaned.get(name) in form.fields[name].empty_values
    ]


def fields_to_fix(form):
    """Labels of the fields with errors, then of the required fields left empty."""
    wrong = [_label(form, name) for name in form.errors if name != "__all__"]
    for formset in getattr(form, "formsets", {}).values():
        if any(formset.errors) or formset.non_form_errors():
            wrong.append(str(formset.prefix).replace("_", " "))
    return wrong + [label for label in missing_required_fields(form) if label not in wrong]


def problems_message(labels):
    if not labels:
        return ""
    return _("Fill in or correct: %(fields)s.") % {"fields": get_text_list(labels, _("and"))}


class NamedProblemsMixin:
    """Adds ``problems`` (what to fix, by field name) to the preview panel's answer when the form is invalid.

    A valid answer is left as Wagtail makes it (``assertPageIsPreviewable`` compares it whole).
    """

    def validate_form(self, form):
        is_valid = super().validate_form(form)
        # The first form validated is the one the editor just sent.
        if not hasattr(self, "sent_form"):
            self.sent_form = form
        return is_valid

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        data = json.loads(response.content)
        if data["is_valid"]:
            return response
        return JsonResponse({**data, "problems": problems_message(fields_to_fix(self.sent_form))})


class PreviewOnEdit(NamedProblemsMixin, preview.PreviewOnEdit):
    pass


class PreviewOnCreate(NamedProblemsMixin, preview.PreviewOnCreate):
    pass
