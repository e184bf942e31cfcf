"""Booking a place: the form, places and the waiting list, emails, cancelling, and the safeguards."""

import logging

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from blog.bookings import emails
from blog.bookings.factories import BookingFactory
from blog.bookings.models import Booking, Status
from hub.protection.tokens import make_form_token

VALID = {
    "name": "Robin Example",
    "email": "robin@example.com",
    "phone": "",
    "access_needs": ["bsl", "quiet-space"],
    "access_details": "A seat near the door",
    "consent": "on",
}


@pytest.fixture
def client():
    """A client that enforces Django's CSRF check, as a real browser post would face it."""
    return Client(enforce_csrf_checks=True)


def send(client, url, data, **extra):
    """Post as a browser would: with the signed token the form page gives for ``url`` (its path)."""
    return client.post(url, {"form_token": make_form_token(url.split("?")[0]), **data}, **extra)


def book(client, event, **changes):
    return send(client, event.url + "book/", {**VALID, **changes})


@pytest.mark.django_db
def test_the_event_page_shows_places_left_and_a_short_cache_lifetime(client, event):
    BookingFactory(event=event)
    response = client.get(event.url)
    html = response.content.decode()
    assert "1 place left." in html
    assert f'href="{event.url}book/"' in html
    assert "s-maxage=60" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_form_has_every_field_and_links_the_privacy_notice(client, event, privacy):
    html = client.get(event.url + "book/").content.decode()
    for name in ("name", "email", "phone", "access_needs", "access_details", "consent", "form_token", "website"):
        assert f'name="{name}"' in html
    for need in ("bsl", "step-free", "hearing-loop", "quiet-space", "companion"):
        assert f'value="{need}"' in html
    assert f'href="{privacy.url}"' in html
    assert "nhsuk-error-summary" not in html


@pytest.mark.django_db
def test_booking_saves_a_place_and_emails_a_calendar_file_and_a_cancel_link(client, event):
    response = book(client, event)
    assert response.status_code == 302
    assert response["Location"].startswith(event.url + "book/done/?b=")

    booking = Booking.objects.get()
    assert (booking.event, booking.status, booking.language) == (event, Status.BOOKED, "en")
    assert booking.access_needs == ["bsl", "quiet-space"]

    (message,) = mail.outbox
    assert message.to == ["robin@example.com"]
    assert "A British Sign Language (BSL) interpreter" in message.body
    assert "A seat near the door" in message.body
    cancel_url = emails.cancel_url(booking)
    assert cancel_url in message.body
    (filename, content, mimetype) = message.attachments[0]
    assert (filename, mimetype) == (f"{event.slug}.ics", "text/calendar")
    assert "BEGIN:VEVENT" in content and event.title in content

    done = client.get(response["Location"])
    assert "Your place is booked" in done.content.decode()
    assert "no-cache" in done["Cache-Control"] and "s-maxage" not in done["Cache-Control"]


@pytest.mark.django_db
def test_when_the_places_are_gone_people_join_the_waiting_list(client, event):
    BookingFactory.create_batch(2, event=event)
    assert "All places are taken. You can join the waiting list." in client.get(event.url).content.decode()
    response = book(client, event)
    booking = Booking.objects.get(name="Robin Example")
    assert booking.status == Status.WAITING
    assert "You are on the waiting list" in client.get(response["Location"]).content.decode()
    assert mail.outbox[0].subject == f"You are on the waiting list: {event.title}"


@pytest.mark.django_db
def test_without_a_waiting_list_a_full_event_says_so_and_keeps_the_answers(client, event):
    event.waiting_list = False
    event.save_revision().publish()
    BookingFactory.create_batch(2, event=event)
    response = book(client, event)
    assert response.status_code == 409
    html = response.content.decode()
    assert "the last place has just been taken" in html
    assert 'value="Robin Example"' in html
    assert not Booking.objects.filter(name="Robin Example").exists()


@pytest.mark.django_db
def test_places_are_shared_by_every_language_of_the_event(client, event):
    from wagtail.models import Locale

    polish = event.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0], copy_parents=True)
    polish.save_revision().publish()
    BookingFactory(event=polish, language="pl")
    BookingFactory(event=event)
    book(client, event)
    assert Booking.objects.get(name="Robin Example").status == Status.WAITING


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Enter your name"),
        ({"email": "", "phone": ""}, "Enter an email address or a phone number"),
        ({"email": "not-an-email"}, "Enter an email address in the correct format"),
        ({"phone": "call me", "email": ""}, "Enter a phone number, like"),
        ({"consent": ""}, "Tick the box to say you agree"),
        ({"access_needs": ["a-unicorn"]}, "Select a valid choice"),
    ],
)
def test_bad_input_gets_the_form_back_with_a_400_and_the_answers_kept(client, event, changes, message):
    response = book(client, event, **changes)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "A seat near the door" in html
    assert not Booking.objects.exists()


