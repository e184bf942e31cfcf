"""The Involvement team owns roles and events.

- Every get-involved index: add, edit, publish, lock and unlock (roles live there).
- Every news index: add and edit, as champions have (no publish), so the team
  adds events, and the history and usage links Wagtail shows there work.
- Every event: edit, publish, lock and unlock. Wagtail's page permissions cover
  a page and all pages below it whatever their type, so publishing is granted
  on each event, never on the news index, and the team cannot publish
  champions' news posts.
- Images and documents: the same as champions (add to "Champions", choose any).

Pages made later get the same grants from ``hub.editors.groups``.
"""

from django.db import migrations

from hub.editors import permissions

INVOLVEMENT = "Involvement team"
OWN_PAGE = ["change_page", "publish_page", "lock_page", "unlock_page"]
PAGES = [
    ("opportunities", "opportunityindexpage", ["add_page", *OWN_PAGE]),
    ("blog", "blogindexpage", ["add_page", "change_page"]),
    ("blog", "eventpage", OWN_PAGE),
]


def _grant_collection(apps, group, collection, app_label, codenames):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for permission in permissions.app_permissions(apps, app_label, codenames):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def grant(apps, schema_editor):
    permissions.make_permissions(apps, "wagtailcore", "wagtailimages", "wagtaildocs")
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=INVOLVEMENT)
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for app_label, model, codenames in PAGES:
        page_permissions = list(permissions.app_permissions(apps, "wagtailcore", codenames))
        for page in Page.objects.filter(content_type__app_label=app_label, content_type__model=model):
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)

    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    champions = Collection.objects.filter(name="Champions", depth=2).first()
    if champions is not None:
        _grant_collection(apps, group, champions, "wagtailimages", ["add_image", "change_image"])
        _grant_collection(apps, group, champions, "wagtaildocs", ["add_document", "change_document"])
    if root is not None:
        _grant_collection(apps, group, root, "wagtailimages", ["choose_image"])
        _grant_collection(apps, group, root, "wagtaildocs", ["choose_document"])


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=INVOLVEMENT).first()
    if group is not None:
        apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=group).delete()
        apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(group=group).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0010_rate_limit_attempts"),
        ("opportunities", "0002_involvement_team_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
