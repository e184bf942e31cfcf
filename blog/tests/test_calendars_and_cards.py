"""Calendar files on the visitor's host with a name of their own; event cards that line up; times that never wrap."""

import datetime

import icalendar
import pytest
from django.utils import timezone, translation

from blog.factories import BlogPageFactory, EventPageFactory
from hub.factories import ImageFactory
from hub.i18n.templatetags.local_dates import time_value, weekday_date_time

pytestmark = pytest.mark.django_db


def _evening_event(blog_index, **fields):
    start = timezone.make_aware(datetime.datetime(2030, 7, 1, 18, 0))
    return EventPageFactory(parent=blog_index, start=start, end=start + datetime.timedelta(hours=3), **fields)


def test_events_calendar_has_its_own_name_and_the_host_the_visitor_asked_for(client, blog_index):
    event = _evening_event(blog_index, title="Evening meeting")
    response = client.get(blog_index.url + "events.ics", HTTP_HOST="127.0.0.1:8000")
    calendar = icalendar.Calendar.from_ical(response.content)
    # Not the listing's title ("News and stories"): the calendar app shows this name.
    assert str(calendar["X-WR-CALNAME"]) == "Riverside events"
    assert str(calendar["NAME"]) == "Riverside events"
    (vevent,) = calendar.walk("VEVENT")
    # The Site record says "localhost"; the file follows the host the visitor used.
    assert str(vevent["URL"]) == f"http://127.0.0.1:8000{event.url}"
    assert str(vevent["UID"]) == f"{event.translation_key}@127.0.0.1"
    assert b"localhost" not in response.content


def test_calendar_names_are_in_the_pages_language(client, demo_site):
    for prefix, name in (("", "Riverside events"), ("/pl", "Wydarzenia: Riverside"), ("/ar", "فعاليات Riverside")):
        calendar = icalendar.Calendar.from_ical(client.get(f"{prefix}/news/events.ics").content)
        assert str(calendar["X-WR-CALNAME"]) == name
        assert calendar.walk("VEVENT"), "the demo has upcoming events"


def test_online_and_in_person_events_say_so_in_the_visitors_language(blog_index):
    event = _evening_event(blog_index, is_online=True, venue_name="Riverside Hall", venue_address="")
    assert event.location_text() == "Online and Riverside Hall"
    with translation.override("pl"):
        assert event.location_text() == "Online i Riverside Hall"


def test_times_never_wrap_inside_a_value(client, blog_index):
    start = timezone.make_aware(datetime.datetime(2030, 7, 1, 18, 0))
    assert time_value(start) == "6\u00a0p.m."
    assert weekday_date_time(start) == "Monday 1 July 2030, 6\u00a0p.m."
    event = _evening_event(blog_index, title="Evening meeting")
    card = client.get(blog_index.url).content.decode()
    assert "2030, 6\u00a0p.m.</time>" in card
    page = client.get(event.url).content.decode()
    assert "6\u00a0p.m. to 9\u00a0p.m." in page
    assert "6 p.m." not in card + page


def test_cards_with_and_without_images_keep_the_same_picture_area(client, blog_index):
    BlogPageFactory(parent=blog_index, title="With a picture", hero_image=ImageFactory())
    _evening_event(blog_index, title="Without a picture")
    html = client.get(blog_index.url).content.decode()
    cards = html.split('class="nhsuk-card nhsuk-card--clickable hub-post-card"')[1:]
    assert len(cards) == 3  # the event is in the upcoming strip and in the list
    for card in cards:
        picture = card[: card.index("nhsuk-card__content")]
        if "Without a picture" in card:
            assert '<div class="hub-post-card__img hub-post-card__img--none"></div>' in picture
        else:
            assert 'class="nhsuk-card__img hub-post-card__img"' in picture


def test_a_kind_of_post_has_the_same_tag_in_the_listing_and_in_search(client, demo_site):
    tag = '<strong class="nhsuk-tag">News</strong>'
    assert tag in client.get("/news/").content.decode()
    assert tag in client.get("/search/", {"q": "board meeting"}).content.decode()
