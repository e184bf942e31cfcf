from django import forms
from django.utils.translation import gettext_lazy as _

from hub.feedback.models import COMMENT_MAX_LENGTH
from hub.protection.forms import ProtectedForm


class FeedbackForm(ProtectedForm):
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    useful = forms.ChoiceField(choices=[("yes", _("Yes")), ("no", _("No"))])


class CommentForm(ProtectedForm):
    comment = forms.CharField(
        label=_("How could we make this page better?"),
        help_text=_(
            "Do not include personal details such as your name, contact details or anything about your health. "
            "We cannot reply to comments."
        ),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Write a comment, or leave this page if you do not want to."),
            "max_length": _("Your comment must be %(limit_value)d characters or fewer."),
        },
    )
