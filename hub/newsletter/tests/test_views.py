"""Newsletter sign-up: double opt-in, expiring links, one-click unsubscribe, no personal data in logs."""

import logging
import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.test import Client
from django.utils import timezone

from hub.newsletter.emails import confirm_token, unsubscribe_token
from hub.newsletter.factories import SubscriberFactory
from hub.newsletter.models import Subscriber
from hub.newsletter.retention import purge_stale_subscribers
from hub.protection.tokens import make_form_token

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/newsletter/subscribe/"


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def sign_up(client, email="Person@Example.org", consent="on", **extra):
    data = {"form_token": make_form_token(SUBSCRIBE), "email": email, "website": ""}
    if consent:
        data["consent"] = consent
    data.update(extra.pop("data", {}))
    return client.post(SUBSCRIBE, data, **extra)


def test_footer_form_on_every_page_sets_no_cookie(strict_client, site_home):
    response = strict_client.get("/")
    assert 'action="/newsletter/subscribe/"' in response.content.decode()
    assert not response.cookies
    assert not strict_client.get(SUBSCRIBE).cookies


def test_sign_up_waits_for_confirmation_and_sends_a_link(strict_client, site_home):
    response = sign_up(strict_client)
    assert response.status_code == 303 and response["Location"].startswith("/newsletter/check-your-email/?sent=")
    assert not response.cookies
    check = strict_client.get(response["Location"])
    assert "We have sent you an email" in check.content.decode() and "no-store" in check["Cache-Control"]
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "person@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consented_at is not None
    (message,) = mail.outbox
    assert message.to == ["person@example.org"]
    confirm_link = re.search(r"http://testserver(/newsletter/confirm/[^/\s]+/)", message.body).group(1)
    unsubscribe_link = re.search(r"http://testserver(/newsletter/unsubscribe/[^/\s]+/)", message.body).group(1)
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe_link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    page = strict_client.get(confirm_link)
    assert page.status_code == 200 and "<title>Confirm your subscription – " in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING, "opening the link alone must not confirm"
    confirmed = strict_client.post(confirm_link)
    assert confirmed.status_code == 303 and confirmed["Location"] == confirm_link
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at
    done = strict_client.get(confirm_link).content.decode()
    assert "<title>You are subscribed – " in done and "<h1>You are subscribed</h1>" in done


