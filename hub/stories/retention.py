"""Retention for stories and saved drafts.

Stories are deleted once older than the personal-data retention period;
drafts saved with "Save and finish later" after STORY_DRAFT_RETENTION_DAYS
(or at the personal-data cut-off, if that is sooner).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from hub.stories.models import StoryDraft, StorySubmission


def purge_old_stories(before):
    """Delete stories sent before ``before``; returns how many."""
    deleted, _ = StorySubmission.objects.filter(submit_time__lt=before).delete()
    return deleted


def purge_old_drafts(before):
    """Delete drafts last saved before the draft retention period (or ``before``); returns how many."""
    drafts_before = max(before, timezone.now() - timedelta(days=settings.STORY_DRAFT_RETENTION_DAYS))
    deleted, _ = StoryDraft.objects.filter(saved_at__lt=drafts_before).delete()
    return deleted
