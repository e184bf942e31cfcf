from django import forms
from django.utils.translation import gettext_lazy as _

from hub.consent.models import Category
from hub.forms import widgets
from hub.protection.forms import ProtectedForm


class ConsentForm(ProtectedForm):
    """The banner's buttons and the cookies page's choice by category.

    ``categories`` limits the boxes shown to the categories the site uses;
    the view stores answers only for those, whatever is posted.
    """

    # Ticking none is an answer ("no optional cookies"), not a field left out.
    hide_optional = True

    choice = forms.ChoiceField(choices=[("accept", _("Accept all")), ("reject", _("Reject all")), ("save", _("Save"))])
    categories = forms.MultipleChoiceField(
        label=_("Which optional cookies do you agree to?"),
        choices=Category.choices,
        required=False,
        widget=widgets.CheckboxSelectMultiple,
    )
    next = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)

    def __init__(self, *args, categories=None, **kwargs):
        super().__init__(*args, **kwargs)
        if categories is not None:
            self.fields["categories"].choices = [(value, Category(value).label) for value in categories]
