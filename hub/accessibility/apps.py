from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "hub.accessibility"
    label = "hub_accessibility"
    verbose_name = _("Accessibility")
