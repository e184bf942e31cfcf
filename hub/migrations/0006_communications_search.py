"""Communications manage promoted search results and see what people search for."""

from django.db import migrations

from hub.editors import permissions

PROMOTIONS = [f"{action}_searchpromotion" for action in ("add", "change", "delete", "view")]
REPORT = ["view_noresultsdailyhits"]


def grant(apps, schema_editor):
    permissions.grant(apps, "Communications", "wagtailsearchpromotions", PROMOTIONS)
    permissions.grant(apps, "Communications", "search", REPORT)


def revoke(apps, schema_editor):
    permissions.revoke(apps, "Communications", "wagtailsearchpromotions", PROMOTIONS)
    permissions.revoke(apps, "Communications", "search", REPORT)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0005_news_snippets"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("search", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
