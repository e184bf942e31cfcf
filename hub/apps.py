import mimetypes

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    """The site-wide app: images, shared blocks, site settings and template tags."""

    name = "hub"
    verbose_name = _("Site-wide")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        import hub.editors.groups  # noqa: F401 - grants champions their sections
        from hub.images import signals as image_signals  # noqa: F401 - makes renditions before visitors ask

        # Browsers use a captions file only when it is served as text/vtt; not every system's table knows it.
        mimetypes.add_type("text/vtt", ".vtt")
        mimetypes.add_type("video/webm", ".webm")
