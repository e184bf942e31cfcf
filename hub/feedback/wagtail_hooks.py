from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub.feedback import views_admin


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    urls = [
        path("", views_admin.PageScoreReportView.as_view(), name="pages"),
        path("results/", views_admin.PageScoreReportView.as_view(results_only=True), name="pages_results"),
        path("comments/", views_admin.CommentReportView.as_view(), name="comments"),
        path("comments/results/", views_admin.CommentReportView.as_view(results_only=True), name="comments_results"),
    ]
    return [path("reports/page-feedback/", include((urls, "feedback_report")))]


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views_admin.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Page feedback"), reverse("feedback_report:pages"), name="page-feedback", icon_name="comment", order=900
    )


@hooks.register("register_permissions")
def register_feedback_permissions():
    return Permission.objects.filter(
        content_type__app_label="feedback", codename__in=["view_pagefeedback", "delete_pagefeedback"]
    )
