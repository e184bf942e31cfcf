"""Every rendition the site's templates ask of an image: the one list the template tags and the warm-up share.

Change a size or format here and both the templates and ``make_renditions``
follow. A spec asked for anywhere else would be made inside a visitor's request.
"""

from functools import cache

from django.conf import settings
from wagtail.images.models import Filter

# Widths of the renditions offered in an image's srcset; ``image_widths`` trims them to the original.
IMAGE_WIDTHS = (320, 640, 960, 1280)

# Renditions asked for by name in templates ({% rendition image "logo" as logo %}).
NAMED_SPECS = {
    # The Trust's logo in the header.
    "logo": "height-80|format-webp",
    # The picture shown when a page is shared (Open Graph), in the size those sites ask for.
    "social": "fill-1200x630|format-jpeg",
}


def image_widths(original_width):
    """The srcset widths for an image this wide: none wider than the original, so none repeated.

    A rendition is never wider than its original, so asking a 500 px image for
    640, 960 and 1280 px would give three 500 px files with the same ``500w``.
    """
    narrower = [width for width in IMAGE_WIDTHS if width < original_width]
    return [*narrower, min(original_width, IMAGE_WIDTHS[-1])]


def picture_specs(image):
    """The renditions in an image's ``<picture>``: each width in each of ``HUB_IMAGE_FORMATS``."""
    widths = image_widths(image.width)
    return [f"width-{width}|format-{fmt}" for fmt in settings.HUB_IMAGE_FORMATS for width in widths]


def all_specs(image):
    """Every rendition a template may ask of this image, wherever it is used."""
    return [*picture_specs(image), *NAMED_SPECS.values()]


@cache
def spec_filter(spec):
    """The one ``Filter`` for ``spec``, kept for the life of the process.

    Wagtail parses a spec given as a string into a new ``Filter`` on every
    call, and its operations again for each image: 1.8 ms of CPU for five
    images' pictures on this machine, 0.1 ms with the same ``Filter`` objects
    (a news page shows twelve). A ``Filter`` holds only its parsed spec.
    """
    return Filter(spec=spec)
