"""purge_personal_data deletes expressions of interest older than the retention period."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from opportunities.factories import ExpressionOfInterestFactory
from opportunities.models import ExpressionOfInterest


def _aged(days):
    interest = ExpressionOfInterestFactory(role=None, role_title="General")
    ExpressionOfInterest.objects.filter(pk=interest.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )
    return interest


@pytest.mark.django_db
def test_purge_deletes_only_what_is_older_than_the_setting_and_reports_it(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    old, older = _aged(366), _aged(800)
    recent = _aged(364)
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert list(ExpressionOfInterest.objects.all()) == [recent]
    assert "Deleted 2 expressions of interest" in out.getvalue()
    assert not ExpressionOfInterest.objects.filter(pk__in=[old.pk, older.pk]).exists()


@pytest.mark.django_db
def test_purge_days_option_overrides_the_setting():
    _aged(40)
    _aged(10)
    out = io.StringIO()
    call_command("purge_personal_data", "--days", "30", stdout=out)
    assert ExpressionOfInterest.objects.count() == 1
    assert "Deleted 1 records in all." in out.getvalue()