@pytest.mark.parametrize(
    ("email", "consent", "message"),
    [
        ("", "on", "Enter your email address"),
        ("not-an-email", "on", "Enter an email address in the correct format"),
        ("a" * 250 + "@example.org", "on", "254 characters or fewer"),
        ("person@example.org", "", "Tick the box to agree"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_stored(client, site_home, email, consent, message):
    response = sign_up(client, email=email, consent=consent)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "There is a problem" in html
    assert "<title>Error: Get our newsletter – " in html
    assert 'role="alert" tabindex="-1" autofocus>' in html, "the summary takes focus without JavaScript"
    assert html.count('action="/newsletter/subscribe/"') == 1, "no second form in the footer"
    assert not Subscriber.objects.exists() and not mail.outbox


def test_signing_up_twice_resends_without_duplicates(client, site_home):
    sign_up(client)
    sign_up(client, email="person@example.org")
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 2
    first_link = re.search(r"/newsletter/confirm/[^/\s]+/", mail.outbox[0].body).group(0)
    second_link = re.search(r"/newsletter/confirm/[^/\s]+/", mail.outbox[1].body).group(0)
    assert client.post(first_link).status_code == 400, "only the newest link works"
    assert client.post(second_link).status_code == 303


def test_a_confirmed_subscriber_signing_up_again_is_told_by_email_only(client, site_home):
    subscriber = SubscriberFactory(email="person@example.org", status=Subscriber.Status.CONFIRMED)
    response = sign_up(client)
    assert response.status_code == 303 and response["Location"].startswith("/newsletter/check-your-email/?sent=")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert "You already get it" in mail.outbox[0].body
    assert "/newsletter/unsubscribe/" in mail.outbox[0].body


def test_an_expired_or_broken_confirmation_link_is_explained(client, site_home, settings):
    subscriber = SubscriberFactory()
    settings.NEWSLETTER_CONFIRM_MAX_AGE = -1
    response = client.post(f"/newsletter/confirm/{confirm_token(subscriber)}/")
    assert response.status_code == 400 and "This link has expired" in response.content.decode()
    broken = client.get("/newsletter/confirm/abc/")
    assert broken.status_code == 400 and "This link does not work" in broken.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_one_click_unsubscribe(strict_client, site_home):
    subscriber = SubscriberFactory(status=Subscriber.Status.CONFIRMED)
    url = f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/"
    assert "Press the button" in strict_client.get(url).content.decode()
    response = strict_client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and "You have unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at
    assert strict_client.post(url).status_code == 200
    assert strict_client.post("/newsletter/unsubscribe/forged/").status_code == 400


@pytest.mark.parametrize("backend", ["EmailBackend", "RefusingEmailBackend"])
def test_email_failure_keeps_the_sign_up_and_logs_no_address(client, site_home, settings, caplog, backend):
    settings.EMAIL_BACKEND = f"hub.newsletter.tests.failing_backend.{backend}"
    with caplog.at_level(logging.INFO):
        response = sign_up(client)
    assert response.status_code == 303
    html = client.get(response["Location"]).content.decode()
    assert "We have saved your sign-up" in html and "We have sent you an email" not in html
    subscriber = Subscriber.objects.get()
    assert f"subscriber {subscriber.pk}" in caplog.text
    assert "person@example.org" not in caplog.text.lower()


@pytest.mark.parametrize("sent", ["", "?sent=forged", f"?sent={signing.dumps(True, salt='another.salt')}"])
def test_the_check_your_email_page_needs_a_signed_outcome(client, site_home, sent):
    response = client.get("/newsletter/check-your-email/" + sent)
    assert response.status_code == 302 and response["Location"] == SUBSCRIBE


def test_the_backend_hears_of_confirmations_and_failures_are_only_logged(client, site_home, settings, caplog):
    settings.NEWSLETTER_BACKEND = "hub.newsletter.tests.failing_backend.NewsletterBackend"
    subscriber = SubscriberFactory()
    response = client.post(f"/newsletter/confirm/{confirm_token(subscriber)}/")
    assert response.status_code == 303
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert f"subscribed for subscriber {subscriber.pk}" in caplog.text
    assert subscriber.email not in caplog.text


def test_the_honeypot_and_the_rate_limit(client, site_home, settings):
    assert sign_up(client, data={"website": "x"}).status_code == 303
    assert not Subscriber.objects.exists()
    # The bot's attempt counts towards the limit too.
    statuses = {
        sign_up(client, email=f"p{n}@example.org").status_code for n in range(settings.PUBLIC_FORM_RATE_LIMIT - 1)
    }
    assert statuses == {303}
    refused = sign_up(client, email="late@example.org")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= settings.PUBLIC_FORM_RATE_PERIOD
    html = refused.content.decode()
    assert "We have not received what you just sent" in html and "please send them again in 60 minutes" in html
    assert 'value="late@example.org"' in html
    assert sign_up(client, email="other@example.org", REMOTE_ADDR="10.9.9.9").status_code == 303


def test_stale_sign_ups_are_purged(site_home):
    old = timezone.now() - timedelta(days=60)
    SubscriberFactory(status=Subscriber.Status.PENDING, consented_at=old)
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, consented_at=old, unsubscribed_at=old)
    kept = [
        SubscriberFactory(status=Subscriber.Status.CONFIRMED, consented_at=old),
        SubscriberFactory(status=Subscriber.Status.PENDING),
        SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()),
    ]
    long_ago = timezone.now() - timedelta(days=365)
    assert purge_stale_subscribers(long_ago) == 2, "their own 30-day periods apply when shorter"
    assert set(Subscriber.objects.values_list("pk", flat=True)) == {s.pk for s in kept}


def test_confirm_tokens_are_signed(site_home):
    subscriber = SubscriberFactory()
    with pytest.raises(signing.BadSignature):
        signing.loads(confirm_token(subscriber), salt="something else")
