"""Communications set pages' review dates and owners, and see the pages due for review."""

from django.db import migrations

from hub.editors import permissions

CODENAMES = [f"{action}_pagereview" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    permissions.grant(apps, "Communications", "hub", CODENAMES)


def revoke(apps, schema_editor):
    permissions.revoke(apps, "Communications", "hub", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("hub", "0012_page_review")]

    operations = [migrations.RunPython(grant, revoke)]
