"""Booking a place, the "booked" page, and cancelling from the emailed link.

They are routes of the event page (``EventPage.book``, ``booked`` and
``cancel_booking``), so every address lives under the event, in its language.
"""

from django.conf import settings
from django.core import signing
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from blog.bookings import allocation, emails
from blog.bookings.forms import BookingForm, CancelForm
from blog.bookings.models import Booking, Status
from hub.protection.ratelimit import pause_form, paused, public_form_limits, record, wait_seconds

DONE_SALT = "blog.bookings.done"
BUSY_RETRY_SECONDS = 5


def _form_page(request, event, form, status=200):
    context = {"page": event, "form": form, "places": allocation.availability(event)}
    return TemplateResponse(request, "pages/booking_form.html", context, status=status)


def _redirect_to_done(request, event, booking, copy):
    """Post/Redirect/Get: the "booked" page reads which booking, and whether it was emailed, from a signed value."""
    value = signing.dumps({"booking": booking.pk if booking else None, "copy": copy}, salt=DONE_SALT)
    url = event.get_url(request) + event.reverse_subpage("booked")
    return HttpResponseRedirect(f"{url}?{urlencode({'b': value})}")


def book(request, event):
    """The booking form: a place if one is free, else the waiting list (or "full" when there is none)."""
    if not allocation.is_open(event):
        return _form_page(request, event, None, status=410)
    if request.method != "POST":
        places = allocation.availability(event)
        full = places.full and not places.waiting_list
        return _form_page(request, event, None if full else BookingForm(action=request.path))
    limits = public_form_limits(f"booking:{event.translation_key}")
    form = BookingForm(request.POST, action=request.path)
    wait = wait_seconds(request, *limits)
    if wait:
        pause_form(form, wait)
        return paused(_form_page(request, event, form), wait)
    if form.is_spam:
        record(request, *limits)
        return _redirect_to_done(request, event, None, emails.CopyStatus.NOT_ASKED)
    if not form.is_valid():
        return _form_page(request, event, form, status=400)
    booking = form.save(commit=False)
    booking.language = translation.get_language() or settings.LANGUAGE_CODE
    try:
        allocation.book(event, booking)
    except allocation.Full:
        form.add_error(None, _("Sorry, the last place has just been taken and there is no waiting list."))
        return _form_page(request, event, form, status=409)
    except allocation.Busy:
        form.add_error(None, _busy_message())
        response = _form_page(request, event, form, status=503)
        response["Retry-After"] = str(BUSY_RETRY_SECONDS)
        return response
    record(request, *limits)
    # The booking is saved (and committed) before any email is tried.
    copy = emails.send_confirmation(booking, request)
    return _redirect_to_done(request, event, booking, copy)


def _busy_message():
    return _(
        "Many people are booking at this moment, so we could not save yours. "
        "Your answers are still here: please send them again."
    )


def booked(request, event):
    """Says "booked" or "waiting list" from the saved booking; never cached, as it differs by the signed value."""
    try:
        done = signing.loads(request.GET.get("b", ""), salt=DONE_SALT)
    except signing.BadSignature:
        done = {"booking": None, "copy": emails.CopyStatus.NOT_ASKED}
    booking = Booking.objects.filter(pk=done["booking"], event=event).first() if done["booking"] else None
    context = {
        "page": event,
        "booking": booking,
        "waiting": booking is not None and booking.status == Status.WAITING,
        "copy": done["copy"],
        "cancel_path": event.get_url(request) + emails.cancel_path(booking) if booking else None,
    }
    response = TemplateResponse(request, "pages/booking_done.html", context)
    add_never_cache_headers(response)
    return response


def cancel(request, event):
    """The emailed link: a page that asks "are you sure?", and a button that cancels (never a plain visit)."""
    pk = emails.booking_for_token(request.GET.get("booking", ""))
    booking = Booking.objects.filter(pk=pk, event=event).select_related("event").first() if pk else None
    form = CancelForm(request.POST or None, action=request.path)
    context = {"page": event, "booking": booking, "form": form}
    status = 200
    if booking is None:
        status = 404
    elif booking.status == Status.CANCELLED:
        context["cancelled"] = True
    elif event.start <= timezone.now():
        context["too_late"] = True
        status = 410
    elif request.method == "POST" and not form.is_valid():
        status = 400
    elif request.method == "POST" and form.is_spam:
        return HttpResponseRedirect(request.get_full_path())
    elif request.method == "POST":
        try:
            promoted = allocation.cancel(booking)
        except allocation.Busy:
            form.add_error(None, _busy_message())
            status = 503
        else:
            if promoted is not None:
                emails.send_place_given(promoted, request)
            return HttpResponseRedirect(request.get_full_path())
    response = TemplateResponse(request, "pages/booking_cancel.html", context, status=status)
    add_never_cache_headers(response)
    return response
