"""The Involvement team's actions on one booking: check in, offer a place, cancel.

Each is a page that says what will happen, and a button that does it (a POST),
then returns to the list with a message. Changes to who holds a place go
through ``bookings.allocation``, under the event's lock, like the public form.
"""

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from blog.bookings import allocation, emails
from blog.bookings.models import Booking, Status


class BookingActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then do, one action; the list's filters come back through ``next``."""

    permission_required = "change"
    template_name = "bookings/admin/confirm_action.html"
    header_icon = "calendar"
    # Which statuses the action applies to.
    from_statuses = ()
    button_label = ""
    explanation = ""
    index_url_name = ""

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.booking = get_object_or_404(Booking.objects.select_related("event"), pk=pk)

    def get_page_title(self):
        return self.button_label

    def get_page_subtitle(self):
        return str(self.booking)

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next")
        if url and url_has_allowed_host_and_scheme(url, {self.request.get_host()}):
            return url
        return reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            booking=self.booking,
            applies=self.booking.status in self.from_statuses,
            button_label=self.button_label,
            explanation=self.explanation,
            next_url=self.next_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.booking.status not in self.from_statuses:
            messages.error(request, _("'%(booking)s' is already %(status)s.") % self._names())
            return redirect(self.next_url())
        try:
            message = self.act()
        except allocation.Busy:
            messages.error(request, _("The list is busy just now. Nothing changed: please try again."))
        except allocation.NoPlaceFree:
            messages.error(
                request,
                _("No place is free. Raise the number of places on the event page and publish it first."),
            )
        else:
            messages.success(request, message)
        return redirect(self.next_url())

    def _names(self):
        self.booking.refresh_from_db()
        return {"booking": self.booking.name, "status": self.booking.get_status_display().lower()}


class CheckInView(BookingActionView):
    from_statuses = (Status.BOOKED,)
    button_label = gettext_lazy("Check in")
    explanation = gettext_lazy("Marks this person as having come to the event. The attendance count goes up by one.")

    def act(self):
        Booking.objects.filter(pk=self.booking.pk, status=Status.BOOKED).update(status=Status.ATTENDED)
        return _("'%(booking)s' checked in.") % {"booking": self.booking.name}


class OfferPlaceView(BookingActionView):
    from_statuses = (Status.WAITING,)
    button_label = gettext_lazy("Offer a place")
    explanation = gettext_lazy(
        "Gives this person a free place now, ahead of anyone before them on the waiting list, and emails them "
        "if they gave an email address. If they gave only a phone number, phone them."
    )

    def act(self):
        booking = allocation.offer_place(self.booking)
        told = emails.send_place_given(booking) == emails.CopyStatus.SENT
        if told:
            return _("'%(booking)s' has a place and has been emailed.") % {"booking": booking.name}
        return _("'%(booking)s' has a place. We could not email them: please phone them.") % {"booking": booking.name}


class CancelBookingView(BookingActionView):
    from_statuses = (Status.BOOKED, Status.WAITING)
    button_label = gettext_lazy("Cancel booking")
    explanation = gettext_lazy(
        "Cancels this booking, for example when the person phones to say they cannot come. If it held a place, "
        "the first person on the waiting list gets it and an email."
    )

    def act(self):
        promoted = allocation.cancel(self.booking)
        if promoted is None:
            return _("'%(booking)s' cancelled.") % {"booking": self.booking.name}
        emails.send_place_given(promoted)
        return _("'%(booking)s' cancelled. '%(next)s' from the waiting list has the place.") % {
            "booking": self.booking.name,
            "next": promoted.name,
        }
