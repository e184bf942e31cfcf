"""Who can see, change and export expressions of interest, and what the export contains."""

import csv
import io
import logging

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from opportunities.factories import ExpressionOfInterestFactory


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
    filtered = client.get(URLS["list"](interest) + "?status=placed&created_at_after=2000-01-01").content.decode()
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
