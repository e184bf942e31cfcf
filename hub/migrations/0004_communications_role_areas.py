"""Communications look after the "Role areas" snippet used to file roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_area", "change_area", "delete_area", "view_area"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("opportunities")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    communications, _created = Group.objects.get_or_create(name="Communications")
    communications.permissions.add(
        *Permission.objects.filter(content_type__app_label="opportunities", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name="Communications").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="opportunities", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_editor_groups"),
        ("opportunities", "0002_involvement_team_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
