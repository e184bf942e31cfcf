from django import forms
from django.utils.translation import gettext_lazy as _

from hub.consent.models import Category
from hub.protection.forms import ProtectedForm


class ConsentForm(ProtectedForm):
    choice = forms.ChoiceField(choices=[("accept", _("Accept all")), ("reject", _("Reject all")), ("save", _("Save"))])
    categories = forms.MultipleChoiceField(
        label=_("Cookies you agree to"),
        choices=Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    next = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
