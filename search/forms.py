"""The search page's form: the words and the "Show" filter, drawn by the shared field template."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.forms import widgets
from search.counting import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    # Both fields may be left alone; "(optional)" would only be noise on a search box.
    hide_optional = True

    q = forms.CharField(
        label=_("What are you looking for?"),
        help_text=_("For example: peer support, volunteering, carers, events."),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    type = forms.ChoiceField(label=_("Show"), required=False, widget=widgets.RadioSelect(small=True, inline=True))

    def __init__(self, *args, type_choices=(), **kwargs):
        kwargs.setdefault("auto_id", "search-%s")
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Everything")), *type_choices]
