from django import forms
from django.core.validators import RegexValidator

MAX_TEXT_LENGTH = 200_000


class CheckForm(forms.Form):
    """What the editor's browser sends: the preview's text (as Wagtail extracts it), its language, the page type."""

    text = forms.CharField(required=False, strip=False, max_length=MAX_TEXT_LENGTH)
    language = forms.CharField(
        required=False, max_length=20, validators=[RegexValidator(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    )
    page_type = forms.CharField(
        required=False, max_length=100, validators=[RegexValidator(r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$")]
    )
