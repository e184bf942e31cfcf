from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "hub.stories"
    label = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from hub import privacy
        from hub.stories.retention import purge_old_stories

        privacy.register("stories", purge_old_stories)
