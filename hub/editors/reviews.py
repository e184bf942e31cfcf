"""Pages' review dates and owners, and the report of pages due for review.

Communications give a page a "review by" date and an owner (Wagtail's own
``Page.owner``) under Settings → Page review dates; Reports → Pages due for
review lists the pages whose date has come, with their owner, and
``send_editor_reminders`` emails each owner (``hub.editors.reminders``).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from hub.models import PageReview


def trust_today():
    """Today in the Trust's time zone (``TIME_ZONE``), whatever an editor's own admin time zone."""
    return timezone.localdate(timezone=timezone.get_default_timezone())


def pages_due_for_review(on=None):
    """Review dates that have come (today's included), oldest first, with their pages and owners."""
    return PageReview.objects.filter(review_by__lte=on or trust_today()).select_related("page", "page__owner")


class PageReviewForm(WagtailAdminModelForm):
    """The review date, plus the page's owner: who is reminded when the date comes."""

    owner = forms.ModelChoiceField(
        label=_("Owner"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name", "username"),
        required=False,
        help_text=_("Who checks the page. They are emailed when the review date comes."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["owner"].initial = self.instance.page.owner_id

    def save(self, commit=True):
        review = super().save(commit=commit)
        if commit:
            page = review.page
            page.owner = self.cleaned_data["owner"]
            page.save(update_fields=["owner"])
        return review


class PageReviewViewSet(ModelViewSet):
    model = PageReview
    name = "page_reviews"
    icon = "calendar-check"
    menu_label = _("Page review dates")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["page", "review_by", "note"]
    search_fields = ["page__title", "note"]
    edit_handler = ObjectList(
        [FieldPanel("page"), FieldPanel("review_by"), FieldPanel("owner"), FieldPanel("note")],
        base_form_class=PageReviewForm,
    )


class PagesDueForReviewView(ReportView):
    """Reports → Pages due for review: what each owner should check now."""

    page_title = _("Pages due for review")
    header_icon = "calendar-check"
    index_url_name = "pages_due_for_review"
    index_results_url_name = "pages_due_for_review_results"
    permission_policy = ModelPermissionPolicy(PageReview)
    permission_required = "view"
    list_export = ["page.title", "page.owner", "review_by", "note"]
    export_headings = {"page.title": _("Page"), "page.owner": _("Owner")}
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            accessor="page.get_admin_display_title",
            get_url=lambda review: reverse("wagtailadmin_pages:edit", args=(review.page_id,)),
        ),
        UserColumn("owner", label=_("Owner"), accessor="page.owner", blank_display_name=_("No owner")),
        DateColumn("review_by", label=_("Review by")),
        Column("note", label=_("What to check")),
    ]

    def get_queryset(self):
        return pages_due_for_review()


class PagesDueForReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return PagesDueForReviewView.permission_policy.user_has_permission(request.user, "view")
