"""Copy the Navigation setting's links and labels into a menu in the site's language; Communications manage menus."""

import uuid

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [f"{action}_menu" for action in ("add", "change", "delete", "view")]


def copy_links(apps, schema_editor):
    Navigation = apps.get_model("hub", "Navigation")
    Menu = apps.get_model("hub", "Menu")
    navigation = Navigation.objects.filter(site__is_default_site=True).first() or Navigation.objects.first()
    if navigation is None or Menu.objects.exists():
        return
    locale_id = navigation.site.root_page.locale_id
    menu = Menu.objects.create(locale_id=locale_id, translation_key=uuid.uuid4())
    for old, new in (("PrimaryLink", "MainMenuLink"), ("FooterLink", "FooterMenuLink")):
        model = apps.get_model("hub", new)
        for link in apps.get_model("hub", old).objects.filter(setting=navigation).order_by("sort_order"):
            model.objects.create(
                menu=menu,
                page_id=link.page_id,
                label=link.label,
                sort_order=link.sort_order,
                locale_id=locale_id,
                translation_key=uuid.uuid4(),
            )


def grant(apps, schema_editor):
    app_config = apps.get_app_config("hub")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    communications, _created = apps.get_model("auth", "Group").objects.get_or_create(name="Communications")
    communications.permissions.add(*Permission.objects.filter(content_type__app_label="hub", codename__in=CODENAMES))


def forwards(apps, schema_editor):
    copy_links(apps, schema_editor)
    grant(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0007_menu"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
