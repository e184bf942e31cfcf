"""The image model insists on alt text or an explicit decorative choice."""

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


def test_image_component_uses_renditions_never_the_original():
    image = ImageFactory(description="A garden")
    html = Template('{% include "components/image.html" with image=image %}').render(Context({"image": image}))
    assert 'alt="A garden"' in html
    assert "srcset=" in html
    assert 'loading="lazy"' in html
    assert 'width="' in html and 'height="' in html
    assert image.file.url not in html
    assert ".webp" in html
