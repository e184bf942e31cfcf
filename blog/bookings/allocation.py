"""Who gets a place: decided under a lock on the event's row, so an event is never overbooked.

Every change to who holds a place (booking, cancelling, offering a place by
hand) runs in one transaction that first locks the event's ``EventPlaces``
row, then counts the places taken, then saves. Two people asking for the
last place at once are served one after the other: the second one counts
the first one's booking.

- PostgreSQL: ``select_for_update`` locks the row; the other transactions
  wait for it, and their count (a new statement, so a new snapshot under
  READ COMMITTED) sees what the first one committed.
- SQLite has no row locks: a transaction takes the database's one write
  lock at its first write. So the lock here *is* a write (an ``UPDATE`` of
  the row) made before the count. A transaction that cannot get the lock in
  time fails with "database is locked": the whole transaction is tried
  again a few times, then ``Busy`` is raised and the visitor is asked to
  send the form again (their answers are kept).

The number of places left shown on the event page comes from ``availability``
(no lock, and the page may be cached for ``PLACES_SHOWN_FOR_SECONDS``):
it is only ever shown, never used to decide.
"""

import random
import time
from dataclasses import dataclass

from django.db import OperationalError, connection, transaction
from django.utils import timezone

from blog.bookings.models import Booking, EventPlaces, Status

PLACES_SHOWN_FOR_SECONDS = 60
LOCKED_RETRIES = 30


class Full(Exception):
    """No place is free and the event keeps no waiting list."""


class NoPlaceFree(Exception):
    """A place was offered by hand but none is free."""


class Busy(Exception):
    """The database stayed locked: nothing was saved; the visitor should send the form again."""


def closes_at(event):
    """When booking closes: the editor's time, or the start of the event."""
    return event.booking_closes or event.start


def is_open(event, now=None):
    """True while a live event booked on this website still takes bookings."""
    return event.live and event.booking == event.Booking.FORM and (now or timezone.now()) < closes_at(event)


@dataclass(frozen=True)
class Availability:
    """What the event page shows. ``left`` is None when places are unlimited."""

    open: bool
    left: int | None
    waiting_list: bool

    @property
    def full(self):
        return self.left == 0


def places_taken(event):
    return Booking.objects.for_event(event).holding_places().count()


def availability(event):
    left = None if event.places is None else max(event.places - places_taken(event), 0)
    return Availability(open=is_open(event), left=left, waiting_list=event.waiting_list)


def _is_locked(error):
    return "locked" in str(error)


def _under_lock(event, change):
    """Run ``change()`` in a transaction that holds the event's lock; retried while SQLite is locked."""
    for attempt in range(LOCKED_RETRIES):
        try:
            EventPlaces.objects.get_or_create(translation_key=event.translation_key)
            with transaction.atomic():
                places = EventPlaces.objects.filter(translation_key=event.translation_key)
                if connection.features.has_select_for_update:
                    places.select_for_update().get()
                else:
                    places.update(changed_at=timezone.now())
                return change()
        except OperationalError as error:
            if not _is_locked(error) or attempt == LOCKED_RETRIES - 1:
                if _is_locked(error):
                    raise Busy from error
                raise
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))  # noqa: S311 - spreading retries, not security


def _has_free_place(event):
    return event.places is None or places_taken(event) < event.places


def book(event, booking):
    """Save ``booking`` as booked if a place is free, else on the waiting list; raises ``Full`` or ``Busy``."""

    def allocate():
        if _has_free_place(event):
            booking.status = Status.BOOKED
        elif event.waiting_list:
            booking.status = Status.WAITING
        else:
            raise Full
        booking.event = event
        booking.save()
        return booking

    return _under_lock(event, allocate)


def cancel(booking):
    """Cancel ``booking``; if it held a place, the first person waiting gets it. Returns them, or None."""

    def release():
        current = Booking.objects.get(pk=booking.pk)
        held_a_place = current.status in (Status.BOOKED, Status.ATTENDED)
        Booking.objects.filter(pk=booking.pk).update(status=Status.CANCELLED, updated_at=timezone.now())
        booking.status = Status.CANCELLED
        if held_a_place:
            return _fill_from_waiting_list(booking.event)
        return None

    return _under_lock(booking.event, release)


def _fill_from_waiting_list(event):
    if not _has_free_place(event):
        return None
    first = Booking.objects.for_event(event).waiting().select_related("event").first()
    if first is None:
        return None
    _give_place(first)
    return first


def _give_place(booking):
    booking.status = Status.BOOKED
    booking.place_given_at = timezone.now()
    booking.save(update_fields=["status", "place_given_at", "updated_at"])


def offer_place(booking):
    """The Involvement team gives a waiting person a place by hand; raises ``NoPlaceFree`` when none is."""

    def give():
        current = Booking.objects.select_related("event").get(pk=booking.pk)
        if current.status != Status.WAITING:
            return current
        if not _has_free_place(current.event):
            raise NoPlaceFree
        _give_place(current)
        return current

    return _under_lock(booking.event, give)
