from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoleAlertsConfig(AppConfig):
    """Emails about new roles that match a visitor's filters (double opt-in, no account)."""

    name = "opportunities.alerts"
    label = "role_alerts"
    verbose_name = _("Role alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.privacy.retention import register
        from opportunities.alerts.retention import purge_unconfirmed_alerts

        register("unconfirmed role alerts", purge_unconfirmed_alerts)
