from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "hub.stories"
    label = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from hub.privacy.retention import register
        from hub.stories.retention import purge_old_drafts, purge_old_stories

        register("stories", purge_old_stories)
        register("saved story drafts", purge_old_drafts)
