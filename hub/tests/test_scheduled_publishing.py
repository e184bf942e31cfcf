"""Scheduled publishing: ``manage.py publish_scheduled`` (run by cron, see docs/deploy.md)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.factories import StandardPageFactory


@pytest.mark.django_db
def test_a_scheduled_page_goes_live_when_its_time_comes_and_expires(client, site_home):
    page = StandardPageFactory(parent=site_home, title="Co-production week", slug="co-production-week", live=False)
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.expire_at = timezone.now() + timedelta(days=8)
    revision = page.save_revision()
    revision.publish()  # with a future go-live time this only schedules it
    page.refresh_from_db()
    assert not page.live
    assert client.get("/co-production-week/").status_code == 404

    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live  # not yet

    # A day passes: move the schedule back instead of waiting.
    past = timezone.now() - timedelta(minutes=1)
    revision.refresh_from_db()
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert page.live
    assert client.get("/co-production-week/").status_code == 200

    # A week passes: the page comes down by itself.
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get("/co-production-week/").status_code == 404
