"""Page slugs become synchronised, not strings to translate (``hub.i18n.pages.SynchronisedSlugMixin``).

Translations started before keep the slug as a string waiting for its
translation until someone syncs them. This turns each page's slug segment
into an overridable one (what wagtail-localize makes for a synchronised
field) and keeps a slug someone did translate as that language's override,
so no translated address changes. Other content (a category's slug) is left
alone.
"""

import json

from django.db import migrations


def slugs_to_overridable(apps, schema_editor):
    StringSegment = apps.get_model("wagtail_localize", "StringSegment")
    StringTranslation = apps.get_model("wagtail_localize", "StringTranslation")
    OverridableSegment = apps.get_model("wagtail_localize", "OverridableSegment")
    SegmentOverride = apps.get_model("wagtail_localize", "SegmentOverride")
    page_slugs = StringSegment.objects.filter(
        context__path="slug",
        source__object__content_type__app_label="wagtailcore",
        source__object__content_type__model="page",
    ).select_related("string")
    for segment in page_slugs:
        slug = segment.string.data
        OverridableSegment.objects.get_or_create(
            source_id=segment.source_id,
            context_id=segment.context_id,
            defaults={"order": segment.order, "data_json": json.dumps(slug)},
        )
        translated = StringTranslation.objects.filter(
            translation_of_id=segment.string_id, context_id=segment.context_id
        ).exclude(data=slug)
        for string in translated:
            SegmentOverride.objects.get_or_create(
                locale_id=string.locale_id,
                context_id=segment.context_id,
                defaults={"data_json": json.dumps(string.data), "last_translated_by_id": string.last_translated_by_id},
            )
        segment.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub_i18n", "0001_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(slugs_to_overridable, migrations.RunPython.noop)]
