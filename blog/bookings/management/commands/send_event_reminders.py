"""Email everyone with a place a reminder two days before their event: ``manage.py send_event_reminders``.

Run it every hour (docs/deploy.md, beside ``publish_scheduled``). Each booking
gets one reminder at most: it is marked before the email is tried, and
unmarked again if the email fails, so the next run tries once more and two
runs at once never both send it. People who gave only a phone number get no
email; the team sees them in the list.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from blog.bookings import emails
from blog.bookings.models import Booking, Status

REMIND_BEFORE = datetime.timedelta(days=2)


def due(now):
    """Bookings holding a place at a live event that starts within two days, not yet reminded."""
    return (
        Booking.objects.filter(
            status=Status.BOOKED,
            reminder_sent_at__isnull=True,
            event__live=True,
            event__start__gt=now,
            event__start__lte=now + REMIND_BEFORE,
        )
        .exclude(email="")
        .select_related("event")
    )


class Command(BaseCommand):
    help = "Email a reminder, with their access arrangements, to everyone with a place at an event within two days."

    def handle(self, *args, **options):
        now = timezone.now()
        sent = failed = 0
        for booking in due(now):
            claimed = Booking.objects.filter(pk=booking.pk, reminder_sent_at__isnull=True).update(reminder_sent_at=now)
            if not claimed:
                continue  # another run has it
            if emails.send_reminder(booking) == emails.CopyStatus.SENT:
                sent += 1
            else:
                Booking.objects.filter(pk=booking.pk).update(reminder_sent_at=None)
                failed += 1
        self.stdout.write(f"Sent {sent} event reminders; {failed} failed and will be tried on the next run.")
