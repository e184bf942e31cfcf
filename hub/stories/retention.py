"""Retention for stories: deleted STORIES_RETENTION_DAYS after they were sent."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from hub.stories.models import StorySubmission


def purge_old_stories(now=None):
    """Delete stories older than the retention period; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.STORIES_RETENTION_DAYS)
    deleted, _ = StorySubmission.objects.filter(submit_time__lt=cutoff).delete()
    return deleted
