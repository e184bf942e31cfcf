"""Unconfirmed alerts are deleted after ``ROLE_ALERT_UNCONFIRMED_RETENTION_DAYS``.

Confirmed alerts stay while the person wants them: their consent is current,
and stopping an alert deletes it at once (``views.manage``).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from opportunities.alerts.models import RoleAlert


def purge_unconfirmed_alerts(before):
    """Delete unconfirmed alerts asked for before the shorter of the two cut-offs; returns how many."""
    cutoff = max(before, timezone.now() - timedelta(days=settings.ROLE_ALERT_UNCONFIRMED_RETENTION_DAYS))
    deleted, _by_model = RoleAlert.objects.filter(confirmed_at__isnull=True, consented_at__lt=cutoff).delete()
    return deleted
