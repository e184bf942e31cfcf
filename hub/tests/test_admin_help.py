"""Help in the admin: the dashboard panel and the editor's guide."""

import html

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Locale

from blog.models import BlogIndexPage, BlogPage
from hub.editors.guide import GUIDE, guide_html
from hub.editors.tasks import (
    TASKS,
    checks_page_reviews,
    follows_up_interest,
    manages_users,
    publishes_roles,
    runs_settings,
    translates,
    writes_news,
    writes_roles_for_review,
)
from opportunities.models import OpportunityIndexPage, OpportunityPage


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


def test_every_dashboard_task_links_to_a_section_of_the_guide():
    toc, _body = guide_html()
    for task in TASKS:
        assert f'href="#{task.anchor}"' in toc, task.anchor


def _probes(site):
    """For each task, a request that works only for someone who can really do it."""
    english = Locale.objects.get(language_code="en")
    news = BlogIndexPage.objects.get(locale=english)
    get_involved = OpportunityIndexPage.objects.get(locale=english)
    role = OpportunityPage.objects.filter(locale=english).first()
    polish = BlogPage.objects.filter(locale__language_code="pl", alias_of__isnull=True).first()

    def status(client, url):
        # The admin answers a refusal with a redirect to the dashboard.
        return client.get(url).status_code == 200

    def has_publish(client, page):
        return (
            'name="action-publish"' in client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
        )

    add_post = reverse("wagtailadmin_pages:add", args=("blog", "blogpage", news.pk))
    banner = reverse("wagtailsettings:edit", args=("hub", "sitebanner", site.pk))
    add_role = reverse("wagtailadmin_pages:add", args=("opportunities", "opportunitypage", get_involved.pk))
    return {
        writes_news: lambda client: status(client, add_post),
        publishes_roles: lambda client: has_publish(client, role),
        writes_roles_for_review: lambda client: status(client, add_role) and not has_publish(client, role),
        follows_up_interest: lambda client: status(client, reverse("expressions_of_interest:index")),
        translates: lambda client: status(client, reverse("wagtailadmin_pages:edit", args=(polish.pk,))),
        runs_settings: lambda client: status(client, banner),
        manages_users: lambda client: status(client, reverse("wagtailusers_users:add")),
        checks_page_reviews: lambda client: status(client, reverse("pages_due_for_review")),
    }


@pytest.mark.parametrize("username", ["champion", "comms", "involvement", "reviewer"])
def test_each_groups_dashboard_lists_exactly_the_tasks_it_can_do(client, demo_site, username):
    """The box is worked out from permissions; here each task is tried for real in the admin."""
    user = get_user_model().objects.get(username=username)
    client.force_login(user)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    probes = _probes(demo_site)
    for task in TASKS:
        shown = f'#{task.anchor}">{html.escape(str(task.label))}</a>' in dashboard
        probe = probes.get(task.shown_to)
        if probe is not None:
            assert shown == probe(client), f"{username}: '{task.label}' shown={shown} but can do it={not shown}"
        else:
            assert shown == task.shown_to(user), task.label
    assert "Who can do what" in dashboard
