from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "hub.consent"
    label = "consent"
    verbose_name = _("Cookie consent")

    def ready(self):
        from hub.consent import signals  # noqa: F401 - drops cached pages when a service changes
