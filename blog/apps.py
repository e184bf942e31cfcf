from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    """News, stories and event write-ups."""

    name = "blog"
    verbose_name = _("News and stories")
    default_auto_field = "django.db.models.BigAutoField"
