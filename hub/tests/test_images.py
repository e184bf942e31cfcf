"""The image model insists on alt text or an explicit decorative choice."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template

from hub.factories import ImageFactory
from hub.templatetags.hub_tags import alt_text

pytestmark = pytest.mark.django_db


def test_alt_text_is_required_unless_decorative():
    image = ImageFactory(description="")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "description" in error.value.message_dict
    image.is_decorative = True
    image.full_clean()


def test_decorative_images_have_empty_alt():
    image = ImageFactory(description="A garden", is_decorative=True)
    assert alt_text(image) == ""
    assert image.default_alt_text == ""


def test_contextual_alt_text_wins():
    image = ImageFactory(description="A garden")
    image.contextual_alt_text = "Volunteers in the ward garden"
    assert alt_text(image) == "Volunteers in the ward garden"


def render(image):
    return Template('{% include "components/image.html" with image=image %}').render(Context({"image": image}))


def test_image_component_uses_renditions_never_the_original():
    image = ImageFactory(description="A garden", file__width=1000, file__height=600)
    html = render(image)
    assert 'alt="A garden"' in html
    assert "srcset=" in html
    assert 'loading="lazy"' in html
    assert 'width="' in html and 'height="' in html
    assert image.file.url not in html
    assert ".webp" in html


def test_browsers_that_read_avif_get_it_and_the_rest_get_webp(settings):
    settings.HUB_IMAGE_FORMATS = ["avif", "webp"]
    image = ImageFactory(description="A garden", file__width=1000, file__height=600)
    html = render(image)
    source = re.search(r"<picture><source ([^>]*)><img ([^>]*)></picture>", html)
    assert source, html
    source_attrs, img_attrs = source.groups()
    assert 'type="image/avif"' in source_attrs and 'sizes="100vw"' in source_attrs
    assert srcset_widths(source_attrs) == [320, 640, 960, 1000]
    assert all(url.endswith(".avif") for url in re.findall(r"(\S+) \d+w", source_attrs))
    assert srcset_widths(img_attrs) == [320, 640, 960, 1000]
    assert all(url.endswith(".webp") for url in re.findall(r"(\S+) \d+w", img_attrs))
    assert 'alt="A garden"' in img_attrs and 'loading="lazy"' in img_attrs


def srcset_widths(html):
    srcset = re.search(r'srcset="([^"]*)"', html).group(1)
    return [int(candidate.rsplit(" ", 1)[1].removesuffix("w")) for candidate in srcset.split(", ")]


@pytest.mark.parametrize(
    ("original_width", "widths"),
    [(500, [320, 500]), (960, [320, 640, 960]), (1000, [320, 640, 960, 1000]), (2400, [320, 640, 960, 1280])],
)
def test_srcset_widths_are_never_wider_than_the_original_nor_repeated(original_width, widths):
    image = ImageFactory(description="A garden", file__width=original_width, file__height=200)
    assert srcset_widths(render(image)) == widths


def test_an_image_narrower_than_the_smallest_width_has_one_rendition_and_no_srcset():
    image = ImageFactory(description="A garden", file__width=200, file__height=100)
    html = render(image)
    assert "srcset=" not in html and "sizes=" not in html
    assert 'width="200"' in html and ".webp" in html and 'alt="A garden"' in html


def test_a_narrow_image_offers_one_file_per_format_without_sizes(settings):
    settings.HUB_IMAGE_FORMATS = ["avif", "webp"]
    image = ImageFactory(description="A garden", file__width=200, file__height=100)
    html = render(image)
    assert re.fullmatch(
        r'<picture><source srcset="\S+\.avif" type="image/avif"><img [^>]*\.webp[^>]*></picture>', html.strip()
    ), html
    assert "sizes=" not in html
