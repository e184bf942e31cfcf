"""Let the Communications group use this app in the admin (the group is created if missing)."""

from django.db import migrations

from hub.editors import permissions

CODENAMES = ["view_subscriber", "delete_subscriber"]


def grant(apps, schema_editor):
    permissions.grant(apps, "Communications", "newsletter", CODENAMES, admin_access=True)


def revoke(apps, schema_editor):
    permissions.revoke(apps, "Communications", "newsletter", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
