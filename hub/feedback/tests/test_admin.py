"""The page feedback report: for Communications only, escaped, exportable and purged."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from home.factories import StandardPageFactory
from hub.feedback.factories import PageFeedbackFactory
from hub.feedback.models import PageFeedback
from hub.feedback.retention import purge_old_comments

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_home):
    good = StandardPageFactory(parent=site_home, title="Good page")
    poor = StandardPageFactory(parent=site_home, title="Poor page")
    PageFeedbackFactory.create_batch(3, page=good, useful=True)
    PageFeedbackFactory(page=poor, useful=True)
    PageFeedbackFactory(page=poor, useful=False, comment="<script>alert(1)</script>")
    PageFeedbackFactory(page=poor, useful=False, comment='=HYPERLINK("http://evil.example")')
    return good, poor


@pytest.fixture
def communications_user(django_user_model):
    user = django_user_model.objects.create_user("comms", password="x")
    user.groups.add(Group.objects.get(name="Communications"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_the_communications_group_has_the_permission():
    assert Group.objects.get(name="Communications").permissions.filter(codename="view_pagefeedback").exists()


def test_pages_are_listed_worst_first_with_counts(client, pages, communications_user):
    client.force_login(communications_user)
    response = client.get("/admin/reports/page-feedback/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Poor page") < html.index("Good page")
    rows = {page.title: page for page in response.context["object_list"]}
    assert (rows["Poor page"].yes, rows["Poor page"].no, rows["Poor page"].total) == (1, 2, 3)
    assert rows["Good page"].percent_useful == 100
    assert rows["Poor page"].comments == 2


def test_comments_are_escaped(client, pages, communications_user):
    client.force_login(communications_user)
    html = client.get("/admin/reports/page-feedback/comments/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_csv_exports_escape_formulas(client, pages, communications_user):
    client.force_login(communications_user)
    comments = b"".join(client.get("/admin/reports/page-feedback/comments/?export=csv").streaming_content).decode()
    assert "'=HYPERLINK" in comments and ",=HYPERLINK" not in comments
    scores = b"".join(client.get("/admin/reports/page-feedback/?export=csv").streaming_content).decode()
    assert scores.splitlines()[0].startswith("Page,Language,Useful,Not useful,Answers")
    assert "Poor page,en,1,2,3" in scores


def test_other_editors_are_refused(client, pages, editor):
    client.force_login(editor)
    for url in ("/admin/reports/page-feedback/", "/admin/reports/page-feedback/comments/?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Poor page" not in response.content


def test_old_comments_are_purged_and_votes_kept(pages):
    PageFeedback.objects.update(created_at=timezone.now() - timedelta(days=400))
    assert purge_old_comments(timezone.now() - timedelta(days=500)) == 0
    assert purge_old_comments(timezone.now() - timedelta(days=365)) == 2
    assert PageFeedback.objects.count() == 6
    assert not PageFeedback.objects.exclude(comment="").exists()
