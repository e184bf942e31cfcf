from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "hub.newsletter"
    label = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from hub.newsletter.retention import purge_stale_subscribers
        from hub.privacy.retention import register

        register("stale newsletter sign-ups", purge_stale_subscribers)
