"""Saying "I'm interested": validation, saving, emails, spam and rate limits."""

import logging

import pytest
from django.core import mail
from django.core.cache import cache

from opportunities import views
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
    response = client.post(role.url + "apply/", VALID)
    assert response.status_code == 302
    assert response["Location"] == role.url + "apply/sent/"

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

    sent = client.get(response["Location"]).content.decode()
    assert "What happens next" in sent
    assert "Peer team will contact you by" in sent


@pytest.mark.django_db
def test_no_confirmation_without_an_email_address(client, role):
    data = {**VALID, "contact_method": "phone", "email": "", "phone": "07700 900123"}
    assert client.post(role.url + "apply/", data).status_code == 302
    assert [message.to for message in mail.outbox] == [["mentors@riverside.example"]]
    assert ExpressionOfInterest.objects.get().phone == "07700 900123"


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
    response = client.post(role.url + "apply/", {**VALID, **changes})
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
    response = client.post(role.url + "apply/", {**VALID, "email": "", "name": "<b>bold</b>"})
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
        response = client.post(role.url + "apply/", VALID)
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.email_status == EmailStatus.FAILED
    assert "failed: ConnectionRefusedError" in caplog.text
    for personal in ("Sam", "sam@example.com", "Large print"):
        assert personal not in caplog.text


@pytest.mark.django_db
def test_honeypot_drops_the_submission_quietly(client, role):
    response = client.post(role.url + "apply/", {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ExpressionOfInterest.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_rate_limit_per_address(client, role, monkeypatch):
    monkeypatch.setattr(views, "RATE_LIMIT", 2)
    for _ in range(2):
        assert client.post(role.url + "apply/", VALID).status_code == 302
    response = client.post(role.url + "apply/", VALID)
    assert response.status_code == 429
    assert "Too many forms" in response.content.decode()
    assert ExpressionOfInterest.objects.count() == 2
    # Another address is not affected.
    assert client.post(role.url + "apply/", VALID, REMOTE_ADDR="192.0.2.9").status_code == 302


@pytest.mark.django_db
def test_general_interest_without_a_role(client, index):
    response = client.post(index.url + "register/", VALID)
    assert response.status_code == 302
    assert response["Location"] == index.url + "register/sent/"
    interest = ExpressionOfInterest.objects.get()
    assert interest.role is None
    assert interest.role_title == "General interest in getting involved"
    assert mail.outbox[0].to == [index.contact_email]
    assert "What happens next" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_a_closed_role_takes_no_interest(client, role):
    role.closing_date = role.closing_date.replace(year=2000)
    role.save_revision().publish()
    assert client.post(role.url + "apply/", VALID).status_code == 410
    assert not ExpressionOfInterest.objects.exists()
