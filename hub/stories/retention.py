"""Retention for stories: deleted once older than the personal-data retention period."""

from hub.stories.models import StorySubmission


def purge_old_stories(before):
    """Delete stories sent before ``before``; returns how many."""
    deleted, _ = StorySubmission.objects.filter(submit_time__lt=before).delete()
    return deleted
