"""The reminder two days before (sent once), and bookings deleted with the other personal data."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from blog.bookings.factories import BookingFactory
from blog.bookings.models import Booking, Status
from hub.privacy import retention


def _starts_in(event, delta):
    event.start = timezone.now() + delta
    event.end = event.start + datetime.timedelta(hours=2)
    event.save_revision().publish()


@pytest.mark.django_db
def test_reminders_go_two_days_before_with_the_access_arrangements_once(event):
    _starts_in(event, datetime.timedelta(days=1, hours=20))
    booked = BookingFactory(event=event, access_needs=["step-free"], access_details="Large print")
    BookingFactory(event=event, status=Status.WAITING)
    BookingFactory(event=event, status=Status.CANCELLED)
    BookingFactory(event=event, email="", phone="07700 900 123")

    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (message,) = mail.outbox
    assert message.to == [booked.email]
    assert message.subject == f"Reminder: {event.title}"
    assert "Step-free access" in message.body and "Large print" in message.body
    assert message.attachments[0][0].endswith(".ics")

    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    booked.refresh_from_db()
    assert booked.reminder_sent_at is not None


@pytest.mark.django_db
def test_no_reminder_for_an_event_more_than_two_days_away(event):
    _starts_in(event, datetime.timedelta(days=2, hours=1))
    BookingFactory(event=event)
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_failed_reminder_is_tried_again_on_the_next_run(event, monkeypatch):
    _starts_in(event, datetime.timedelta(days=1))
    booked = BookingFactory(event=event)

    def broken(*args, **kwargs):
        raise ConnectionRefusedError

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", broken)
        call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    booked.refresh_from_db()
    assert booked.reminder_sent_at is None
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_purge_deletes_old_bookings_of_past_events_only(event, settings):
    old_time = timezone.now() - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS + 10)
    upcoming_old = BookingFactory(event=event)
    Booking.objects.filter(pk=upcoming_old.pk).update(created_at=old_time)
    counts = retention.purge(retention.cutoff())
    assert counts["event bookings"] == 0  # the event has not happened yet

    event.start = old_time
    event.end = old_time + datetime.timedelta(hours=2)
    event.save_revision().publish()
    recent = BookingFactory(event=event)
    call_command("purge_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Booking.objects.all()) == [recent]
