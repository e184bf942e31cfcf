from django import forms
from django.utils.translation import gettext_lazy as _

from hub.protection.forms import ProtectedForm


class AlertForm(ProtectedForm):
    """Only an email address and consent: the filters come from the listing's address."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We only use it to tell you about new roles. You can stop the emails at any time."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Email address must be 254 characters or fewer"),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree to get emails about new roles like these"),
        error_messages={"required": _("Tick the box to agree to get the emails")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
