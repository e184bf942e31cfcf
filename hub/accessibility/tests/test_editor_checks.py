"""What editors are helped with: the content checker's rules and rich text without h1."""

import json
import re

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from home.factories import StandardPageFactory
from hub.accessibility.wagtail_hooks import POOR_ALT_TEXT
from hub.blocks import RICH_TEXT_FEATURES, SIMPLE_RICH_TEXT_FEATURES


@pytest.mark.parametrize(
    "alt",
    [
        "IMG_2041.jpg",
        "DSC1234",
        "photo-12",
        "Image of two people talking",
        "A picture of a garden",
        "image",
        "logo",
        "team_photo",
    ],
)
def test_poor_alt_text_is_flagged(alt):
    assert re.search(POOR_ALT_TEXT, alt, re.IGNORECASE)


@pytest.mark.parametrize(
    "alt",
    ["Two volunteers planting a raised bed", "A peer worker listens to a man in a café", "Imagery workshop poster"],
)
def test_good_alt_text_passes(alt):
    assert not re.search(POOR_ALT_TEXT, alt, re.IGNORECASE)


@pytest.mark.django_db
def test_editors_see_our_content_checker(client, admin_user, site_home):
    page = StandardPageFactory(parent=site_home, search_description="", introduction="")
    client.force_login(admin_user)
    html = client.get(page.url).content.decode()
    config = json.loads(
        re.search(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S)[1]
    )
    assert config["context"]["include"] == ["main"]
    assert {
        "image-alt",
        "alt-text-quality",
        "heading-order",
        "empty-heading",
        "link-name",
        "empty-meta-description",
    } <= set(config["options"]["runOnly"])
    assert {"id": "check-image-alt-text", "options": {"pattern": POOR_ALT_TEXT}} in config["spec"]["checks"]
    assert config["messages"]["image-alt"]["error_name"] == "Image has no alt text"
    assert '<meta name="description" content="">' in html, "an empty description is visible to the checker"


@pytest.mark.django_db
def test_visitors_get_no_checker(client, site_home):
    page = StandardPageFactory(parent=site_home)
    assert "checker-axe-configuration" not in client.get(page.url).content.decode()


@pytest.mark.parametrize("features", [RICH_TEXT_FEATURES, SIMPLE_RICH_TEXT_FEATURES])
def test_rich_text_turns_a_pasted_h1_into_a_paragraph(features):
    converter = ContentstateConverter(features=features)
    saved = converter.to_database_format(converter.from_database_format("<h1>Big title</h1><p>Text</p>"))
    assert "<h1" not in saved
    assert "Big title" in saved
