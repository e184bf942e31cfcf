"""Event photos become translatable, with their own alt text, so translators translate it and the caption.

Each existing photo takes its page's language. A photo and its copies on
the page's translations share a translation key, matched by their place in
the list, as wagtail-localize expects of translatable rows.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def keys_and_locales(apps, schema_editor):
    EventGalleryImage = apps.get_model("blog", "EventGalleryImage")
    rows = EventGalleryImage.objects.select_related("page").order_by("page_id", "sort_order", "pk")
    places = {}
    for row in rows:
        place = places.setdefault(row.page_id, 0)
        places[row.page_id] = place + 1
        row.locale_id = row.page.locale_id
        row.translation_key = uuid.uuid5(row.page.translation_key, str(place))
        row.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0009_main_image_alt_text"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventgalleryimage",
            name="alt_text",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Optional. Say what the photo shows, for people who cannot see it. Leave empty to use the "
                    "image's own alt text. Translators translate this with the page."
                ),
                max_length=250,
                verbose_name="alt text",
            ),
        ),
        migrations.AlterField(
            model_name="eventgalleryimage",
            name="image",
            field=models.ForeignKey(
                help_text="A photo from the event. Only use it if everyone in it agreed to be shown.",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="hub.hubimage",
                verbose_name="photo",
            ),
        ),
        migrations.AddField(
            model_name="eventgalleryimage",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventgalleryimage",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(keys_and_locales, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="eventgalleryimage",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="eventgalleryimage",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="eventgalleryimage",
            unique_together={("translation_key", "locale")},
        ),
    ]
