"""The public booking form and the "yes, cancel my place" form."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from blog.bookings.models import AccessNeed, Booking
from hub.privacy.retention import stated_periods
from hub.protection.forms import ProtectedForm
from opportunities.forms import PHONE_PATTERN


class BookingForm(ProtectedForm, forms.ModelForm):
    """A name, a way to reach the person, what would help them take part, and consent (with the shared safeguards)."""

    access_needs = forms.MultipleChoiceField(
        label=_("Would any of these help you take part?"),
        help_text=_("Tick all that apply. We will do our best to arrange them and tell you if we cannot."),
        choices=AccessNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_("I agree that the Trust can keep these details to arrange my place at this event"),
        error_messages={"required": _("Tick the box to say you agree, so we can keep your booking")},
    )

    class Meta:
        model = Booking
        fields = ["name", "email", "phone", "access_needs", "access_details", "consent"]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone number"),
            "access_details": _("Anything else that would help you take part?"),
        }
        help_texts = {
            "name": _("The name you would like us to use."),
            "email": _("We email your booking, a calendar file and a reminder two days before."),
            "phone": _("Give a phone number if you would rather we phoned you, for example 07700 900 123."),
            "access_details": _(
                "For example large print, a seat near the door, or breaks. "
                "You do not have to tell us anything about your health."
            ),
        }
        widgets = {"access_details": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "name": {"required": _("Enter your name")},
            "email": {"invalid": _("Enter an email address in the correct format, like name@example.com")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        autocomplete = {"name": "name", "email": "email", "phone": "tel"}
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["email"].widget.attrs["spellcheck"] = "false"
        self.fields["phone"].widget.input_type = "tel"
        # The period comes from the setting the purge uses, so the promise and the practice agree.
        self.fields["consent"].help_text = gettext(
            "Only our involvement team sees your booking and access needs. "
            "We delete them after %(period)s, once the event is over."
        ) % {"period": stated_periods()["personal_data"]}

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(_("Enter a phone number, like 07700 900 123 or +44 7700 900 123"))
        return phone

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and not {"email", "phone"} & set(self.errors):
            self.add_error("email", _("Enter an email address or a phone number, so we can reach you"))
        return cleaned


class CancelForm(ProtectedForm):
    """Only the safeguards: the signed link says which booking, the button says "yes"."""
