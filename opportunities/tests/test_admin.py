"""Who can see, change and export expressions of interest, and what the export contains."""

import csv
import datetime
import importlib
import io
import logging
import re

import openpyxl
import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from opportunities.factories import ExpressionOfInterestFactory
from opportunities.models import ExpressionOfInterest


@pytest.fixture
def interest(index):
    from opportunities.factories import OpportunityPageFactory

    return ExpressionOfInterestFactory(role=OpportunityPageFactory(parent=index), name="Sam Example")


def _user(django_user_model, username, *groups, codenames=()):
    user = django_user_model.objects.create_user(username=username, password="x" * 12)
    user.groups.add(*groups)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return user


URLS = {
    "list": lambda interest: reverse("expressions_of_interest:index"),
    "detail": lambda interest: reverse("expressions_of_interest:inspect", args=[interest.pk]),
    "edit": lambda interest: reverse("expressions_of_interest:edit", args=[interest.pk]),
    "export": lambda interest: reverse("expressions_of_interest:index") + "?export=csv",
}


@pytest.mark.django_db
@pytest.mark.parametrize("view", URLS)
def test_an_editor_without_the_permission_cannot_see_submissions(client, django_user_model, interest, view):
    editor = _user(django_user_model, "editor", Group.objects.get_or_create(name="Editors")[0])
    client.force_login(editor)
    response = client.get(URLS[view](interest))
    assert response.status_code in (302, 403)
    assert b"Sam Example" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("view", URLS)
def test_anonymous_visitors_are_sent_to_log_in(client, interest, view):
    response = client.get(URLS[view](interest))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_viewing_without_export_permission_cannot_export(client, django_user_model, interest):
    viewer = _user(django_user_model, "viewer", codenames=["view_expressionofinterest"])
    client.force_login(viewer)
    listing = client.get(URLS["list"](interest))
    assert listing.status_code == 200
    assert b"Sam Example" in listing.content
    assert b"Download CSV" not in listing.content
    for export_format in ("csv", "xlsx"):
        response = client.get(URLS["list"](interest) + f"?export={export_format}")
        # Wagtail turns "permission denied" into a redirect to the dashboard with a message.
        assert response.status_code in (302, 403)
        assert "attachment" not in response.get("Content-Disposition", "")


@pytest.mark.django_db
def test_the_involvement_team_sees_filters_sets_status_and_exports(client, django_user_model, interest):
    team = _user(django_user_model, "team", Group.objects.get(name="Involvement team"))
    client.force_login(team)

    listing = client.get(URLS["list"](interest)).content.decode()
    assert "Sam Example" in listing
    assert "Download CSV" in listing
    assert "Add expression of interest" not in listing
    filtered = client.get(URLS["list"](interest) + "?status=started&created_at_after=2000-01-01").content.decode()
    assert "Sam Example" not in filtered
    by_role = client.get(URLS["list"](interest) + f"?role={interest.role_id}").content.decode()
    assert "Sam Example" in by_role

    detail = client.get(URLS["detail"](interest)).content.decode()
    assert interest.email in detail

    response = client.post(URLS["edit"](interest), {"status": "contacted"})
    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.status == "contacted"

    export = client.get(URLS["export"](interest))
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0][:3] == ["Sent on", "Role title", "Name"]
    assert rows[1][2] == "Sam Example"


