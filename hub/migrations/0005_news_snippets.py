"""Communications look after the news snippets (authors, categories); champions may add authors."""

from django.db import migrations

from hub.editors import permissions

CODENAMES = [f"{action}_{model}" for model in ("author", "category") for action in ("add", "change", "delete", "view")]
CHAMPION_CODENAMES = ["add_author", "change_author", "view_author", "view_category"]


def grant(apps, schema_editor):
    permissions.grant(apps, "Communications", "blog", CODENAMES)
    permissions.grant(apps, "Co-production champions", "blog", CHAMPION_CODENAMES)


def revoke(apps, schema_editor):
    for group_name in ("Communications", "Co-production champions"):
        permissions.revoke(apps, group_name, "blog", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0004_communications_role_areas"),
        ("blog", "0002_alter_blogpage_body_alter_eventpage_write_up"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
