"""Retention for page feedback: the yes/no answers stay, comments go after FEEDBACK_COMMENT_RETENTION_DAYS."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from hub.feedback.models import PageFeedback


def purge_old_comments(now=None):
    """Blank comments older than the retention period; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.FEEDBACK_COMMENT_RETENTION_DAYS)
    return PageFeedback.objects.filter(created_at__lt=cutoff).exclude(comment="").update(comment="")
