"""Role alerts: asking from a filtered list, double opt-in, the daily digest, stopping without an account."""

import datetime
import logging
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from hub.protection.tokens import make_form_token
from opportunities.alerts.emails import manage_token
from opportunities.alerts.models import RoleAlert, SentRole
from opportunities.alerts.retention import purge_unconfirmed_alerts
from opportunities.alerts.sending import send_role_alerts
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.models import Kind, Setting

pytestmark = pytest.mark.django_db

ALERTS = "/get-involved/alerts/"


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def index(site_home):
    return OpportunityIndexPageFactory(parent=site_home)


def ask(client, query="", email="Person@Example.org", consent="on", **data):
    form = {"form_token": make_form_token(ALERTS), "email": email, "website": "", **data}
    if consent:
        form["consent"] = consent
    return client.post(f"{ALERTS}{query}", form)


def confirm(client, message):
    link = re.search(r"http://localhost(/role-alerts/confirm/[^/\s]+/)", message.body).group(1)
    assert client.get(link).status_code == 200  # following the link alone changes nothing
    assert not RoleAlert.objects.confirmed().exists()
    assert client.post(link).status_code == 303


def confirmed_alert(index, email="person@example.org", filters=None, days_ago=1):
    now = timezone.now() - datetime.timedelta(days=days_ago)
    return RoleAlert.objects.create(
        email=email, listing=index, filters=filters or {}, language="en", consented_at=now, confirmed_at=now
    )


def test_listing_links_to_alerts_and_feed_with_its_filters(client, index):
    page = client.get("/get-involved/?kind=volunteering&setting=online&kind=made-up").content.decode()
    assert 'href="/get-involved/alerts/?kind=volunteering&amp;setting=online"' in page
    assert 'href="/get-involved/feed/?kind=volunteering&amp;setting=online"' in page


def test_asking_stores_only_valid_filters_and_waits_for_confirmation(client, index):
    form = client.get(f"{ALERTS}?kind=volunteering&kind=nonsense")
    assert form.status_code == 200 and "Volunteering" in form.content.decode()
    response = ask(client, "?kind=volunteering&kind=nonsense")
    assert response.status_code == 303 and response["Location"].startswith("/get-involved/alerts/sent/?sent=")
    assert "Check your email" in client.get(response["Location"]).content.decode()
    alert = RoleAlert.objects.get()
    assert (alert.email, alert.filters, alert.language, alert.is_confirmed) == (
        "person@example.org",
        {"kind": ["volunteering"]},
        "en",
        False,
    )
    (message,) = mail.outbox
    assert "Kind of role: Volunteering" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    confirm(client, message)
    assert RoleAlert.objects.confirmed().count() == 1


def test_bad_input_is_a_400_with_messages_and_keeps_what_was_typed(client, index):
    response = ask(client, "?kind=volunteering", email="not an address", consent="")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Enter an email address in the correct format" in page and "Tick the box" in page
    assert 'value="not an address"' in page and "<title>Error:" in page
    assert not RoleAlert.objects.exists() and not mail.outbox


def test_honeypot_pretends_and_stores_nothing(client, index):
    response = ask(client, website="http://spam.example")
    assert response.status_code == 303 and not RoleAlert.objects.exists() and not mail.outbox


def test_asking_again_for_a_confirmed_alert_changes_nothing(client, index):
    alert = confirmed_alert(index, filters={"kind": ["volunteering"]})
    ask(client, "?kind=volunteering")
    assert RoleAlert.objects.get() == alert and RoleAlert.objects.get().is_confirmed
    assert "You already get them" in mail.outbox[0].body


def test_form_in_polish_sends_polish_emails_with_polish_links(client, index):
    Locale.objects.get_or_create(language_code="pl")
    polish = index.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.save_revision().publish()
    response = client.post(
        "/pl/get-involved/alerts/",
        {"form_token": make_form_token("/pl/get-involved/alerts/"), "email": "a@example.org", "consent": "on"},
    )
    assert response.status_code == 303
    alert = RoleAlert.objects.get()
    assert alert.language == "pl" and alert.listing_id == polish.pk
    assert "/pl/role-alerts/confirm/" in mail.outbox[0].body


def test_digest_lists_matching_new_roles_once_a_day_and_never_twice(index):
    alert = confirmed_alert(index, filters={"kind": ["volunteering"]})
    old = OpportunityPageFactory(parent=index, title="Old role")
    old.first_published_at = timezone.now() - datetime.timedelta(days=5)
    old.save()
    OpportunityPageFactory(parent=index, title="Paid role", kind=Kind.PAID_JOB)
    match = OpportunityPageFactory(parent=index, title="Ward visitor")
    assert send_role_alerts() == (1, 0)
    (message,) = mail.outbox
    assert "Ward visitor" in message.body and "Closes on" in message.body
    assert "Old role" not in message.body and "Paid role" not in message.body
    assert "/role-alerts/unsubscribe/" in message.extra_headers["List-Unsubscribe"]

    OpportunityPageFactory(parent=index, title="Second ward visitor")
    assert send_role_alerts() == (0, 0)  # one email a day at most
    RoleAlert.objects.update(last_sent_at=timezone.now() - datetime.timedelta(days=1))
    match.unpublish()
    match.save_revision().publish()  # published again: already sent
    assert send_role_alerts() == (1, 0)
    assert "Second ward visitor" in mail.outbox[1].body and "\n* Ward visitor" not in mail.outbox[1].body
    assert SentRole.objects.filter(alert=alert).count() == 2


