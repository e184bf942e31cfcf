"""The story form: Wagtail's form builder with our protection, length limits and a fixed consent box."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from hub.protection.forms import ProtectedForm

LONG_ANSWER_MAX_LENGTH = 10000


class StoryFormBase(ProtectedForm, BaseForm):
    """Every story form ends with this consent box; editors can reword it but not remove it."""

    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to say you agree, or we cannot keep your story")}
    )

    def __init__(self, *args, consent_label="", **kwargs):
        super().__init__(*args, **kwargs)
        # The consent box always comes last, after the editors' questions.
        self.fields["consent"] = self.fields.pop("consent")
        self.fields["consent"].label = consent_label


class StoryFormBuilder(FormBuilder):
    """Clear error messages, and a length limit on long answers (Wagtail limits only one-line answers, to 255)."""

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = {"required": _("Answer the question '%(label)s'") % {"label": field.label}}
        return options

    def create_multiline_field(self, field, options):
        options["max_length"] = LONG_ANSWER_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return super().create_email_field(field, options)

    def get_form_class(self):
        return type("StoryForm", (StoryFormBase,), self.formfields)
