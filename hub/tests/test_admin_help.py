"""Help in the admin: the dashboard panel and the editor's guide."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from hub.editors.guide import GUIDE, guide_html


def test_the_guide_covers_every_task_the_issue_lists():
    text = GUIDE.read_text()
    for heading in (
        "## Write a news post",
        "## Write up an event",
        "## Publish a role and close it",
        "## Write good alt text",
        "## Use plain language",
        "## Who can do what",
    ):
        assert heading in text
    toc, body = guide_html()
    assert 'href="#write-a-news-post"' in toc
    assert '<h2 id="publish-a-role-and-close-it">' in body
    assert "<table>" in body


@pytest.mark.django_db
def test_guide_opens_in_the_admin_for_any_editor(client, django_user_model):
    url = reverse("editors_guide")
    assert client.get(url).status_code == 302  # login first

    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("reader", "reader@riverside.example", "x" * 16)
    user.groups.add(group)
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Editor&#x27;s guide" in html
    assert '<h2 id="write-good-alt-text">Write good alt text</h2>' in html
    assert 'href="/static/hub/css/admin.css"' in html


@pytest.mark.django_db
def test_dashboard_shows_getting_started_first_with_links_into_the_guide(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="getting-started' in html
    guide = reverse("editors_guide")
    for anchor in ("write-a-news-post", "write-up-an-event", "publish-a-role-and-close-it", "write-good-alt-text"):
        assert f'href="{guide}#{anchor}"' in html
    assert "wait for you under 'Awaiting your review'" in html
    assert f'href="{guide}"' in html
