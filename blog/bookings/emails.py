"""Emails to the person who booked, in the language they booked in, each with the event's calendar file.

A failure is logged with the booking's number and the kind of error only
(never a name or an address) and never raised: the booking is already saved.
"""

import logging

from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from blog import feeds
from blog.bookings.models import Status
from hub.models import TrustIdentity

logger = logging.getLogger(__name__)

CANCEL_SALT = "blog.bookings.cancel"


class CopyStatus:
    """What happened to the person's email."""

    NOT_ASKED = "none"
    SENT = "sent"
    FAILED = "failed"


def cancel_token(booking):
    """The booking's number, signed: the same in every email, valid as long as the booking exists."""
    return signing.Signer(salt=CANCEL_SALT).sign(str(booking.pk))


def booking_for_token(token):
    """The booking number in a cancel link, or None if the link was changed."""
    try:
        return int(signing.Signer(salt=CANCEL_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def cancel_path(booking):
    """The cancel link, after the event's address.

    The signed token goes in the query string: it holds ``:``, which Wagtail's page addresses do not allow.
    """
    return booking.event.reverse_subpage("cancel_booking") + "?" + urlencode({"booking": cancel_token(booking)})


def cancel_url(booking, request=None):
    return booking.event.get_full_url(request) + cancel_path(booking)


def _send(booking, kind, subject, request=None):
    if not booking.email:
        return CopyStatus.NOT_ASKED
    event = booking.event
    with translation.override(booking.language):
        context = {
            "booking": booking,
            "event": event,
            "event_url": event.get_full_url(request),
            "cancel_url": cancel_url(booking, request),
            "trust": TrustIdentity.for_site(event.get_site()),
        }
        message = EmailMessage(
            subject(event), render_to_string(f"bookings/email/{kind}.txt", context), None, [booking.email]
        )
        calendar = feeds.calendar_response(request, [event], event.title, f"{event.slug}.ics")
        message.attach(f"{event.slug}.ics", calendar.content, "text/calendar")
    try:
        message.send()
    except Exception as error:  # any mail failure must leave the booking safe
        logger.error("Email '%s' for booking %s failed: %s", kind, booking.pk, type(error).__name__)
        return CopyStatus.FAILED
    return CopyStatus.SENT


def send_confirmation(booking, request=None):
    """ "Your place is booked" or "you are on the waiting list", with the cancel link."""
    if booking.status == Status.WAITING:
        return _send(
            booking,
            "waiting",
            lambda event: _("You are on the waiting list: %(event)s") % {"event": event.title},
            request,
        )
    return _send(
        booking, "booked", lambda event: _("Your place is booked: %(event)s") % {"event": event.title}, request
    )


def send_place_given(booking, request=None):
    """Someone on the waiting list now has a place."""
    return _send(
        booking, "place_given", lambda event: _("A place is free for you: %(event)s") % {"event": event.title}, request
    )


def send_reminder(booking):
    """Two days before: when, where, and the access arrangements they asked for."""
    return _send(booking, "reminder", lambda event: _("Reminder: %(event)s") % {"event": event.title})
