"""Each language shows its own pages, dates in its own format, and forms remember the language."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import dateformat, translation

from hub.abuse import make_form_token
from hub.i18n.setup import setup_languages
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
    assert response["Location"] == "/pl/get-involved/peer-mentor/apply/sent/"

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
