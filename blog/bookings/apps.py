from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def purge_bookings(before):
    """Bookings older than the cut-off, once their event is over (the team needs the list until the day)."""
    from django.utils import timezone

    from blog.bookings.models import Booking

    deleted, _by_model = Booking.objects.filter(created_at__lt=before, event__end__lt=timezone.now()).delete()
    return deleted


class BookingsConfig(AppConfig):
    """Places booked on events, the waiting list and reminders."""

    name = "blog.bookings"
    label = "bookings"
    verbose_name = _("Event bookings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hub.privacy.retention import register

        register("event bookings", purge_bookings)
