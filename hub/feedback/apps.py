from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "hub.feedback"
    label = "feedback"
    verbose_name = _("Page feedback")

    def ready(self):
        from hub.feedback.retention import purge_old_comments
        from hub.privacy.retention import register

        register("page feedback comments", purge_old_comments)
