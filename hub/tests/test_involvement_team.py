"""The Involvement team owns roles and events through the real admin, and meets no dead ends.

Its grants come from ``hub/migrations/0011_involvement_team_pages.py`` for pages
that existed and from ``hub.editors.groups`` for pages made later (a test here
makes every page after the migration, so the second path is the one tested).
That nothing it is shown ends in a permission error is tested for every group
in ``test_no_dead_ends.py``.
"""

import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale

from blog.factories import BlogIndexPageFactory, BlogPageFactory, EventPageFactory
from hub.editors.groups import CHAMPIONS, INVOLVEMENT
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory


@pytest.fixture
def sections(site_home):
    """Get involved with a role, news with an event and a champion's post, as the demo site has."""
    get_involved = OpportunityIndexPageFactory(parent=site_home)
    news = BlogIndexPageFactory(parent=site_home)
    return {
        "get_involved": get_involved,
        "role": OpportunityPageFactory(parent=get_involved, title="Ward visitor"),
        "news": news,
        "event": EventPageFactory(parent=news, title="Open day"),
        "post": BlogPageFactory(parent=news, title="A champion's story"),
    }


@pytest.mark.django_db
def test_involvement_team_publishes_closes_and_reopens_roles(client, sections, make_user):
    client.force_login(make_user("jo", INVOLVEMENT))
    get_involved, role = sections["get_involved"], sections["role"]
    add_role = reverse("wagtailadmin_pages:add", args=("opportunities", "opportunitypage", get_involved.pk))
    assert client.get(add_role).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(role.pk,))).content.decode()
    assert 'name="action-publish"' in edit
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "You publish roles and events yourself" in dashboard
    assert "Awaiting your review" not in dashboard

    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(role.pk,)), {})
    assert response.status_code == 302
    role.refresh_from_db()
    assert not role.live
    # Reopen it: the bulk "Publish" action of the listing.
    publish = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={role.pk}"
    response = client.post(publish, {})
    assert response.status_code == 302
    role.refresh_from_db()
    assert role.live


@pytest.mark.django_db
def test_involvement_team_publishes_events_but_not_news_posts(client, sections, make_user):
    jo = make_user("jo", INVOLVEMENT)
    client.force_login(jo)
    event, post, news = sections["event"], sections["post"], sections["news"]
    assert event.permissions_for_user(jo).can_publish()
    assert event.permissions_for_user(jo).can_lock()
    assert news.permissions_for_user(jo).can_add_subpage()
    assert not news.permissions_for_user(jo).can_publish_subpage()
    assert not post.permissions_for_user(jo).can_publish()
    assert 'name="action-publish"' in client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()

    # A new event gets the team's grants as soon as it is saved, so "Publish" follows the first draft.
    new_event = EventPageFactory(parent=news, title="Summer fair", live=False)
    jo = type(jo).objects.get(pk=jo.pk)  # Wagtail caches a user's page permissions on the user object
    assert new_event.permissions_for_user(jo).can_publish()
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(event.pk,)), {})
    assert response.status_code == 302
    event.refresh_from_db()
    assert not event.live


@pytest.mark.django_db
def test_a_new_languages_get_involved_page_gets_the_grants(sections, make_user):
    jo = make_user("jo", INVOLVEMENT)
    polish, _created = Locale.objects.get_or_create(language_code="pl")
    get_involved_pl = sections["get_involved"].copy_for_translation(polish, copy_parents=True)
    assert get_involved_pl.permissions_for_user(jo).can_add_subpage()
    assert get_involved_pl.permissions_for_user(jo).can_publish_subpage()


@pytest.mark.django_db
def test_the_migration_grants_pages_that_existed_before(sections):
    migration = importlib.import_module("hub.migrations.0011_involvement_team_pages")
    team = GroupPagePermission.objects.filter(group__name=INVOLVEMENT)
    migration.revoke(MigrationLoader(connection).project_state().apps, None)
    assert not team.exists()
    migration.grant(MigrationLoader(connection).project_state().apps, None)

    def granted(page):
        return set(team.filter(page=page).values_list("permission__codename", flat=True))

    own = {"change_page", "publish_page", "lock_page", "unlock_page"}
    assert granted(sections["get_involved"]) == {"add_page", *own}
    assert granted(sections["news"]) == {"add_page", "change_page"}
    assert granted(sections["event"]) == own
    assert granted(sections["post"]) == set()
    assert granted(sections["role"]) == set()


@pytest.mark.django_db
def test_champions_still_cannot_publish_events(sections, make_user):
    champion = make_user("sam", CHAMPIONS)
    assert not sections["event"].permissions_for_user(champion).can_publish()
