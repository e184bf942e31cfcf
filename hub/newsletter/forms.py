from django import forms
from django.utils.translation import gettext_lazy as _

from hub.protection.forms import ProtectedForm


class SubscribeForm(ProtectedForm):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Email address must be 254 characters or fewer"),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree to get the newsletter by email"),
        help_text=_("We will only use your email address to send the newsletter. You can unsubscribe at any time."),
        error_messages={"required": _("Tick the box to agree to get the newsletter")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
