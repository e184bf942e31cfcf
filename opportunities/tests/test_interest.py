"""Saying "I'm interested": validation, saving, emails, form token, spam and rate limits."""

import logging
import re

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.test import Client

from hub.protection.tokens import make_form_token
from opportunities.factories import OpportunityPageFactory
from opportunities.models import EmailStatus, ExpressionOfInterest

VALID = {
    "name": "Sam Example",
    "contact_method": "email",
    "email": "sam@example.com",
    "phone": "",
    "best_time": "Mornings",
    "adjustments": "Large print please",
    "relationship": "carer",
    "consent": "on",
}


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """A client that enforces Django's CSRF check, as a real browser post would face it."""
    return Client(enforce_csrf_checks=True)


def send(client, url, data, **extra):
    """Post the form as a browser would: with the signed token the form page gives for ``url``."""
    return client.post(url, {"form_token": make_form_token(url), **data}, **extra)


@pytest.fixture
def role(index):
    return OpportunityPageFactory(
        parent=index, title="Peer mentor", contact_email="mentors@riverside.example", contact_team="Peer team"
    )


@pytest.mark.django_db
def test_the_form_page_has_every_field(client, role):
    html = client.get(role.url + "apply/").content.decode()
    for name in ("name", "contact_method", "email", "phone", "best_time", "adjustments", "relationship", "consent"):
        assert f'name="{name}"' in html
    assert 'autocomplete="email"' in html
    assert "nhsuk-error-summary" not in html


@pytest.mark.django_db
def test_success_saves_then_emails_the_team_and_the_person(client, role):
    response = send(client, role.url + "apply/", VALID)
    assert response.status_code == 302
    assert response["Location"].startswith(role.url + "apply/sent/?copy=")

    interest = ExpressionOfInterest.objects.get()
    assert interest.role == role
    assert interest.role_title == "Peer mentor"
    assert interest.name == "Sam Example"
    assert interest.relationship == "carer"
    assert interest.language == "en"
    assert interest.consent is True
    assert interest.status == "new"
    assert interest.email_status == EmailStatus.SENT

    team, confirmation = mail.outbox
    assert team.to == ["mentors@riverside.example"]
    assert f"/admin/expressions_of_interest/inspect/{interest.pk}/" in team.body
    # The team's email links to the record rather than carrying the person's details.
    assert "Sam Example" not in team.body and "sam@example.com" not in team.body
    assert confirmation.to == ["sam@example.com"]
    assert "Peer mentor" in confirmation.body

    sent = client.get(response["Location"])
    assert "no-store" in sent["Cache-Control"], "the page differs by what happened, so it is never cached"
    html = sent.content.decode()
    assert "What happens next" in html
    assert "Peer team will contact you by" in html
    assert "We have emailed you a copy" in html


@pytest.mark.django_db
def test_no_confirmation_without_an_email_address(client, role):
    data = {**VALID, "contact_method": "phone", "email": "", "phone": "07700 900123"}
    response = send(client, role.url + "apply/", data)
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["mentors@riverside.example"]]
    assert ExpressionOfInterest.objects.get().phone == "07700 900123"
    html = client.get(response["Location"]).content.decode()
    assert "emailed you a copy" not in html and "could not email you" not in html
    assert "reply to our email" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("backend", ["EmailBackend", "RefusingEmailBackend"])
def test_when_email_fails_the_thank_you_page_does_not_claim_a_copy_was_sent(client, role, settings, backend):
    settings.EMAIL_BACKEND = f"hub.newsletter.tests.failing_backend.{backend}"
    response = send(client, role.url + "apply/", VALID)
    assert response.status_code == 302
    assert ExpressionOfInterest.objects.get().email_status == EmailStatus.FAILED
    html = client.get(response["Location"]).content.decode()
    assert "We have emailed you a copy" not in html
    assert "We could not email you a copy of this message just now, but we have your details" in html
    assert "reply to our email" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("copy", [None, "forged", signing.dumps("sent", salt="another.salt")])
