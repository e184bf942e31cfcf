"""The text size and contrast form: the same fields in the header and on /preferences/."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.accessibility.preferences import CONTRASTS, SIZES
from hub.forms import widgets


class PreferencesForm(forms.Form):
    """Drawn twice on /preferences/ (the header bar and the page): give each copy its own ``auto_id``."""

    size = forms.ChoiceField(
        label=_("Text size"),
        choices=list(SIZES.items()),
        widget=widgets.RadioSelect(small=True),
        error_messages={
            "required": _("Choose a text size"),
            "invalid_choice": _("Choose a text size from the list"),
        },
    )
    contrast = forms.ChoiceField(
        label=_("Contrast"),
        choices=list(CONTRASTS.items()),
        widget=widgets.RadioSelect(small=True),
        error_messages={
            "required": _("Choose a contrast"),
            "invalid_choice": _("Choose a contrast from the list"),
        },
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput, max_length=2000)
