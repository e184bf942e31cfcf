"""The demo has one event booked on the website (the Recovery Academy open day): full, two people waiting."""

import pytest

from blog.bookings.models import Booking, Status
from blog.models import EventPage


@pytest.mark.django_db
def test_the_demo_event_is_full_with_a_waiting_list(demo_site, client):
    event = EventPage.objects.get(slug="recovery-academy-open-day", locale__language_code="en")
    counts = Booking.objects.for_event(event).counts()
    assert counts[Status.BOOKED] == event.places == 12
    assert counts[Status.WAITING] == 2
    html = client.get(event.url).content.decode()
    assert "All places are taken. You can join the waiting list." in html
    assert "Join the waiting list" in client.get(event.url + "book/").content.decode()
