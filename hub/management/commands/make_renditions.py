"""Make every image's missing renditions: ``python manage.py make_renditions``.

Run it at each deploy, after ``migrate``: a new size or format in
``hub.images.specs`` then never makes a visitor wait while an image is encoded.
Renditions already made are left alone, so running it again is quick.
"""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from hub.images.tasks import make_renditions


class Command(BaseCommand):
    help = "Make the renditions the templates use for every image, skipping those already made."

    def handle(self, *args, **options):
        image_model = get_image_model()
        renditions = image_model.get_rendition_model().objects
        before = renditions.count()
        images = image_model.objects.order_by("pk")
        for image in images.iterator():
            try:
                make_renditions(image)
            except SourceImageIOError:
                self.stderr.write(f"Image {image.pk} ({image.title}): its file is missing, so it has no renditions.")
        made = renditions.count() - before
        self.stdout.write(self.style.SUCCESS(f"Made {made} renditions for {images.count()} images."))
