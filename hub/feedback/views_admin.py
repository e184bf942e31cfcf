"""Admin reports for Communications: pages by usefulness, and the comments left on them."""

import django_filters
from django.db.models import Count, F, FloatField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import ModelPermissionPolicy

from hub.feedback.models import PageFeedback
from hub.privacy.exports import SafeExportMixin

permission_policy = ModelPermissionPolicy(PageFeedback)


class FeedbackReportMixin(SafeExportMixin):
    permission_policy = permission_policy
    permission_required = "view"
    header_icon = "comment"


class PageScoreReportView(FeedbackReportMixin, ReportView):
    page_title = _("Page feedback")
    index_url_name = "feedback_report:pages"
    index_results_url_name = "feedback_report:pages_results"
    export_filename = "page-feedback"
    list_export = ["title", "locale.language_code", "yes", "no", "total", "percent_useful", "comments"]
    export_headings = {
        "title": _("Page"),
        "locale.language_code": _("Language"),
        "yes": _("Useful"),
        "no": _("Not useful"),
        "total": _("Answers"),
        "percent_useful": _("Useful (%)"),
        "comments": _("Comments"),
    }

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda page: f"{reverse('feedback_report:comments')}?page={page.pk}",
            ),
            Column("locale", label=_("Language"), accessor="locale.get_display_name"),
            Column("yes", label=_("Useful")),
            Column("no", label=_("Not useful")),
            Column("total", label=_("Answers")),
            Column("percent_useful", label=_("Useful (%)")),
            Column("comments", label=_("Comments")),
        ]

    def get_queryset(self):
        return (
            Page.objects.filter(feedback__isnull=False)
            .select_related("locale")
            .annotate(
                yes=Count("feedback", filter=Q(feedback__useful=True)),
                no=Count("feedback", filter=Q(feedback__useful=False)),
                total=Count("feedback"),
                comments=Count("feedback", filter=~Q(feedback__comment="")),
            )
            .annotate(percent_useful=Cast(F("yes") * 100, FloatField()) / F("total"))
            .order_by("percent_useful", "-total", "title")
        )


class CommentFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=_("Page"), queryset=Page.objects.filter(feedback__isnull=False).distinct()
    )
    useful = django_filters.BooleanFilter(label=_("Useful"))

    class Meta:
        model = PageFeedback
        fields = ["page", "useful"]


class CommentReportView(FeedbackReportMixin, ReportView):
    page_title = _("Page feedback comments")
    index_url_name = "feedback_report:comments"
    index_results_url_name = "feedback_report:comments_results"
    filterset_class = CommentFilterSet
    export_filename = "page-feedback-comments"
    list_export = ["created_at", "page.title", "locale.language_code", "useful", "comment"]
    export_headings = {
        "created_at": _("Sent"),
        "page.title": _("Page"),
        "locale.language_code": _("Language"),
        "useful": _("Useful"),
        "comment": _("Comment"),
    }
    columns = [
        DateColumn("created_at", label=_("Sent")),
        Column("page", label=_("Page"), accessor="page.title"),
        Column("useful", label=_("Useful")),
        Column("comment", label=_("Comment")),
    ]

    def get_queryset(self):
        return PageFeedback.objects.exclude(comment="").select_related("page", "locale")
