"""The story form: Wagtail's form builder with our protection, length limits and a fixed consent box."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from hub.protection.forms import ProtectedForm

LONG_ANSWER_MAX_LENGTH = 10000


class StoryUsage(models.TextChoices):
    """How the person agrees their story may be used; stored with the story and shown to the stories team."""

    ANONYMOUS = "anonymous", _("Anonymously: without my name")
    FIRST_NAME = "first_name", _("With my first name")
    LEARNING_ONLY = "learning_only", _("Not published: only for the Trust's own learning")


class StoryFormBase(ProtectedForm, BaseForm):
    """Every story form ends with how the story may be used and a consent box; editors cannot remove them."""

    usage = forms.ChoiceField(
        label=_("How may we use your story?"),
        help_text=_("You can change your mind later: tell the stories team, or withdraw your story."),
        choices=StoryUsage.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we may use your story")},
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to say you agree, or we cannot keep your story")}
    )
    # The signed link of a saved draft this form was restored from: sending the story deletes the draft.
    draft = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)

    def __init__(self, *args, consent_label="", **kwargs):
        super().__init__(*args, **kwargs)
        # The usage choice and the consent box always come last, after the editors' questions.
        for name in ("usage", "consent"):
            self.fields[name] = self.fields.pop(name)
        self.fields["consent"].label = consent_label

    def as_draft(self):
        """Let the person save what they have so far: nothing is required, but lengths and choices still are."""
        for field in self.fields.values():
            field.required = False
        return self

    def visitor_data(self):
        data = super().visitor_data()
        data.pop("draft", None)
        return data


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


class WithdrawForm(ProtectedForm):
    """The button that withdraws a story: its signed link travels in a hidden field."""

    withdraw = forms.CharField(widget=forms.HiddenInput, max_length=500)