@pytest.mark.django_db
def test_a_phone_number_alone_is_enough(client, event):
    book(client, event, email="", phone="07700 900 123")
    assert Booking.objects.get().phone == "07700 900 123"
    assert mail.outbox == []


@pytest.mark.django_db
def test_after_booking_closes_the_form_says_so(client, event):
    event.booking_closes = timezone.now() - timezone.timedelta(minutes=1)
    event.save_revision().publish()
    response = client.get(event.url + "book/")
    assert response.status_code == 410
    assert "Booking has closed." in response.content.decode()
    assert book(client, event).status_code == 410
    assert not Booking.objects.exists()


@pytest.mark.django_db
def test_a_post_without_the_form_token_is_refused(client, event):
    response = client.post(event.url + "book/", VALID)
    assert response.status_code == 403
    assert not Booking.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_stores_nothing_but_looks_fine(client, event):
    response = book(client, event, website="http://spam.example")
    assert response.status_code == 302
    assert not Booking.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_too_many_bookings_from_one_visitor_are_paused(client, event, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    event.places = None
    event.save_revision().publish()
    assert book(client, event).status_code == 302
    response = book(client, event, name="Second try")
    assert response.status_code == 429
    assert 'value="Second try"' in response.content.decode()
    assert Booking.objects.count() == 1


@pytest.mark.django_db
def test_the_form_is_translated(client, event):
    from wagtail.models import Locale

    polish = event.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0], copy_parents=True)
    polish.save_revision().publish()
    html = client.get(polish.url + "book/").content.decode()
    assert "Your name" not in html and "Book a place" not in html
    assert 'lang="pl"' in html


@pytest.fixture
def booked(event):
    return BookingFactory(event=event, name="Alex Booked")


@pytest.mark.django_db
def test_cancelling_asks_first_then_gives_the_place_to_the_first_person_waiting(client, event, booked):
    BookingFactory(event=event)
    first = BookingFactory(event=event, status=Status.WAITING, name="First Waiting")
    second = BookingFactory(event=event, status=Status.WAITING, name="Second Waiting")
    url = event.url + emails.cancel_path(booked)

    page = client.get(url)
    assert page.status_code == 200
    assert "Yes, cancel my booking" in page.content.decode()
    booked.refresh_from_db()
    assert booked.status == Status.BOOKED  # a visit alone changes nothing

    response = send(client, url, {})
    assert response.status_code == 302
    booked.refresh_from_db()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (booked.status, first.status, second.status) == (Status.CANCELLED, Status.BOOKED, Status.WAITING)
    assert first.place_given_at is not None
    (message,) = mail.outbox
    assert message.to == [first.email]
    assert message.subject == f"A place is free for you: {event.title}"
    assert "Your booking is cancelled" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_changed_cancel_link_finds_nothing(client, event, booked):
    url = event.url + emails.cancel_path(booked)
    changed = url.replace("booking=", "booking=x")
    response = client.get(changed)
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert client.post(changed, {"form_token": make_form_token(event.url + "book/cancel/")}).status_code == 404
    booked.refresh_from_db()
    assert booked.status == Status.BOOKED


@pytest.mark.django_db
def test_once_the_event_has_started_it_cannot_be_cancelled_online(client, event, booked):
    event.start = timezone.now() - timezone.timedelta(minutes=5)
    event.save_revision().publish()
    url = event.url + emails.cancel_path(booked)
    assert send(client, url, {}).status_code == 410
    booked.refresh_from_db()
    assert booked.status == Status.BOOKED


@pytest.mark.django_db
def test_a_failed_email_keeps_the_booking_and_logs_nothing_personal(client, event, caplog, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    with caplog.at_level(logging.INFO):
        response = book(client, event)
    booking = Booking.objects.get()
    assert "could not email you" in client.get(response["Location"]).content.decode()
    assert f"booking {booking.pk} failed: ConnectionRefusedError" in caplog.text
    for personal in ("Robin", "robin@example.com", "door", "bsl"):
        assert personal not in caplog.text


@pytest.mark.django_db
def test_a_full_event_without_a_waiting_list_shows_no_form(client, event):
    event.waiting_list = False
    event.save_revision().publish()
    BookingFactory.create_batch(2, event=event)
    assert "Book a place" not in client.get(event.url).content.decode().split("How to book")[1]
    html = client.get(event.url + "book/").content.decode()
    assert "All places are taken." in html
    assert 'name="name"' not in html


@pytest.mark.django_db
def test_a_database_that_stays_locked_asks_to_send_again_and_keeps_the_answers(client, event, monkeypatch):
    from django.db import OperationalError

    from blog.bookings import allocation

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(allocation, "LOCKED_RETRIES", 2)
    monkeypatch.setattr(allocation.EventPlaces.objects, "get_or_create", locked)
    response = book(client, event)
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    html = response.content.decode()
    assert "Many people are booking at this moment" in html
    assert 'value="Robin Example"' in html
    assert not Booking.objects.exists()
