"""The editors' groups, their permissions and the "Co-production review" workflow.

- Co-production champions: admin access; add and edit pages in the news and
  get-involved sections (granted on those index pages by ``hub.editors.groups`` when
  they are created, and here for any that exist already); upload images and
  documents to the "Champions" collection and choose any.
- Communications: add, edit, publish, lock and unlock every page; site
  settings; all images and documents; add and edit users; they approve the
  "Co-production review" workflow, which covers the whole page tree.
- Involvement team: admin access (the opportunities app adds the expressions
  of interest permissions to the same group).
- Translation reviewers: admin access only, no English edit rights; the
  languages work adds what they translate.

Wagtail's sample "Editors" and "Moderators" groups and its "Moderators
approval" workflow are removed so there is one way to do each thing.
"""

from django.db import migrations

from hub.editors import permissions

CHAMPIONS = "Co-production champions"
COMMUNICATIONS = "Communications"
INVOLVEMENT = "Involvement team"
TRANSLATORS = "Translation reviewers"
WORKFLOW = "Co-production review"
TASK = "Communications approval"
COLLECTION = "Champions"
CHAMPION_SECTIONS = [("blog", "blogindexpage"), ("opportunities", "opportunityindexpage")]
SETTINGS = ["trustidentity", "navigation", "sitebanner", "sociallinks", "getinvolvedcalltoaction"]
BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _permissions(apps, app_label, codenames):
    Permission = apps.get_model("auth", "Permission")
    found = list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    missing = set(codenames) - {permission.codename for permission in found}
    if missing:
        raise RuntimeError(f"Missing permissions in {app_label}: {sorted(missing)}")
    return found


def _child_collection(apps, root, name):
    """The child of ``root`` with this name, made with treebeard's path scheme if missing."""
    Collection = apps.get_model("wagtailcore", "Collection")
    children = Collection.objects.filter(path__startswith=root.path, depth=root.depth + 1)
    existing = children.filter(name=name).first()
    if existing:
        return existing
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-4:], 36) + 1 if last else 1
    step = ""
    while len(step) < 4:
        number, digit = divmod(number, 36)
        step = BASE36[digit] + step
    collection = Collection.objects.create(name=name, path=root.path + step, depth=root.depth + 1, numchild=0)
    Collection.objects.filter(pk=root.pk).update(numchild=children.count())
    return collection


def _grant_collection(apps, group, collection, app_label, codenames):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for permission in _permissions(apps, app_label, codenames):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def _grant_pages(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for permission in _permissions(apps, "wagtailcore", codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def create_groups(apps, schema_editor):
    permissions.make_permissions(apps, "hub", "wagtailcore", "wagtailimages", "wagtaildocs", "auth")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    ContentType = apps.get_model("contenttypes", "ContentType")

    access_admin = _permissions(apps, "wagtailadmin", ["access_admin"])
    groups = {}
    for name in (CHAMPIONS, COMMUNICATIONS, INVOLVEMENT, TRANSLATORS):
        groups[name], _created = Group.objects.get_or_create(name=name)
        groups[name].permissions.add(*access_admin)

    champions, communications = groups[CHAMPIONS], groups[COMMUNICATIONS]
    communications.permissions.add(
        *_permissions(apps, "hub", [f"change_{model}" for model in SETTINGS]),
        *_permissions(apps, "auth", ["add_user", "change_user", "view_user"]),
    )

    root_page = Page.objects.get(depth=1)
    _grant_pages(apps, communications, root_page, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"])
    for app_label, model in CHAMPION_SECTIONS:
        for page in Page.objects.filter(content_type__app_label=app_label, content_type__model=model):
            _grant_pages(apps, champions, page, ["add_page", "change_page"])

    root_collection = Collection.objects.get(depth=1)
    champions_collection = _child_collection(apps, root_collection, COLLECTION)
    _grant_collection(apps, champions, champions_collection, "wagtailimages", ["add_image", "change_image"])
    _grant_collection(apps, champions, champions_collection, "wagtaildocs", ["add_document", "change_document"])
    _grant_collection(apps, champions, root_collection, "wagtailimages", ["choose_image"])
    _grant_collection(apps, champions, root_collection, "wagtaildocs", ["choose_document"])
    all_images = ["add_image", "change_image", "delete_image", "choose_image"]
    all_documents = ["add_document", "change_document", "delete_document", "choose_document"]
    _grant_collection(apps, communications, root_collection, "wagtailimages", all_images)
    _grant_collection(apps, communications, root_collection, "wagtaildocs", all_documents)

    # The review workflow: Communications approve; approving the last task publishes.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([communications])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    Workflow.objects.filter(name="Moderators approval").exclude(pk=workflow.pk).update(active=False)
    GroupApprovalTask.objects.filter(name="Moderators approval").update(active=False)
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


def remove_groups(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()
    apps.get_model("auth", "Group").objects.filter(name__in=[CHAMPIONS, COMMUNICATIONS, TRANSLATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_site_banner_social_links_call_to_action"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
