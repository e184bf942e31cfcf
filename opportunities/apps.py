from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def purge_expressions_of_interest(before):
    from opportunities.models import ExpressionOfInterest

    deleted, _by_model = ExpressionOfInterest.objects.filter(created_at__lt=before).delete()
    return deleted


class OpportunitiesConfig(AppConfig):
    """Involvement and volunteering roles, and expressions of interest."""

    name = "opportunities"
    verbose_name = _("Get involved")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.privacy.retention import register

        register("expressions of interest", purge_expressions_of_interest)
