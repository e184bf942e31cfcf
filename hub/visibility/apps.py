from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisibilityConfig(AppConfig):
    """View restrictions honoured in every language: the listing rule and the check when a page is served."""

    name = "hub.visibility"
    label = "hub_visibility"
    verbose_name = _("Visibility")
