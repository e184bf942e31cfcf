from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """The page cache: its middleware, its invalidation signals and the ``caching_tags`` template tags."""

    name = "hub.caching"
    label = "caching"
    verbose_name = _("Page cache")

    def ready(self):
        from hub.caching import signals  # noqa: F401 - connects the invalidation receivers
