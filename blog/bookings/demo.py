"""Demo content: bookings for the Recovery Academy open day (``blog.demo``), full, with two people waiting.

The names are made up. Places are given through ``bookings.allocation``, as
the public form gives them, so the first twelve get a place and the rest wait.
"""

from blog.bookings import allocation
from blog.bookings.models import Booking
from blog.models import EventPage

PEOPLE = [
    ("Jo Marsh", "jo.marsh@example.com", "", ["step-free"], ""),
    ("Priya Lang", "priya.lang@example.com", "", [], ""),
    ("Tomasz Wren", "", "07700 900 401", ["hearing-loop"], ""),
    ("Amara Holt", "amara.holt@example.com", "", ["quiet-space", "companion"], "I may need to step out for breaks."),
    ("Kofi Ashby", "kofi.ashby@example.com", "", [], ""),
    ("Ruth Vale", "ruth.vale@example.com", "", ["bsl"], ""),
    ("Leon Park", "leon.park@example.com", "", [], "Large print papers, please."),
    ("Nadia Frost", "nadia.frost@example.com", "07700 900 402", [], ""),
    ("Owen Pryce", "owen.pryce@example.com", "", ["step-free", "companion"], ""),
    ("Hana Suleiman", "hana.suleiman@example.com", "", [], ""),
    ("Dev Rana", "", "07700 900 404", [], ""),
    ("Carys Bell", "carys.bell@example.com", "", ["quiet-space"], ""),
    ("Ellen Moss", "ellen.moss@example.com", "", ["companion"], ""),
    ("Sam Reed", "", "07700 900 403", [], ""),
]


def build(home):
    event = EventPage.objects.descendant_of(home).filter(slug="recovery-academy-open-day").first()
    if event is None or Booking.objects.for_event(event).exists():
        return
    for name, email, phone, needs, details in PEOPLE:
        booking = Booking(
            name=name, email=email, phone=phone, access_needs=needs, access_details=details, consent=True, language="en"
        )
        allocation.book(event, booking)
