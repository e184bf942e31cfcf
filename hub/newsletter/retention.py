"""Retention for subscribers: unconfirmed sign-ups and unsubscribed people are deleted.

Confirmed subscribers stay until they unsubscribe: their consent is current.
Unconfirmed and unsubscribed addresses go after their own, shorter periods
(NEWSLETTER_UNCONFIRMED_RETENTION_DAYS, NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS)
or at ``before`` if that is sooner.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from hub.newsletter.models import Subscriber


def purge_stale_subscribers(before):
    """Delete stale sign-ups and unsubscribed addresses; returns how many."""
    now = timezone.now()
    unconfirmed_before = max(before, now - timedelta(days=settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS))
    unsubscribed_before = max(before, now - timedelta(days=settings.NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS))
    unconfirmed = Subscriber.objects.filter(status=Subscriber.Status.PENDING, consented_at__lt=unconfirmed_before)
    unsubscribed = Subscriber.objects.filter(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at__lt=unsubscribed_before
    )
    deleted, _ = (unconfirmed | unsubscribed).delete()
    return deleted
