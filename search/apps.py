from django.apps import AppConfig
from django.core.signals import request_started
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site search page."""

    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.counting import count_request

        # Counts searches served by the page cache too (search/counting.py).
        request_started.connect(count_request, dispatch_uid="search.count_request")
