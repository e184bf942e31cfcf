from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from hub.privacy.exports import SafeExportMixin
from opportunities.alerts.admin_views import COUNTS_PERMISSION, AlertCountsView
from opportunities.alerts.models import RoleAlert


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


class AlertIndexView(SafeExportMixin, IndexView):
    pass


class RoleAlertViewSet(ModelViewSet):
    """The addresses themselves: only for people given "view role alert" (no group has it by default)."""

    model = RoleAlert
    index_view_class = AlertIndexView
    menu_label = _("Role alerts")
    icon = "mail"
    add_to_settings_menu = True
    list_display = ["email", "listing", "language", "consented_at", "confirmed_at", "last_sent_at"]
    list_filter = ["language"]
    search_fields = ["email"]
    search_backend_name = None
    list_export = ["email", "listing", "filters", "language", "consented_at", "confirmed_at", "last_sent_at"]
    export_filename = "role-alerts"
    inspect_view_enabled = True
    form_fields = ["language"]


@hooks.register("register_admin_viewset")
def register_role_alert_viewset():
    return RoleAlertViewSet("role_alert_addresses")


@hooks.register("register_permissions")
def register_alert_permissions():
    return Permission.objects.filter(
        content_type__app_label="role_alerts", codename__in=["view_alert_counts", "view_rolealert", "delete_rolealert"]
    )
