"""The listing's filters and the "I'm interested" form."""

import re
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hub.privacy.retention import stated_periods
from hub.protection.forms import ProtectedForm
from opportunities.models import (
    FIT_FIELDS,
    Area,
    Audience,
    ContactMethod,
    ExpressionOfInterest,
    Fit,
    Kind,
    LadderRung,
    OpportunityPage,
    Relationship,
    Setting,
    TimeCommitment,
)


class FilterForm(forms.Form):
    """GET filters for the listing. Unknown values are ignored, never an error page.

    Values are the same in every language (areas share their slug across
    translations), so a filtered address keeps working after a change of language.
    Within a filter any ticked value matches; across filters all must match.
    """

    kind = forms.MultipleChoiceField(label=_("Kind of role"), choices=Kind.choices)
    time = forms.MultipleChoiceField(label=_("Time you can give"), choices=TimeCommitment.choices)
    fits = forms.MultipleChoiceField(label=_("Fits around your life"), choices=Fit.choices)
    setting = forms.MultipleChoiceField(label=_("Where"), choices=Setting.choices)
    area = forms.MultipleChoiceField(label=_("Area"), choices=())
    audience = forms.MultipleChoiceField(label=_("Who it is for"), choices=Audience.choices)
    rung = forms.MultipleChoiceField(label=_("How much say you have"), choices=LadderRung.choices)

    # Filter -> the OpportunityPage choice field it narrows (``fits`` and ``area`` are in ``condition``).
    CHOICE_FIELDS = {
        "kind": "kind",
        "time": "time_commitment",
        "setting": "setting",
        "audience": "audience",
        "rung": "ladder_rung",
    }

    def __init__(self, data, locale):
        super().__init__(data, auto_id="filter-%s")
        for field in self.fields.values():
            field.required = False
            field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        self.fields["area"].choices = area_choices(locale)

    def chosen(self):
        """The valid choices, field by field; invalid values are dropped."""
        self.is_valid()
        chosen = {}
        for name in self.fields:
            values = self.cleaned_data.get(name)
            if not values and name in self.errors:
                valid = {str(key) for key, _label in self.fields[name].choices}
                values = [value for value in self.data.getlist(name) if value in valid]
            if values:
                chosen[name] = values
        return chosen

    def query_string(self):
        """The valid choices as a query string ("?kind=group&area=wards"), or "" when nothing is chosen."""
        chosen = self.chosen()
        return "?" + urlencode([(name, value) for name, values in chosen.items() for value in values]) if chosen else ""

    def apply(self, queryset):
        for name, values in self.chosen().items():
            queryset = queryset.filter(self.condition(name, values))
        return queryset

    @staticmethod
    def condition(name, values):
        """The roles that match any of ``values`` of the filter ``name``."""
        if name == "fits":
            condition = Q()
            for value in values:
                condition |= Q(**{FIT_FIELDS[value]: True})
            return condition
        if name == "area":
            # Any language's version of the area: translated roles may still point at the English one.
            keys = Area.objects.filter(slug__in=values).values("translation_key")
            return Q(pk__in=OpportunityPage.objects.filter(areas__translation_key__in=keys).values("pk"))
        return Q(**{f"{FilterForm.CHOICE_FIELDS[name]}__in": values})


def area_choices(locale):
    """``(slug, name)`` of this language's areas and the English ones nobody has translated into it yet."""
    translated = Area.objects.filter(locale=locale).values("translation_key")
    untranslated = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
    return list(Area.objects.filter(Q(locale=locale) | untranslated).order_by("name").values_list("slug", "name"))


PHONE_PATTERN = re.compile(r"^\+?[0-9 ()-]{10,20}$")


class ExpressionOfInterestForm(ProtectedForm, forms.ModelForm):
    """What we need to get in touch, and nothing more (with the shared token and honeypot)."""

    consent = forms.BooleanField(
        label=_("I agree that the Trust can keep these details to contact me about getting involved"),
        error_messages={"required": _("Tick the box to say you agree, so we can keep your details")},
    )
    relationship = forms.MultipleChoiceField(
        label=_("Are you…"),
        help_text=_("Tick all that apply."),
        choices=Relationship.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ExpressionOfInterest
        fields = ["name", "contact_method", "email", "phone", "best_time", "adjustments", "relationship", "consent"]
        labels = {
            "name": _("Your name"),
            "contact_method": _("How should we contact you?"),
            "email": _("Email address"),
            "phone": _("Phone number"),
            "best_time": _("Best time to contact you"),
            "adjustments": _("Is there anything that would help you take part?"),
        }
        help_texts = {
            "name": _("The name you would like us to use."),
            "email": _(
                "Needed if you would like us to email you. We only use it to contact you about getting involved."
            ),
            "phone": _("Needed if you would like us to phone you. A mobile or landline, for example 07700 900 123."),
            "best_time": _("For example 'weekday mornings' or 'after 6pm'."),
            "adjustments": _(
                "For example large print, a quiet room, someone to come with you, or breaks. "
                "You do not have to tell us anything about your health."
            ),
        }
        widgets = {
            "contact_method": forms.RadioSelect,
            "adjustments": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "name": {"required": _("Enter your name")},
            "contact_method": {"required": _("Choose how we should contact you")},
            "email": {"invalid": _("Enter an email address in the correct format, like name@example.com")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_method"].choices = ContactMethod.choices
        autocomplete = {"name": "name", "email": "email", "phone": "tel"}
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["email"].widget.attrs["spellcheck"] = "false"
        self.fields["phone"].widget.input_type = "tel"
        # The period comes from the setting the purge uses, so the promise and the practice agree.
        self.fields["consent"].help_text = gettext(
            "Only our involvement team sees your details. "
            "We delete them after %(period)s unless you are taking part with us."
        ) % {"period": stated_periods()["personal_data"]}

    def clean_relationship(self):
        """Someone can be both a service user and a carer: every answer is kept, in the model's one field."""
        return ",".join(self.cleaned_data["relationship"])

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(_("Enter a phone number, like 07700 900 123 or +44 7700 900 123"))
        return phone

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("contact_method")
        if (
            method in (ContactMethod.EMAIL, ContactMethod.EITHER)
            and not cleaned.get("email")
            and "email" not in self.errors
        ):
            self.add_error("email", _("Enter your email address, so we can contact you"))
        if (
            method in (ContactMethod.PHONE, ContactMethod.EITHER)
            and not cleaned.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error("phone", _("Enter your phone number, so we can contact you"))
        return cleaned
