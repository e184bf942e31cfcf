"""The "Involvement team" group: sees, updates and exports expressions of interest."""

from django.db import migrations

from hub.editors import permissions

GROUP_NAME = "Involvement team"
CODENAMES = ["view_expressionofinterest", "change_expressionofinterest", "export_expressionofinterest"]


def create_group(apps, schema_editor):
    permissions.grant(apps, GROUP_NAME, "opportunities", CODENAMES, admin_access=True)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