def test_the_thank_you_page_claims_no_email_without_a_signed_outcome(client, role, copy):
    url = role.url + "apply/sent/" + (f"?copy={copy}" if copy else "")
    html = client.get(url).content.decode()
    assert "What happens next" in html
    assert "emailed you a copy" not in html and "could not email you" not in html


@pytest.mark.django_db
def test_reloading_the_thank_you_page_sends_nothing_again(client, role):
    response = send(client, role.url + "apply/", VALID)
    for _reload in range(2):
        assert client.get(response["Location"]).status_code == 200
    assert ExpressionOfInterest.objects.count() == 1
    assert len(mail.outbox) == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name"),
        ({"contact_method": ""}, "contact_method_0", "Choose how we should contact you"),
        ({"contact_method": "pigeon"}, "contact_method_0", "Select a valid choice"),
        ({"email": ""}, "email", "Enter your email address"),
        ({"email": "not-an-email"}, "email", "Enter an email address in the correct format"),
        ({"contact_method": "phone", "phone": ""}, "phone", "Enter your phone number"),
        ({"contact_method": "phone", "phone": "call me"}, "phone", "Enter a phone number, like"),
        ({"contact_method": "either", "phone": ""}, "phone", "Enter your phone number"),
        ({"consent": ""}, "consent", "Tick the box to say you agree"),
        ({"adjustments": "x" * 1001}, "adjustments", "at most 1000 characters"),
    ],
)
def test_invalid_input_shows_an_error_summary_and_keeps_what_was_typed(client, role, changes, field, message):
    response = send(client, role.url + "apply/", {**VALID, **changes})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="nhsuk-error-summary"' in html
    assert f'href="#id_{field}"' in html
    assert message in html
    assert "nhsuk-form-group--error" in html
    assert "<title>Error:" in html
    assert 'value="Sam Example"' in html or changes.get("name") == ""
    assert not ExpressionOfInterest.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_html_in_input_is_escaped(client, role):
    response = send(client, role.url + "apply/", {**VALID, "email": "", "name": "<b>bold</b>"})
    html = response.content.decode()
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp.example refused sam@example.com")


@pytest.mark.django_db
def test_a_failed_email_keeps_the_submission_and_logs_no_personal_data(client, role, settings, caplog):
    settings.EMAIL_BACKEND = "opportunities.tests.test_interest.BrokenBackend"
    with caplog.at_level(logging.INFO):
        response = send(client, role.url + "apply/", VALID)
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.email_status == EmailStatus.FAILED
    assert "failed: ConnectionRefusedError" in caplog.text
    for personal in ("Sam", "sam@example.com", "Large print"):
        assert personal not in caplog.text


