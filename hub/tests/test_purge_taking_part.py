"""purge_personal_data deletes old stories, feedback comments and stale sign-ups, and keeps the rest."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.factories import StandardPageFactory
from hub.feedback.factories import PageFeedbackFactory
from hub.feedback.models import PageFeedback
from hub.newsletter.factories import SubscriberFactory
from hub.newsletter.models import Subscriber
from hub.stories.factories import StoryFormPageFactory
from hub.stories.models import StorySubmission

pytestmark = pytest.mark.django_db


def test_the_command_purges_every_kind(site_home):
    old = timezone.now() - timedelta(days=400)
    page = StandardPageFactory(parent=site_home)
    story_page = StoryFormPageFactory(parent=site_home)
    PageFeedbackFactory(page=page, comment="Old comment")
    PageFeedbackFactory(page=page, comment="New comment")
    PageFeedback.objects.filter(comment="Old comment").update(created_at=old)
    StorySubmission.objects.create(page=story_page, form_data={"your_story": "old"})
    StorySubmission.objects.create(page=story_page, form_data={"your_story": "new"})
    StorySubmission.objects.filter(form_data__your_story="old").update(submit_time=old)
    SubscriberFactory(email="stale@example.org", consented_at=timezone.now() - timedelta(days=31))
    SubscriberFactory(email="fresh@example.org")
    SubscriberFactory(email="reader@example.org", status=Subscriber.Status.CONFIRMED, consented_at=old)

    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    report = out.getvalue()
    assert "Deleted 1 stories" in report
    assert "Deleted 1 page feedback comments" in report
    assert "Deleted 1 stale newsletter sign-ups" in report
    assert list(StorySubmission.objects.values_list("form_data__your_story", flat=True)) == ["new"]
    assert set(PageFeedback.objects.values_list("comment", flat=True)) == {"", "New comment"}
    assert set(Subscriber.objects.values_list("email", flat=True)) == {"fresh@example.org", "reader@example.org"}
