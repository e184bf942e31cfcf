"""The forms of the blog: the editor's form for a post and the readers' filters above the list."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from blog.models.choices import PostType
from blog.models.snippets import Category


class BlogPageForm(WagtailAdminPageForm):
    """Posts offer every type but 'event' (events are made as event pages) and their own language's categories."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "post_type" in self.fields:
            self.fields["post_type"].choices = [
                choice for choice in self.fields["post_type"].choices if choice[0] != PostType.EVENT
            ]
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        if "categories" in self.fields and locale_id:
            self.fields["categories"].queryset = Category.objects.filter(locale_id=locale_id)


class PostFilterForm(forms.Form):
    """The filters above the list of posts. Invalid values are ignored, not errors."""

    # Every filter may be left at "All"; no label says "(optional)".
    hide_optional = True

    TYPE_CHOICES = [
        ("", _("All types")),
        (PostType.NEWS, _("News")),
        (PostType.STORY, _("Stories")),
        (PostType.EVENT, _("Events and write-ups")),
        (PostType.REPORT, _("Reports")),
    ]

    type = forms.ChoiceField(label=_("Type"), required=False, choices=TYPE_CHOICES)
    category = forms.ChoiceField(label=_("Category"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)

    def __init__(self, data, *, categories, tags):
        super().__init__(data)
        self.fields["category"].choices = [("", _("All categories")), *categories]
        self.fields["tag"].choices = [("", _("All tags")), *tags]

    def add_error(self, field, error):
        """Leave an unknown or malformed filter out of ``cleaned_data`` without showing an error beside it."""
        if field is None:
            super().add_error(field, error)
