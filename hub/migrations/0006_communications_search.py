"""Communications manage promoted search results and see what people search for."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PROMOTIONS = [f"{action}_searchpromotion" for action in ("add", "change", "delete", "view")]
REPORT = ["view_noresultsdailyhits"]


def _permissions(apps):
    for label in ("wagtailsearchpromotions", "search"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(content_type__app_label="wagtailsearchpromotions", codename__in=PROMOTIONS)
    ) + list(Permission.objects.filter(content_type__app_label="search", codename__in=REPORT))


def grant(apps, schema_editor):
    communications, _created = apps.get_model("auth", "Group").objects.get_or_create(name="Communications")
    communications.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name="Communications"):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0005_news_snippets"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("search", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
