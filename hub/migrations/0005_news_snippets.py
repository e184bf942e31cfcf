"""Communications look after the news snippets (authors, categories); champions may add authors."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [f"{action}_{model}" for model in ("author", "category") for action in ("add", "change", "delete", "view")]
CHAMPION_CODENAMES = ["add_author", "change_author", "view_author", "view_category"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("blog")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    communications, _created = Group.objects.get_or_create(name="Communications")
    communications.permissions.add(*Permission.objects.filter(content_type__app_label="blog", codename__in=CODENAMES))
    champions, _created = Group.objects.get_or_create(name="Co-production champions")
    champions.permissions.add(
        *Permission.objects.filter(content_type__app_label="blog", codename__in=CHAMPION_CODENAMES)
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    blog_permissions = Permission.objects.filter(content_type__app_label="blog", codename__in=CODENAMES)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Communications", "Co-production champions"]):
        group.permissions.remove(*blog_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0004_communications_role_areas"),
        ("blog", "0002_alter_blogpage_body_alter_eventpage_write_up"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
