"""A service added or removed changes every page (banner and scripts): drop the page cache."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from hub import generation
from hub.consent.models import OptionalService


@receiver(post_save, sender=OptionalService)
@receiver(post_delete, sender=OptionalService)
def service_changed(**kwargs):
    generation.invalidate()
