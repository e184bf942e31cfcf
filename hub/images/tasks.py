"""Background tasks that make renditions (Wagtail's django-tasks; see ``TASKS`` in docs/deploy.md).

With the default immediate backend they run in the editor's request, right
after it commits; with a worker backend they run beside the site.
"""

from django.contrib.contenttypes.models import ContentType
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from hub.images.specs import all_specs


def make_renditions(image):
    """Make the image's missing renditions; those already made are only looked up."""
    return image.get_renditions(*all_specs(image))


@task()
def make_image_renditions(image_id):
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        make_renditions(image)


@task()
def make_page_renditions(page_id):
    """Renditions of every image the page uses, found through Wagtail's reference index."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    image_model = get_image_model()
    image_ids = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=ContentType.objects.get_for_model(image_model))
        .values_list("to_object_id", flat=True)
    )
    for image in image_model.objects.filter(pk__in={int(pk) for pk in image_ids}):
        make_renditions(image)
