"""Each editors' group can do its tasks and is refused the rest.

The groups, collection and workflow come from ``hub/migrations/0003_editor_groups.py``;
section permissions from ``hub.editors.groups``. The news and get-involved sections
have their own tests once those apps exist; here a standard page stands in for
a section so the rules are tested on their own.
"""

import importlib

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from wagtail.models import Collection, Locale, Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.factories import StandardPageFactory
from hub.editors.groups import CHAMPIONS, COMMUNICATIONS, INVOLVEMENT, TRANSLATORS, grant_champion_sections

PASSWORD = "a-long-and-unusual-passphrase"
User = get_user_model()


@pytest.fixture
def section(site_home):
    """A section champions may write in, as the news index will be."""
    page = StandardPageFactory(parent=site_home, title="News", slug="news")
    grant_champion_sections(page)
    return page


def _page_form(title, slug, action):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "A short summary.",
            "body": streamfield([("rich_text", rich_text("<p>What happened and why it matters.</p>"))]),
            "comments": nested_form_data(
                {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000}
            ),
        }
    ) | {action: "1"}


def test_the_migration_made_the_groups_collection_and_workflow(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {CHAMPIONS, COMMUNICATIONS, INVOLVEMENT, TRANSLATORS} <= names
    assert not names & {"Editors", "Moderators"}
    assert Collection.objects.filter(name="Champions", depth=2).exists()
    workflow = Workflow.objects.get(name="Co-production review")
    assert workflow.active
    assert Page.get_first_root_node().get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [COMMUNICATIONS]


@pytest.mark.django_db
def test_champion_submits_and_communications_approves_with_emails(client, site_home, section, make_user):
    champion = make_user("champion", CHAMPIONS)
    comms = make_user("comms", COMMUNICATIONS)
    client.force_login(champion)

    # A champion can add a page in their section, but not publish it.
    add_url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", section.pk))
    response = client.post(add_url, _page_form("Celebration day", "celebration-day", "action-publish"))
    page = Page.objects.get(slug="celebration-day").specific
    assert not page.live
    assert response.status_code == 302

    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    html = client.get(edit_url).content.decode()
    assert "Submit to Co-production review" in html
    assert 'name="action-publish"' not in html

    mail.outbox.clear()
    client.post(edit_url, _page_form("Celebration day", "celebration-day", "action-submit"))
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [message.to for message in mail.outbox] == [[comms.email]]
    assert "Celebration day" in mail.outbox[0].subject

    # The champion cannot approve their own page.
    task_state = state.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    client.post(approve_url, {})
    page.refresh_from_db()
    assert not page.live

    client.force_login(comms)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and "Celebration day" in dashboard
    mail.outbox.clear()
    response = client.post(approve_url, {"comment": "Lovely, thank you."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert [message.to for message in mail.outbox] == [[champion.email]]
    assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_champion_is_kept_to_their_sections_and_out_of_settings(client, site_home, section, make_user):
    champion = make_user("champion", CHAMPIONS)
    client.force_login(champion)
    site = site_home.get_site()

    assert client.get(reverse("wagtailadmin_pages:edit", args=(site_home.pk,))).status_code == 302
    assert client.get(reverse("wagtailadmin_pages:add", args=("home", "standardpage", site_home.pk))).status_code == 302
    assert client.get(reverse("wagtailadmin_pages:add", args=("home", "standardpage", section.pk))).status_code == 200
    for setting in ("trustidentity", "sitebanner", "sociallinks", "getinvolvedcalltoaction"):
        response = client.get(f"/admin/settings/hub/{setting}/{site.pk}/")
        assert response.status_code == 302, setting
    assert client.get(reverse("wagtailsnippets_hub_menu:list")).status_code == 302
    assert client.get(reverse("wagtailusers_users:index")).status_code == 302
    assert client.get(reverse("wagtailadmin_workflows:index")).status_code == 302


@pytest.mark.django_db
def test_champion_uploads_only_to_the_champions_collection(client, make_user):
    champion = make_user("champion", CHAMPIONS)
    client.force_login(champion)
    html = client.get(reverse("wagtailimages:add")).content.decode()
    champions = Collection.objects.get(name="Champions")
    assert f'<option value="{champions.pk}"' in html or 'name="collection"' not in html
    assert f'<option value="{Collection.get_first_root_node().pk}"' not in html
    assert client.get(reverse("wagtaildocs:add")).status_code == 200
    assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200


@pytest.mark.django_db
def test_communications_publishes_edits_settings_and_adds_users(client, site_home, make_user):
    comms = make_user("comms", COMMUNICATIONS)
    client.force_login(comms)
    site = site_home.get_site()

    edit_url = reverse("wagtailadmin_pages:edit", args=(site_home.pk,))
    assert 'name="action-publish"' in client.get(edit_url).content.decode()
    add_url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", site_home.pk))
    client.post(add_url, _page_form("Privacy notice", "privacy-notice", "action-publish"))
    assert Page.objects.get(slug="privacy-notice").live

    for setting in ("trustidentity", "sitebanner", "sociallinks", "getinvolvedcalltoaction"):
        assert client.get(f"/admin/settings/hub/{setting}/{site.pk}/").status_code == 200, setting
    assert client.get(reverse("wagtailsnippets_hub_menu:add")).status_code == 200

    add_user = reverse("wagtailusers_users:add")
    assert client.get(add_user).status_code == 200
    champions = Group.objects.get(name=CHAMPIONS)
    new_user = {
        "username": "newchampion",
        "email": "new@riverside.example",
        "first_name": "New",
        "last_name": "Champion",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "groups": [champions.pk],
    }
    assert client.post(add_user, new_user).status_code == 302
    assert User.objects.get(username="newchampion").groups.get() == champions

    # No way up, and nothing offered that would be refused: no "Administrator" box, only the groups it may give.
    form = client.get(add_user).content.decode()
    assert 'name="is_superuser"' not in form
    assert f'value="{champions.pk}"' in form
    communications = Group.objects.get(name=COMMUNICATIONS)
    assert f'name="groups" value="{communications.pk}"' not in form
    response = client.post(add_user, new_user | {"username": "sneaky", "is_superuser": "on"})
    assert response.status_code == 302
    assert not User.objects.get(username="sneaky").is_superuser
    response = client.post(add_user, new_user | {"username": "sneakier", "groups": [communications.pk]})
    assert response.status_code == 200, "the form comes back with what was typed"
    assert 'value="sneakier"' in response.content.decode()
    assert "groups" in response.context["form"].errors
    assert not User.objects.filter(username="sneakier").exists()
    admin = User.objects.create_superuser("boss", "boss@riverside.example", PASSWORD)
    assert "boss" not in client.get(reverse("wagtailusers_users:index")).content.decode()
    assert client.get(reverse("wagtailusers_users:edit", args=(admin.pk,)))["Location"] == "/admin/"


@pytest.mark.django_db
@pytest.mark.parametrize("group", [INVOLVEMENT, TRANSLATORS])
def test_involvement_and_translators_cannot_edit_pages_or_settings(client, site_home, section, make_user, group):
    client.force_login(make_user("someone", group))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for page in (site_home, section):
        assert client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code == 302
    assert client.get(f"/admin/settings/hub/sitebanner/{site_home.get_site().pk}/").status_code == 302


@pytest.mark.django_db
def test_new_sections_and_their_translations_grant_champions_automatically(site_home):
    from hub.editors import groups as editors

    created = []
    original = editors.CHAMPION_SECTIONS
    editors.CHAMPION_SECTIONS = {"home.standardpage"}
    try:
        created.append(StandardPageFactory(parent=site_home, slug="section"))
    finally:
        editors.CHAMPION_SECTIONS = original
    champions = Group.objects.get(name=CHAMPIONS)
    codenames = set(champions.page_permissions.filter(page=created[0]).values_list("permission__codename", flat=True))
    assert codenames == {"add_page", "change_page"}


def test_demo_editors_are_one_user_per_group_made_once(settings, demo_site):
    """The editors' builder, run twice over the session's demo site without its users (they made no file here)."""
    from hub.demo import editors as demo_editors

    User.objects.filter(username__in=[row[0] for row in demo_editors.DEMO_USERS]).delete()
    demo_editors.build(demo_site.root_page.specific)
    demo_editors.build(demo_site.root_page.specific)
    groups = dict(User.objects.filter(groups__isnull=False).values_list("username", "groups__name"))
    assert groups == {
        "champion": CHAMPIONS,
        "comms": COMMUNICATIONS,
        "involvement": INVOLVEMENT,
        "reviewer": TRANSLATORS,
        # Made by hub.i18n.demo: a reviewer limited to Polish (no password).
        "reviewer-pl": "Translation reviewers: Polski",
    }
    lines = (settings.VAR_DIR / "demo-passwords.txt").read_text().splitlines()
    assert len(lines) == 4
    username, password = lines[0].split(" ")[0], lines[0].rsplit(": ", 1)[1]
    assert User.objects.get(username=username).check_password(password)
    assert oct((settings.VAR_DIR / "demo-passwords.txt").stat().st_mode & 0o777) == "0o600"


@pytest.mark.django_db
def test_communications_manage_promoted_results_and_see_failed_searches():
    codenames = set(Group.objects.get(name="Communications").permissions.values_list("codename", flat=True))
    assert {"add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"} <= codenames
    assert "view_noresultsdailyhits" in codenames
    champions = set(Group.objects.get(name="Co-production champions").permissions.values_list("codename", flat=True))
    assert "add_searchpromotion" not in champions


@pytest.mark.parametrize("app_label", ["feedback", "newsletter", "consent"])
def test_communications_permission_migrations_revoke_and_grant_again(db, app_label):
    """The taking-part apps' migrations share ``hub.editors.permissions``: undoing and redoing one restores it."""
    migration = importlib.import_module(f"hub.{app_label}.migrations.0002_communications_permissions")
    state_apps = MigrationLoader(connection).project_state().apps
    communications = Group.objects.get(name=COMMUNICATIONS)
    granted = communications.permissions.filter(content_type__app_label=app_label)
    assert set(granted.values_list("codename", flat=True)) == set(migration.CODENAMES)
    migration.revoke(state_apps, None)
    assert not granted.exists()
    assert communications.permissions.filter(codename="access_admin").exists()
    migration.grant(state_apps, None)
    assert set(granted.values_list("codename", flat=True)) == set(migration.CODENAMES)


@pytest.mark.django_db
def test_review_decisions_say_what_happened(client, site_home, section, make_user):
    """From the dashboard (Wagtail's modal) and from the editor, the reviewer is told the page is published."""
    champion = make_user("champion", CHAMPIONS)
    comms = make_user("comms", COMMUNICATIONS)
    client.force_login(champion)
    add_url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", section.pk))
    for title, slug in (("Open day", "open-day"), ("Walk and talk", "walk-and-talk"), ("Art group", "art-group")):
        client.post(add_url, _page_form(title, slug, "action-submit"))
    pages = {page.slug: page for page in Page.objects.filter(depth=section.depth + 1)}

    def task_state(page):
        return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress").current_task_state

    client.force_login(comms)
    # The dashboard's "Approve" posts through Wagtail's modal, then the browser reloads the dashboard.
    page = pages["open-day"]
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state(page).pk))
    client.post(f"{url}?next=/admin/", {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert "&#x27;Open day&#x27; approved and published." in client.get(reverse("wagtailadmin_home")).content.decode()

    page = pages["art-group"]
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state(page).pk))
    html = client.post(url, {"comment": "Please add the date."}, follow=True).content.decode()
    assert "Changes requested on &#x27;Art group&#x27;." in html

    # "Approve and publish" at the bottom of the editor.
    page = pages["walk-and-talk"]
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    form = _page_form("Walk and talk", "walk-and-talk", "action-workflow-action") | {"workflow-action-name": "approve"}
    html = client.post(edit_url, form, follow=True).content.decode()
    assert "&#x27;Walk and talk&#x27; approved and published." in html
    assert "has been updated" not in html
    assert Page.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_approving_a_translation_says_translation_approved(client, site_home, section, make_user):
    """A reviewer approving a Polish page is told it is the translation that was approved and published."""
    reviewer = make_user("reviewer", TRANSLATORS)
    english = StandardPageFactory(parent=section, title="Open day", slug="open-day")
    polish_locale, _created = Locale.objects.get_or_create(language_code="pl")
    polish = english.copy_for_translation(polish_locale, copy_parents=True)
    polish.title = "Dzień otwarty"
    polish.save_revision(user=reviewer)
    Workflow.objects.get(name="Co-production review").start(polish, reviewer)
    task_state = WorkflowState.objects.get(object_id=str(polish.pk), status="in_progress").current_task_state

    client.force_login(make_user("comms", COMMUNICATIONS))
    url = reverse("wagtailadmin_pages:workflow_action", args=(polish.pk, "approve", task_state.pk))
    client.post(f"{url}?next=/admin/", {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translation of &#x27;Dzień otwarty&#x27; approved and published." in dashboard
    assert Page.objects.get(pk=polish.pk).live


@pytest.mark.django_db
def test_a_page_waiting_for_review_is_not_autosaved_by_its_author(client, site_home, section, make_user, settings):
    """Wagtail autosaved a page its author can no longer save, and answered each try with 400 "locked"."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 500
    client.force_login(make_user("champion", CHAMPIONS))
    add_url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", section.pk))
    client.post(add_url, _page_form("Open day", "open-day", "action-submit"))
    page = Page.objects.get(slug="open-day")
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    autosave = client.post(
        edit_url, _page_form("Open day!", "open-day", "action-save"), headers={"accept": "application/json"}
    )
    assert (autosave.status_code, autosave.json()["error_code"]) == (400, "locked")
    autosaving_form = 'data-controller="w-init w-unsaved w-autosave"'
    editor = client.get(edit_url).content.decode()
    assert autosaving_form not in editor, "the editor must not send what the server will refuse"

    client.force_login(make_user("comms", COMMUNICATIONS))
    assert autosaving_form in client.get(edit_url).content.decode(), "a reviewer's own editing is still autosaved"
