"""Never overbooked: 50 people asking for the last place at the same moment.

Each thread has its own database connection and commits, as separate web
requests would. On PostgreSQL they really run at once and queue on the row
lock; on SQLite they queue on the database's write lock (and retry while it
is locked). CI runs this file on both.
"""

import threading

import pytest
from django.db import connection

from blog.bookings import allocation
from blog.bookings.factories import BookingFactory
from blog.bookings.models import Booking, Status

PEOPLE = 50


def _race(event):
    """``PEOPLE`` threads book ``event`` at once; returns what each was told."""
    start = threading.Barrier(PEOPLE)
    outcomes = []

    def person(number):
        try:
            start.wait()
            booking = allocation.book(
                event, Booking(name=f"Person {number}", email=f"p{number}@example.com", language="en")
            )
            outcomes.append(booking.status)
        except allocation.Full:
            outcomes.append("full")
        finally:
            connection.close()

    threads = [threading.Thread(target=person, args=(number,)) for number in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_place_left_and_fifty_at_once_one_gets_it_the_rest_wait(event):
    BookingFactory(event=event)  # two places: one left
    outcomes = _race(event)
    assert len(outcomes) == PEOPLE
    assert outcomes.count(Status.BOOKED) == 1
    assert outcomes.count(Status.WAITING) == PEOPLE - 1
    assert Booking.objects.for_event(event).holding_places().count() == 2
    assert Booking.objects.for_event(event).waiting().count() == PEOPLE - 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_a_waiting_list_one_gets_it_the_rest_are_told_it_is_full(event):
    event.waiting_list = False
    event.save_revision().publish()
    BookingFactory(event=event)
    outcomes = _race(event)
    assert outcomes.count(Status.BOOKED) == 1
    assert outcomes.count("full") == PEOPLE - 1
    assert Booking.objects.for_event(event).count() == 2
