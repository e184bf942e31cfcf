"""Factories for bookable events and bookings."""

import factory

from blog.bookings.models import Booking, Status
from blog.factories import EventPageFactory
from blog.models import EventPage


class BookableEventFactory(EventPageFactory):
    """An event booked on this website; pass ``privacy_notice`` (a page) and ``parent``."""

    booking = EventPage.Booking.FORM
    places = 10
    waiting_list = True


class BookingFactory(factory.django.DjangoModelFactory):
    """A booking of ``event`` (pass it); status is set as given, not allocated."""

    name = factory.Sequence(lambda n: f"Visitor {n}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.com")
    language = "en"
    consent = True
    status = Status.BOOKED

    class Meta:
        model = Booking
