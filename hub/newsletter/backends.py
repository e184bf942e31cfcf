"""The adapter point for a mailing provider.

The site keeps its own list of subscribers and never calls an outside
service. To hand the list to a provider, write a class with the two methods
of ``NewsletterBackend`` that calls the provider's API, and name it in the
``NEWSLETTER_BACKEND`` setting (see docs/privacy.md). A failing provider call
is logged and never undoes the change stored here.
"""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class NewsletterBackend:
    def subscribed(self, subscriber):
        """The person confirmed their address: add them to the provider's list."""
        raise NotImplementedError

    def unsubscribed(self, subscriber):
        """The person unsubscribed: remove them from the provider's list."""
        raise NotImplementedError


class DatabaseOnlyBackend(NewsletterBackend):
    """The list lives only in this site's database; Communications export it as CSV."""

    def subscribed(self, subscriber):
        return None

    def unsubscribed(self, subscriber):
        return None


def notify_backend(event, subscriber):
    """Tell the configured backend about ``event`` ("subscribed" or "unsubscribed")."""
    backend = import_string(settings.NEWSLETTER_BACKEND)()
    try:
        getattr(backend, event)(subscriber)
    except Exception as error:
        # Only the kind of error: a provider's error text may quote the address.
        logger.error(
            "Newsletter backend failed on %s for subscriber %s: %s", event, subscriber.pk, type(error).__name__
        )
