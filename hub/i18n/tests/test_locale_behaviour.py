"""Each language shows its own pages, dates in its own format, and forms remember the language."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import dateformat, translation

from blog.factories import BlogIndexPageFactory, EventPageFactory
from hub.i18n.setup import setup_languages
from hub.protection.tokens import make_form_token
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.models import ExpressionOfInterest

CLOSING = datetime.date(2031, 11, 22)


@pytest.fixture
def polish_role(languages, site_home, translate):
    """A get-involved page with two roles; one role (and the index) translated into Polish."""
    cache.clear()
    index = OpportunityIndexPageFactory(parent=site_home, slug="get-involved", title="Get involved")
    index.save_revision().publish()
    role = OpportunityPageFactory(parent=index, slug="peer-mentor", title="Peer mentor", closing_date=CLOSING)
    role.save_revision().publish()
    other = OpportunityPageFactory(parent=index, slug="activity-assistant", title="Activity assistant")
    other.save_revision().publish()
    setup_languages()
    translate(site_home, languages["pl"], {"Get involved": "Zaangażuj się"})
    translate(index, languages["pl"], {"Get involved": "Zaangażuj się"})
    translate(role, languages["pl"], {"Peer mentor": "Mentor rówieśniczy"})
    yield role
    cache.clear()


@pytest.mark.django_db
def test_listing_shows_the_languages_own_pages(client, polish_role):
    polish = client.get("/pl/get-involved/").content.decode()
    assert "Mentor rówieśniczy" in polish and 'href="/pl/get-involved/peer-mentor/"' in polish
    # The untranslated role is listed from the Polish tree (its alias), never as an English-tree link.
    # Its English title is marked as English.
    assert 'href="/pl/get-involved/activity-assistant/" lang="en" dir="ltr">Activity assistant</a>' in polish
    assert 'href="/get-involved/activity-assistant/"' not in polish
    assert 'href="/get-involved/peer-mentor/"' not in polish

    english = client.get("/get-involved/").content.decode()
    assert "Peer mentor" in english and "Mentor rówieśniczy" not in english


@pytest.mark.django_db
def test_search_finds_the_current_languages_pages(client, polish_role):
    polish = client.get("/pl/search/", {"q": "rówieśniczy"}).content.decode()
    assert 'href="/pl/get-involved/peer-mentor/"' in polish
    english = client.get("/search/", {"q": "rówieśniczy"}).content.decode()
    assert "/pl/get-involved/peer-mentor/" not in english


@pytest.mark.django_db
def test_closing_date_is_in_the_languages_format(client, polish_role):
    assert "22 listopada 2031" in client.get("/pl/get-involved/peer-mentor/").content.decode()
    assert "22 November 2031" in client.get("/get-involved/peer-mentor/").content.decode()


@pytest.mark.django_db
def test_interest_sent_from_polish_page_is_recorded_and_answered_in_polish(client, polish_role):
    data = {
        "name": "Ola Przykład",
        "contact_method": "email",
        "email": "ola@example.com",
        "phone": "",
        "best_time": "Rano",
        "adjustments": "",
        "relationship": "carer",
        "consent": "on",
    }
    url = "/pl/get-involved/peer-mentor/apply/"
    response = client.post(url, {"form_token": make_form_token(url), **data})
    assert response.status_code == 302
    assert response["Location"].startswith("/pl/get-involved/peer-mentor/apply/sent/?copy=")

    interest = ExpressionOfInterest.objects.get()
    assert interest.language == "pl"
    sent = client.get(response["Location"]).content.decode()
    assert '<html lang="pl"' in sent and "Co dalej" in sent

    confirmation = next(message for message in mail.outbox if message.to == ["ola@example.com"])
    assert "Ktoś z naszego zespołu ds. zaangażowania skontaktuje się z Tobą do" in confirmation.body
    # The reply-by date is written the Polish way, with a Polish day name.
    with translation.override("pl"):
        days = {dateformat.format(datetime.date(2024, 1, day), "l") for day in range(1, 8)}
    assert any(day in confirmation.body for day in days)


@pytest.fixture
def upcoming_event(languages, site_home, translate):
    """A same-day event from 2:30 to 4 p.m. London time and one over two days, in Polish and Arabic too."""
    cache.clear()
    news = BlogIndexPageFactory(parent=site_home, slug="news", title="News")
    news.save_revision().publish()
    start = datetime.datetime(2031, 11, 22, 14, 30, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
    cafe = EventPageFactory(
        parent=news, slug="cafe", title="Co-production café", start=start, end=start + datetime.timedelta(minutes=90)
    )
    cafe.save_revision().publish()
    weekend = EventPageFactory(
        parent=news, slug="weekend", title="Weekend retreat", start=start, end=start + datetime.timedelta(days=1)
    )
    weekend.save_revision().publish()
    setup_languages()
    for code in ("pl", "ar"):
        for page in (site_home, news, cafe, weekend):
            translate(page, languages[code], {})
    yield
    cache.clear()


@pytest.mark.django_db
def test_event_times_are_in_the_languages_format(client, upcoming_event):
    english = client.get("/news/cafe/").content.decode()
    assert "Saturday 22 November 2031</time>" in english
    assert "2:30\u00a0p.m. to 4\u00a0p.m." in english  # a time never wraps inside

    polish = client.get("/pl/news/cafe/").content.decode()
    assert "Sobota, 22 listopada 2031</time>" in polish
    assert "14:30 do 16:00" in polish
    assert "p.m." not in polish

    arabic = client.get("/ar/news/cafe/").content.decode()
    assert "السبت، 22 نوفمبر، 2031</time>" in arabic
    assert "2:30\u00a0م" in arabic and "4:00\u00a0م" in arabic

    # Over two days: each end has its weekday, date and time.
    assert (
        "Saturday 22 November 2031, 2:30\u00a0p.m. to Sunday 23 November 2031, 2:30\u00a0p.m."
        in client.get("/news/weekend/").content.decode()
    )
    assert (
        "Sobota, 22 listopada 2031, 14:30 do Niedziela, 23 listopada 2031, 14:30"
        in client.get("/pl/news/weekend/").content.decode()
    )


@pytest.mark.django_db
def test_event_listing_shows_times_in_the_languages_format(client, upcoming_event):
    assert "Saturday 22 November 2031, 2:30\u00a0p.m." in client.get("/news/").content.decode()
    assert "Sobota, 22 listopada 2031, 14:30" in client.get("/pl/news/").content.decode()
    assert "السبت، 22 نوفمبر، 2031، 2:30\u00a0م" in client.get("/ar/news/").content.decode()


@pytest.mark.django_db
def test_closing_date_in_arabic_and_in_listings(client, polish_role, languages, site_home, translate):
    for page in (site_home, polish_role.get_parent().specific, polish_role):
        translate(page, languages["ar"], {})
    assert "22 نوفمبر، 2031" in client.get("/ar/get-involved/peer-mentor/").content.decode()
    assert "22 listopada 2031" in client.get("/pl/get-involved/").content.decode()
    assert "22 November 2031" in client.get("/get-involved/").content.decode()
