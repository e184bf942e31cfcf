"""The Involvement team's list: who sees it, the actions, exports and the counts for the write-up."""

import csv
import io
import logging
import zoneinfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from blog.bookings.factories import BookingFactory
from blog.bookings.models import Status


@pytest.fixture
def team(client, make_user):
    client.force_login(make_user("ina", "Involvement team"))
    return client


@pytest.fixture
def booking(event):
    return BookingFactory(
        event=event, name="Sam Example", phone="+44 7700 900 123", access_needs=["bsl"], access_details="=SUM(A1)"
    )


def listing(event):
    return reverse("bookings:index") + f"?event={event.pk}"


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Co-production champions", "Communications", "Translation reviewers"])
def test_other_editors_cannot_see_bookings_or_access_needs(client, make_user, booking, group):
    client.force_login(make_user("other", group))
    for url in (reverse("bookings:index"), reverse("bookings:inspect", args=[booking.pk])):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"Sam Example" not in response.content


@pytest.mark.django_db
def test_the_team_sees_an_events_bookings_with_access_needs_and_counts(team, event, booking):
    BookingFactory(event=event, status=Status.WAITING, name="Kim Waiting")
    BookingFactory(event=event, status=Status.ATTENDED)
    html = team.get(listing(event)).content.decode()
    assert "Sam Example" in html and "Kim Waiting" in html
    assert "A British Sign Language (BSL) interpreter" in html
    assert "Booked 1, On the waiting list 1, Cancelled 0, Came 1" in html


@pytest.mark.django_db
def test_check_in_on_the_day(team, event, booking):
    url = reverse("bookings:check_in", args=[booking.pk])
    assert "Check in" in team.get(url).content.decode()
    booking.refresh_from_db()
    assert booking.status == Status.BOOKED
    response = team.post(url, {"next": listing(event)})
    assert response.status_code == 302 and response["Location"] == listing(event)
    booking.refresh_from_db()
    assert booking.status == Status.ATTENDED


@pytest.mark.django_db
def test_offering_a_place_by_hand_needs_a_free_place(team, event, booking):
    BookingFactory(event=event)
    waiting = BookingFactory(event=event, status=Status.WAITING)
    url = reverse("bookings:offer_place", args=[waiting.pk])
    response = team.post(url, follow=True)
    assert "No place is free" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITING

    event.places = 3
    event.save_revision().publish()
    team.post(url)
    waiting.refresh_from_db()
    assert waiting.status == Status.BOOKED
    assert mail.outbox[0].to == [waiting.email]


@pytest.mark.django_db
def test_cancelling_for_someone_gives_the_place_to_the_first_waiting(team, event, booking):
    BookingFactory(event=event)
    waiting = BookingFactory(event=event, status=Status.WAITING, name="Kim Waiting")
    response = team.post(reverse("bookings:cancel", args=[booking.pk]), follow=True)
    assert "Kim Waiting" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Status.BOOKED


@pytest.mark.django_db
def test_csv_export_has_readable_labels_uk_times_and_no_formulas(team, event, booking, caplog):
    summer = timezone.datetime(2026, 7, 1, 9, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))
    type(booking).objects.filter(pk=booking.pk).update(created_at=summer)
    with caplog.at_level(logging.INFO):
        response = team.get(listing(event) + "&export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    (row,) = rows
    assert row["Event"] == event.title
    assert row["Status"] == "Booked"
    assert row["Access needs"] == "A British Sign Language (BSL) interpreter"
    assert row["More about access needs"] == "'=SUM(A1)"
    assert row["Booked on"] == "2026-07-01 10:30:00"  # British Summer Time
    assert row["Phone"] == "+44 7700 900 123"
    assert "exported bookings.Booking" in caplog.text and "Sam" not in caplog.text


@pytest.mark.django_db
def test_excel_export(team, event, booking):
    response = team.get(listing(event) + "&export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = list(sheet.values)
    assert header[:2] == ("Event", "Name")
    assert row[1] == "Sam Example"
    values = dict(zip(header, row, strict=True))
    assert values["Status"] == "Booked"
    assert values["Booked on"].tzinfo is None
    assert abs(values["Booked on"] - timezone.localtime(booking.created_at).replace(tzinfo=None)).total_seconds() < 1


@pytest.mark.django_db
def test_the_event_editor_shows_the_counts_for_the_write_up(team, event, booking):
    BookingFactory(event=event, status=Status.ATTENDED)
    html = team.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert "1 checked in as having come, 1 booked but not checked in" in html
