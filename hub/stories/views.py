from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.permissions import ModelPermissionPolicy

from hub.privacy.exports import SafeExportMixin
from hub.stories.models import StoryFormPage, StorySubmission


class StorySubmissionsListView(SafeExportMixin, SubmissionsListView):
    """Wagtail's submissions list, with formula cells escaped in exports and each export logged."""


class StoryPagesView(PermissionCheckedMixin, BaseListingView):
    """The Stories team's way in: each language's story form, with how many stories it holds."""

    permission_policy = ModelPermissionPolicy(StorySubmission)
    permission_required = "view"
    page_title = _("Stories")
    header_icon = "form"
    index_url_name = "stories_admin:index"
    index_results_url_name = "stories_admin:index_results"
    columns = [
        TitleColumn(
            "title",
            label=_("Form"),
            get_url=lambda page: reverse("wagtailforms:list_submissions", args=[page.pk]),
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        Column("story_count", label=_("Stories")),
    ]

    def get_base_queryset(self):
        return (
            StoryFormPage.objects.select_related("locale")
            .annotate(story_count=Count("storysubmission"))
            .order_by("locale__language_code")
        )
