"""``AttendancePanel``: the event editor shows how many booked and came, to copy into the write-up."""

from wagtail.admin.panels import Panel

from blog.bookings.models import Booking


class AttendancePanel(Panel):
    """Read-only counts of the event's bookings (every language), for the "After the event" panel."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "bookings/admin/attendance_panel.html"

        def is_shown(self):
            return bool(self.instance.pk) and self.instance.booking == self.instance.Booking.FORM

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["counts"] = Booking.objects.for_event(self.instance).counts()
            return context
