"""``ProtectedForm``: the signed token and the honeypot that every public form carries."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hub.protection.tokens import TOKEN_FIELD, make_form_token, token_action

HONEYPOT_FIELD = "website"


class ProtectedForm(forms.Form):
    """Adds the signed token and the honeypot to a public form.

    The honeypot is a text box hidden from people (by CSS, and from screen
    readers with ``aria-hidden``) that bots tend to fill in.
    """

    use_required_attribute = False  # the server checks; browsers' own bubbles are hard to read and translate

    form_token = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(
        label=_("Leave this box empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        self.fields[TOKEN_FIELD].initial = make_form_token(action)

    @property
    def is_spam(self):
        """True when the honeypot was filled: the view pretends all went well and stores nothing."""
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean_form_token(self):
        token = self.cleaned_data.get(TOKEN_FIELD)
        if token_action(token) != self.action:
            raise forms.ValidationError(_("Something went wrong with this form. Please try again."))
        if token_action(token, max_age=settings.HUB_FORM_TOKEN_MAX_AGE) is None:
            self.data = self.data.copy()
            self.data[TOKEN_FIELD] = make_form_token(self.action)
            raise forms.ValidationError(
                _("This page was open for a long time, so please check your answers and send the form again.")
            )
        return token

    def visitor_data(self):
        """The cleaned answers without the protection fields."""
        return {name: value for name, value in self.cleaned_data.items() if name not in {TOKEN_FIELD, HONEYPOT_FIELD}}
