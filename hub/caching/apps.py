from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """The page cache: its middleware, its invalidation signals and the ``caching_tags`` template tags."""

    name = "hub.caching"
    label = "caching"
    verbose_name = _("Page cache")

    def ready(self):
        from django.core import signals as request_signals

        from hub.caching import signals, version  # noqa: F401 - signals connects the invalidation receivers

        request_signals.request_started.connect(version.request_started, dispatch_uid="content_version_started")
        request_signals.request_finished.connect(version.request_finished, dispatch_uid="content_version_finished")
