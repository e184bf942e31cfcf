"""Make an image's renditions when it is saved, and a page's when it is published.

The tasks are queued once the transaction commits, so a worker sees the image.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.signals import page_published

from hub.images.tasks import make_image_renditions, make_page_renditions


@receiver(post_save, sender=get_image_model())
def image_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    transaction.on_commit(lambda: make_image_renditions.enqueue(instance.pk))


@receiver(page_published)
def page_published_renditions(sender, instance, **kwargs):
    transaction.on_commit(lambda: make_page_renditions.enqueue(instance.pk))
