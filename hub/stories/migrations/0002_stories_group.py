"""The Stories group: the only people (with superusers) who can read, export and delete stories."""

from django.db import migrations

from hub.editors import permissions

CODENAMES = ["view_storysubmission", "delete_storysubmission"]


def create_group(apps, schema_editor):
    permissions.grant(apps, "Stories", "stories", CODENAMES, admin_access=True)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Stories").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