@pytest.mark.django_db
def test_honeypot_drops_the_submission_quietly(client, role):
    response = send(client, role.url + "apply/", {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ExpressionOfInterest.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_rate_limit_per_form_and_across_forms(client, index, role, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    settings.PUBLIC_FORM_RATE_LIMIT_TOTAL = 3
    for _ in range(2):
        assert send(client, role.url + "apply/", VALID).status_code == 302
    response = send(client, role.url + "apply/", {**VALID, "adjustments": "Please call after 4pm"})
    assert response.status_code == 429
    assert 3590 <= int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    # The form comes back with what the person typed and says plainly it was not received.
    assert "We have not received what you just sent" in html
    assert "please send them again in 60 minutes" in html
    assert "Please call after 4pm" in html
    assert "reached us" not in html
    assert ExpressionOfInterest.objects.count() == 2
    # Another form has its own budget, within the limit shared by every form.
    assert send(client, index.url + "register/", VALID).status_code == 302
    assert send(client, index.url + "register/", VALID).status_code == 429
    assert ExpressionOfInterest.objects.count() == 3
    # Another address is not affected.
    assert send(client, role.url + "apply/", VALID, REMOTE_ADDR="192.0.2.9").status_code == 302


@pytest.mark.django_db
def test_mistakes_do_not_count_towards_the_limit(client, role, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    for _ in range(10):
        assert send(client, role.url + "apply/", {**VALID, "email": "not-an-address"}).status_code == 400
    assert send(client, role.url + "apply/", VALID).status_code == 302
    assert ExpressionOfInterest.objects.count() == 1


@pytest.mark.django_db
def test_rate_limit_counts_visitors_behind_the_proxy(client, role, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    assert send(client, role.url + "apply/", VALID, HTTP_X_REAL_IP="198.51.100.1").status_code == 302
    assert send(client, role.url + "apply/", VALID, HTTP_X_REAL_IP="198.51.100.1").status_code == 429
    assert send(client, role.url + "apply/", VALID, HTTP_X_REAL_IP="198.51.100.2").status_code == 302


@pytest.mark.django_db
def test_the_token_from_the_form_page_lets_the_form_post_without_a_cookie(client, role):
    page = client.get(role.url + "apply/")
    assert not page.cookies
    html = page.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'class="hub-honeypot" aria-hidden="true"' in html
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    response = client.post(role.url + "apply/", {**VALID, "form_token": token})
    assert response.status_code == 302
    assert not response.cookies
    assert ExpressionOfInterest.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("token", [None, "forged", "other-form"])
def test_a_post_without_a_fitting_token_is_refused(client, role, token):
    data = dict(VALID)
    if token == "other-form":
        data["form_token"] = make_form_token("/newsletter/subscribe/")
    elif token:
        data["form_token"] = token
    assert client.post(role.url + "apply/", data).status_code == 403
    assert not ExpressionOfInterest.objects.exists()


@pytest.mark.django_db
def test_a_cross_site_post_is_refused_even_with_a_token(client, role):
    response = send(client, role.url + "apply/", VALID, HTTP_ORIGIN="https://elsewhere.example")
    assert response.status_code == 403
    assert not ExpressionOfInterest.objects.exists()


@pytest.mark.django_db
def test_an_expired_page_asks_to_send_again_and_keeps_the_answers(client, role, settings):
    settings.HUB_FORM_TOKEN_MAX_AGE = -1
    response = send(client, role.url + "apply/", VALID)
    assert response.status_code == 400
    html = response.content.decode()
    assert "This page was open for a long time" in html
    assert 'value="Sam Example"' in html
    assert not ExpressionOfInterest.objects.exists()


@pytest.mark.django_db
def test_general_interest_without_a_role(client, index):
    response = send(client, index.url + "register/", VALID)
    assert response.status_code == 302
    assert response["Location"].startswith(index.url + "register/sent/?copy=")
    interest = ExpressionOfInterest.objects.get()
    assert interest.role is None
    assert interest.role_title == "General interest in getting involved"
    assert mail.outbox[0].to == [index.contact_email]
    assert "What happens next" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_a_closed_role_takes_no_interest(client, role):
    role.closing_date = role.closing_date.replace(year=2000)
    role.save_revision().publish()
    assert send(client, role.url + "apply/", VALID).status_code == 410
    assert not ExpressionOfInterest.objects.exists()


@pytest.mark.django_db
def test_someone_can_be_both_a_service_user_and_a_carer(client, role):
    html = client.get(role.url + "apply/").content.decode()
    assert 'id="id_relationship_0" name="relationship" type="checkbox" value="service-user"' in html
    assert 'id="id_relationship_1" name="relationship" type="checkbox" value="carer"' in html
    response = send(client, role.url + "apply/", {**VALID, "relationship": ["service-user", "carer"]})
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.relationship == "service-user,carer"
    assert interest.relationship_labels() == "I use mental health services, now or in the past, I am a carer"


@pytest.mark.django_db
def test_an_unknown_answer_is_refused_and_nothing_saved(client, role):
    response = send(client, role.url + "apply/", {**VALID, "relationship": ["carer", "landlord"]})
    assert response.status_code == 400
    assert not ExpressionOfInterest.objects.exists()


@pytest.mark.django_db
def test_crisis_help_comes_before_the_questions(client, role):
    html = client.get(role.url + "apply/").content.decode()
    assert html.index("hub-urgent-help-callout") < html.index('name="name"')
    assert '<a href="tel:116123">116&nbsp;123</a>' in html
