"""Retention for page feedback: the yes/no answers stay, comments are blanked once too old."""

from hub.feedback.models import PageFeedback


def purge_old_comments(before):
    """Blank comments sent before ``before``; returns how many."""
    return PageFeedback.objects.filter(created_at__lt=before).exclude(comment="").update(comment="")
