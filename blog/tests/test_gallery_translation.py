"""Event photos are translatable rows: the migration gives existing ones their page's language and shared keys."""

import datetime
import uuid
from importlib import import_module

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale

from blog.factories import BlogIndexPageFactory, EventPageFactory
from blog.models import EventGalleryImage
from hub.factories import ImageFactory

migration = import_module("blog.migrations.0010_translatable_gallery")


@pytest.mark.django_db
def test_existing_photos_get_their_pages_language_and_share_keys_with_their_copies(site_home):
    start = timezone.now() - datetime.timedelta(days=7)
    event = EventPageFactory(
        parent=BlogIndexPageFactory(parent=site_home), start=start, end=start + datetime.timedelta(hours=3)
    )
    event.gallery_images = [EventGalleryImage(image=ImageFactory(), caption=caption) for caption in ("Tea", "Cake")]
    event.save_revision().publish()
    english = event.locale_id
    polish = event.copy_for_translation(Locale.objects.create(language_code="pl"), copy_parents=True)

    # As before the migration: no shared keys, no language of their own.
    for row in EventGalleryImage.objects.all():
        EventGalleryImage.objects.filter(pk=row.pk).update(translation_key=uuid.uuid4(), locale_id=english)

    migration.keys_and_locales(apps, None)

    english_rows = list(EventGalleryImage.objects.filter(page=event).order_by("sort_order"))
    polish_rows = list(EventGalleryImage.objects.filter(page=polish).order_by("sort_order"))
    assert [row.locale_id for row in english_rows] == [english] * 2
    assert [row.locale_id for row in polish_rows] == [polish.locale_id] * 2
    assert [row.translation_key for row in english_rows] == [row.translation_key for row in polish_rows]
    assert english_rows[0].translation_key != english_rows[1].translation_key