def test_one_email_for_several_alerts_of_one_address(index):
    confirmed_alert(index, filters={"kind": ["volunteering"]})
    confirmed_alert(index, filters={"setting": ["online"]})
    OpportunityPageFactory(parent=index, title="Ward visitor")
    OpportunityPageFactory(parent=index, title="Online panel", kind=Kind.PAID_JOB, setting=Setting.ONLINE)
    call_command("send_role_alerts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (message,) = mail.outbox
    assert "Ward visitor" in message.body and "Online panel" in message.body


def test_restricted_closed_and_unconfirmed_are_never_sent(index):
    from wagtail.models import PageViewRestriction

    confirmed_alert(index)
    RoleAlert.objects.create(
        email="later@example.org", listing=index, language="en", consented_at=timezone.now() - datetime.timedelta(1)
    )
    private = OpportunityPageFactory(parent=index, title="Private role")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    OpportunityPageFactory(
        parent=index, title="Closed role", closing_date=timezone.now().date() - datetime.timedelta(2)
    )
    assert send_role_alerts() == (0, 0)
    assert not mail.outbox


def test_a_failed_email_is_retried_next_run_and_logs_no_address(index, settings, caplog):
    confirmed_alert(index)
    OpportunityPageFactory(parent=index, title="Ward visitor")
    settings.EMAIL_BACKEND = "hub.newsletter.tests.failing_backend.EmailBackend"
    with caplog.at_level(logging.ERROR):
        assert send_role_alerts() == (0, 1)
    assert "person@example.org" not in caplog.text
    assert not SentRole.objects.exists() and RoleAlert.objects.get().last_sent_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_role_alerts() == (1, 0)
    assert "Ward visitor" in mail.outbox[0].body


def test_manage_lists_and_stops_alerts_without_an_account(client, index):
    first = confirmed_alert(index, filters={"kind": ["volunteering"]})
    confirmed_alert(index, filters={"setting": ["online"]})
    other = confirmed_alert(index, email="someone@example.org")
    url = f"/role-alerts/manage/{manage_token('person@example.org')}/"
    page = client.get(url).content.decode()
    assert "Kind of role: Volunteering" in page and "Where: Online or from home" in page
    assert "someone@example.org" not in page
    assert client.post(url, {"stop": str(first.pk)}).status_code == 303
    assert RoleAlert.objects.for_address("person@example.org").count() == 1
    assert client.post(url, {"stop": str(other.pk)}).status_code == 303  # another address's alert is not reachable
    assert RoleAlert.objects.filter(pk=other.pk).exists()
    assert client.post(url, {"stop": "nonsense"}).status_code == 400
    client.post(url, {"stop": "all"})
    assert not RoleAlert.objects.for_address("person@example.org").exists()


def test_one_click_unsubscribe_and_forged_links(client, index):
    confirmed_alert(index)
    url = f"/role-alerts/unsubscribe/{manage_token('person@example.org')}/"
    assert client.get(url).status_code == 200 and RoleAlert.objects.exists()
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and not RoleAlert.objects.exists()
    assert client.get("/role-alerts/unsubscribe/forged/").status_code == 400
    assert client.get("/role-alerts/manage/forged/").status_code == 400
    assert client.get("/role-alerts/confirm/forged/").status_code == 400


def test_unconfirmed_alerts_are_purged_confirmed_ones_kept(index, settings):
    confirmed_alert(index, days_ago=400)
    RoleAlert.objects.create(
        email="x@example.org", listing=index, language="en", consented_at=timezone.now() - datetime.timedelta(40)
    )
    assert (
        purge_unconfirmed_alerts(timezone.now() - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)) == 1
    )
    assert RoleAlert.objects.get().is_confirmed


def test_teams_see_counts_not_addresses(index, make_user):
    confirmed_alert(index, filters={"kind": ["volunteering"]})
    confirmed_alert(index, email="second@example.org", filters={"kind": ["volunteering"]})
    for group in ("Involvement team", "Communications"):
        client = Client()
        client.force_login(make_user(group.split()[0].lower(), group))
        page = client.get("/admin/reports/role-alerts/").content.decode()
        assert "Kind of role: Volunteering" in page and "person@example.org" not in page
        assert re.search(r"<td>2</td>", page)
        assert "/admin/reports/role-alerts/" in client.get("/admin/").content.decode()
        assert client.get("/admin/role_alert_addresses/").status_code in (302, 403)
    champion = Client()
    champion.force_login(make_user("champion", "Co-production champions"))
    assert champion.get("/admin/reports/role-alerts/").status_code in (302, 403)


def test_addresses_only_with_the_permission(index, make_user):
    from django.contrib.auth.models import Permission

    confirmed_alert(index)
    user = make_user("officer", "Communications")
    user.user_permissions.add(Permission.objects.get(codename="view_rolealert"))
    client = Client()
    client.force_login(user)
    assert "person@example.org" in client.get("/admin/role_alert_addresses/").content.decode()
