"""Let the Involvement and Communications teams see how many people asked for each role alert (not who)."""

from django.db import migrations

from hub.editors import permissions

CODENAMES = ["view_alert_counts"]
GROUPS = ["Involvement team", "Communications"]


def grant(apps, schema_editor):
    for group in GROUPS:
        permissions.grant(apps, group, "role_alerts", CODENAMES, admin_access=True)


def revoke(apps, schema_editor):
    for group in GROUPS:
        permissions.revoke(apps, group, "role_alerts", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("role_alerts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
