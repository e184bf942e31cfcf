"""Visitors are told the retention period the settings enforce, never a figure written into a template."""

import re
import time
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings

from hub import blocks
from hub.newsletter.emails import confirm_token
from hub.newsletter.factories import SubscriberFactory
from hub.privacy.retention import period_in_words
from opportunities.factories import OpportunityIndexPageFactory


@pytest.mark.parametrize(
    ("days", "words"), [(365, "1 year"), (730, "2 years"), (90, "90 days"), (1, "1 day"), (400, "400 days")]
)
def test_period_in_words(days, words):
    assert period_in_words(days) == words


@pytest.mark.django_db
@pytest.mark.parametrize(("days", "words"), [(365, "1 year"), (90, "90 days")])
def test_the_interest_form_states_the_configured_period(client, site_home, settings, days, words):
    settings.PERSONAL_DATA_RETENTION_DAYS = days
    index = OpportunityIndexPageFactory(parent=site_home)
    html = client.get(index.url + "register/").content.decode()
    assert f"We delete them after {words} unless you are taking part with us." in html


def test_no_template_states_a_period_of_its_own():
    written = re.compile(
        r"\b\d+\s+(?:day|week|month|year)s?\b"
        r"|\b(?:for|after|within|up to)\s+(?:a|an|one|two|three|six|twelve)\s+(?:day|week|month|year)s?\b",
        re.IGNORECASE,
    )
    templates = Path(settings.BASE_DIR, "templates").rglob("*.html")
    stated = {str(path): written.findall(path.read_text()) for path in templates}
    assert not {path: found for path, found in stated.items() if found}


@pytest.mark.django_db
def test_the_preferences_page_states_the_cookie_lifetime(client, site_home, monkeypatch):
    monkeypatch.setattr("hub.privacy.retention.COOKIE_MAX_AGE", 60 * 60 * 24 * 90)
    html = client.get("/preferences/").content.decode()
    assert "We remember your choice for 90 days in a small file on your device" in html


def test_the_cookie_list_states_the_configured_periods(settings):
    settings.CONSENT_COOKIE_AGE = 60 * 60 * 24 * 730
    block = blocks.StandardPageStreamBlock().child_blocks["cookie_choices"]
    html = block.render(block.normalize(block.meta.preview_value))
    assert "remembers your answer about optional cookies, for 2 years." in html
    assert "Your text size and contrast choice, for 1 year." in html


@pytest.mark.django_db
def test_an_expired_confirmation_link_states_the_configured_period(client, site_home, settings):
    settings.NEWSLETTER_CONFIRM_MAX_AGE = 60 * 60 * 24 * 3
    subscriber = SubscriberFactory()
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 60 * 60 * 24 * 4):
        token = confirm_token(subscriber)
    html = client.get(f"/newsletter/confirm/{token}/").content.decode()
    assert "This link has expired" in html and "Confirmation links work for 3 days," in html
