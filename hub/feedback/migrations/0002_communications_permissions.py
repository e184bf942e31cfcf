"""Let the Communications group use this app in the admin (the group is created if missing)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_pagefeedback", "delete_pagefeedback"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("feedback")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Communications")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="feedback", codename__in=CODENAMES),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Communications").first()
    if group:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="feedback", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
