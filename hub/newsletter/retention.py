"""Retention for subscribers: unconfirmed sign-ups and unsubscribed people are deleted after a while."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from hub.newsletter.models import Subscriber


def purge_stale_subscribers(now=None):
    """Delete sign-ups never confirmed, and people who unsubscribed, after their periods; returns how many."""
    now = now or timezone.now()
    unconfirmed = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING,
        consented_at__lt=now - timedelta(days=settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS),
    )
    unsubscribed = Subscriber.objects.filter(
        status=Subscriber.Status.UNSUBSCRIBED,
        unsubscribed_at__lt=now - timedelta(days=settings.NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS),
    )
    deleted, _ = (unconfirmed | unsubscribed).delete()
    return deleted
