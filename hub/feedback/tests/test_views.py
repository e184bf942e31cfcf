"""Visitors rate a page and may add a comment, without JavaScript and without cookies."""

import re

import pytest
from django.core import signing
from django.test import Client

from home.factories import StandardPageFactory
from hub.feedback.models import PageFeedback
from hub.feedback.views import REF_SALT
from hub.protection.tokens import make_form_token

pytestmark = pytest.mark.django_db

SEND = "/feedback/send/"


@pytest.fixture
def page(site_home):
    return StandardPageFactory(parent=site_home, title="About us")


@pytest.fixture
def strict_client():
    """A client that enforces CSRF like a browser, and keeps no cookies between requests."""
    return Client(enforce_csrf_checks=True)


def vote(client, page, useful="yes", **extra):
    data = {"form_token": make_form_token(SEND), "page": page.pk, "useful": useful, "website": ""}
    data.update(extra.pop("data", {}))
    return client.post(SEND, data, **extra)


def test_the_form_is_on_every_page_and_sets_no_cookie(strict_client, page):
    response = strict_client.get(page.url)
    html = response.content.decode()
    assert "Was this page useful?" in html
    assert 'name="useful" value="yes"' in html and 'name="useful" value="no"' in html
    assert "{% csrf_token %}" not in html and "csrfmiddlewaretoken" not in html
    assert not response.cookies


def test_a_vote_is_stored_per_page_and_language_without_cookies(strict_client, page):
    html = strict_client.get(page.url).content.decode()
    token = re.search(r'name="form_token" value="([^"]+)" id="feedback-form_token"', html).group(1)
    response = strict_client.post(SEND, {"form_token": token, "page": page.pk, "useful": "no"})
    assert response.status_code == 303
    # Back to the page, which thanks the visitor where the question was.
    assert response["Location"].startswith(f"{page.url}?feedback=")
    assert response["Location"].endswith("#feedback")
    thanked = strict_client.get(response["Location"]).content.decode()
    assert 'id="feedback-heading" tabindex="-1">Thank you for your feedback</h2>' in thanked
    assert 'href="/feedback/more/?ref=' in thanked
    assert 'name="useful"' not in thanked
    assert not response.cookies
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.locale_id, feedback.useful) == (page.pk, page.locale_id, False)


@pytest.mark.parametrize("useful", ["maybe", ""])
def test_an_invalid_answer_is_refused(client, page, useful):
    assert vote(client, page, useful=useful).status_code == 400
    assert not PageFeedback.objects.exists()


def test_an_unknown_or_draft_page_is_refused(client, page):
    page.unpublish()
    assert vote(client, page).status_code == 400
    assert client.post(SEND, {"form_token": make_form_token(SEND), "page": 999999, "useful": "yes"}).status_code == 400
    assert not PageFeedback.objects.exists()


def test_a_token_for_another_form_does_not_pass_csrf(strict_client, page):
    data = {"form_token": make_form_token("/newsletter/subscribe/"), "page": page.pk, "useful": "yes"}
    assert strict_client.post(SEND, data).status_code == 403
    assert strict_client.post(SEND, {"page": page.pk, "useful": "yes"}).status_code == 403
    assert not PageFeedback.objects.exists()


def test_a_post_from_another_site_is_refused(strict_client, page):
    assert vote(strict_client, page, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert vote(strict_client, page, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert vote(strict_client, page, HTTP_ORIGIN="http://testserver").status_code == 303


def test_an_expired_form_gets_a_clear_message(client, page, settings):
    settings.HUB_FORM_TOKEN_MAX_AGE = -1
    response = vote(client, page)
    assert response.status_code == 400
    assert "try again" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_the_honeypot_stores_nothing(client, page):
    response = vote(client, page, data={"website": "http://spam.example"})
    assert response.status_code == 303 and response["Location"] == page.url
    assert not PageFeedback.objects.exists()


def test_votes_are_rate_limited_per_address_and_page(client, page, site_home, settings):
    other_page = StandardPageFactory(parent=site_home)
    statuses = [vote(client, page, REMOTE_ADDR="10.0.0.1").status_code for _ in range(7)]
    assert statuses == [303] * settings.FEEDBACK_RATE_LIMIT_PER_PAGE + [429] * 2
    assert vote(client, other_page, REMOTE_ADDR="10.0.0.1").status_code == 303
    refused = vote(client, page, REMOTE_ADDR="10.0.0.1")
    assert refused["Retry-After"] == str(settings.FEEDBACK_RATE_LIMIT_PERIOD) == "3600"
    assert "try again in 60 minutes" in refused.content.decode()
    assert vote(client, page, REMOTE_ADDR="10.0.0.2").status_code == 303
    assert PageFeedback.objects.count() == settings.FEEDBACK_RATE_LIMIT_PER_PAGE + 2


def more_url(feedback):
    return f"/feedback/more/?ref={signing.dumps(feedback.pk, salt=REF_SALT)}"


def test_a_comment_is_added_to_that_vote_only(strict_client, page):
    thanked = strict_client.get(vote(strict_client, page)["Location"]).content.decode()
    location = re.search(r'href="(/feedback/more/\?ref=[^"]+)"', thanked).group(1)
    form = strict_client.get(location)
    html = form.content.decode()
    assert "Do not include personal details" in html
    assert not form.cookies
    token = make_form_token("/feedback/more/")
    response = strict_client.post(location, {"form_token": token, "comment": "Add a map, please."})
    assert response.status_code == 303
    assert PageFeedback.objects.get().comment == "Add a map, please."
    again = strict_client.post(location, {"form_token": token, "comment": "Overwrite"})
    assert again.status_code == 303
    assert PageFeedback.objects.get().comment == "Add a map, please."
    assert "We have your comment" in strict_client.get(location).content.decode()


def test_a_too_long_comment_is_refused_and_kept_in_the_box(client, page):
    feedback = PageFeedback.objects.create(page=page, locale=page.locale, useful=False)
    long_comment = "x" * 501
    response = client.post(
        more_url(feedback), {"form_token": make_form_token("/feedback/more/"), "comment": long_comment}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "500 characters or fewer" in html and "There is a problem" in html
    assert long_comment in html
    feedback.refresh_from_db()
    assert feedback.comment == ""


def test_a_tampered_or_expired_reference_is_refused(client, page, settings):
    feedback = PageFeedback.objects.create(page=page, locale=page.locale, useful=True)
    assert client.get(f"/feedback/more/?ref={feedback.pk}").status_code == 400
    settings.FEEDBACK_COMMENT_WINDOW = -1
    assert client.get(more_url(feedback)).status_code == 400


def test_a_forged_or_another_pages_answer_gets_no_thank_you(client, page, site_home):
    other = vote(client, site_home)["Location"].split("?")[1].split("#")[0]
    for query in ("feedback=forged", other):
        html = client.get(f"{page.url}?{query}").content.decode()
        assert 'name="useful" value="yes"' in html
        assert "Thank you for your feedback" not in html
