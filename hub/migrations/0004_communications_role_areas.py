"""Communications look after the "Role areas" snippet used to file roles."""

from django.db import migrations

from hub.editors import permissions

CODENAMES = ["add_area", "change_area", "delete_area", "view_area"]


def grant(apps, schema_editor):
    permissions.grant(apps, "Communications", "opportunities", CODENAMES)


def revoke(apps, schema_editor):
    permissions.revoke(apps, "Communications", "opportunities", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_editor_groups"),
        ("opportunities", "0002_involvement_team_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
