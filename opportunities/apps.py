from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    """Involvement and volunteering roles, and expressions of interest."""

    name = "opportunities"
    verbose_name = _("Get involved")
    default_auto_field = "django.db.models.BigAutoField"
