"""The "Involvement team" group: sees, updates (check-in, offer a place) and exports event bookings."""

from django.db import migrations

from hub.editors import permissions

GROUP_NAME = "Involvement team"
CODENAMES = ["view_booking", "change_booking", "export_booking"]


def grant(apps, schema_editor):
    permissions.grant(apps, GROUP_NAME, "bookings", CODENAMES, admin_access=True)


def revoke(apps, schema_editor):
    permissions.revoke(apps, GROUP_NAME, "bookings", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0001_initial"),
        ("opportunities", "0002_involvement_team_group"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