@pytest.mark.django_db
def test_opening_an_interest_shows_the_case_and_its_history(client, make_user, interest):
    client.force_login(make_user("jo", "Involvement team", first_name="Jo", last_name="Team"))
    listing = client.get(URLS["list"](interest)).content.decode()
    # The export buttons are in the header, not in a "more" menu, and the name opens the case.
    header_buttons = " ".join(re.findall(r"<a [^>]*w-header-button[^>]*>", listing))
    assert "export=csv" in header_buttons and "export=xlsx" in header_buttons
    assert URLS["edit"](interest) in listing

    case = client.get(URLS["edit"](interest)).content.decode()
    for shown in ("Sam Example", interest.email, interest.role_title, "The person", "History", "No status changes yet"):
        assert shown in case, shown

    # "Not going ahead" needs a reason; what was chosen stays on the form.
    refused = client.post(URLS["edit"](interest), {"status": "not-going-ahead", "status_reason": " "})
    assert refused.status_code == 200
    assert "Say in a few words why it is not going ahead." in refused.content.decode()
    interest.refresh_from_db()
    assert interest.status == "new"

    client.post(URLS["edit"](interest), {"status": "contacted", "status_reason": ""})
    client.post(URLS["edit"](interest), {"status": "in-conversation", "status_reason": ""})
    client.post(URLS["edit"](interest), {"status": "not-going-ahead", "status_reason": "Chose another role"})
    interest.refresh_from_db()
    assert (interest.status, interest.status_reason) == ("not-going-ahead", "Chose another role")
    changes = list(interest.changes.values_list("status", "reason", "changed_by__username"))
    assert changes == [
        ("contacted", "", "jo"),
        ("in-conversation", "", "jo"),
        ("not-going-ahead", "Chose another role", "jo"),
    ]
    case = client.get(URLS["edit"](interest)).content.decode()
    assert "Jo Team set the status to 'In conversation'" in case
    assert "Reason: Chose another role" in case


@pytest.mark.django_db
def test_exports_show_labels_and_uk_times_to_the_second(client, make_user, index):
    sent = datetime.datetime(2026, 7, 1, 8, 30, 15, 123456, tzinfo=datetime.UTC)
    interest = ExpressionOfInterestFactory(role=None, role_title="General", relationship="service-user")
    ExpressionOfInterest.objects.filter(pk=interest.pk).update(created_at=sent)
    client.force_login(make_user("jo", "Involvement team"))
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get(URLS["export"](None)).streaming_content).decode())))
    assert rows[0]["Sent on"] == "2026-07-01 09:30:15", "British Summer Time, no microseconds"
    assert rows[0]["They are"] == "I use mental health services, now or in the past"
    assert rows[0]["Status"] == "New"

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(client.get(URLS["list"](None) + "?export=xlsx"))))
    heading, row = list(workbook.active.iter_rows(values_only=True))[:2]
    cells = dict(zip(heading, row, strict=True))
    assert cells["Sent on"] == datetime.datetime(2026, 7, 1, 9, 30, 15)
    assert cells["Status"] == "New"


@pytest.mark.django_db
def test_the_old_statuses_move_to_the_new_list():
    migration = importlib.import_module("opportunities.migrations.0003_interest_case_status")
    placed = ExpressionOfInterestFactory(role=None, role_title="General")
    withdrawn = ExpressionOfInterestFactory(role=None, role_title="General")
    ExpressionOfInterest.objects.filter(pk=placed.pk).update(status="placed")
    ExpressionOfInterest.objects.filter(pk=withdrawn.pk).update(status="withdrawn")
    migration.migrate_statuses(django_apps, None)
    placed.refresh_from_db()
    withdrawn.refresh_from_db()
    assert placed.status == "started"
    assert withdrawn.status == "not-going-ahead" and withdrawn.status_reason


@pytest.mark.django_db
def test_nobody_can_add_a_submission_in_the_admin(admin_client):
    assert admin_client.get("/admin/expressions_of_interest/new/").status_code == 404


@pytest.mark.django_db
def test_html_in_submissions_is_escaped_in_the_admin(admin_client, index):
    interest = ExpressionOfInterestFactory(role=None, role_title="General", name="<img src=x onerror=alert(1)>")
    for url in (URLS["list"](interest), URLS["detail"](interest)):
        html = admin_client.get(url).content.decode()
        assert "<img src=x onerror" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.django_db
def test_csv_export_escapes_formulas_and_logs_who_exported(admin_client, index, caplog):
    ExpressionOfInterestFactory(
        role=None, role_title="General", name='=HYPERLINK("http://evil")', best_time="+A1", adjustments="@SUM(A1)"
    )
    with caplog.at_level(logging.INFO, logger="hub.privacy.exports"):
        export = admin_client.get(URLS["export"](None))
        rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert "exported opportunities.ExpressionOfInterest as csv" in caplog.text
    assert "HYPERLINK" not in caplog.text
    assert rows[0]["Name"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["Best time to contact"] == "'+A1"
    assert rows[0]["Anything that would help them take part"] == "'@SUM(A1)"
