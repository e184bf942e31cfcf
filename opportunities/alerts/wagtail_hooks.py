from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from opportunities.alerts.admin_views import COUNTS_PERMISSION, AlertCountsView


@hooks.register("register_admin_urls")
def register_alert_counts_url():
    return [path("reports/role-alerts/", AlertCountsView.as_view(), name="role_alert_counts")]


class AlertCountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(COUNTS_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_alert_counts_menu_item():
    return AlertCountsMenuItem(
        _("Role alerts"), reverse("role_alert_counts"), name="role-alerts", icon_name="mail", order=910
    )


@hooks.register("register_permissions")
def register_alert_permissions():
    return Permission.objects.filter(content_type__app_label="role_alerts", codename="view_alert_counts")
