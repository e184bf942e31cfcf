"""The story form's questions become translatable with their page (wagtail-localize offers their words).

Each existing question takes its page's language and a translation key of its own.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_each_question_a_language(apps, schema_editor):
    StoryFormField = apps.get_model("stories", "StoryFormField")
    Page = apps.get_model("wagtailcore", "Page")
    page_locales = dict(Page.objects.values_list("pk", "locale_id"))
    for question in StoryFormField.objects.all():
        StoryFormField.objects.filter(pk=question.pk).update(
            locale_id=page_locales[question.page_id], translation_key=uuid.uuid4()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_story_drafts_usage_content_note"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="storyformfield",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="storyformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_each_question_a_language, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="storyformfield",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="storyformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="storyformfield",
            unique_together={("translation_key", "locale")},
        ),
    ]
