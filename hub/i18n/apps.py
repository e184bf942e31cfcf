from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class I18nConfig(AppConfig):
    """Languages: locales, the language switcher, hreflang, the sitemap and translation review."""

    name = "hub.i18n"
    label = "hub_i18n"
    verbose_name = _("Languages")
    default_auto_field = "django.db.models.BigAutoField"
