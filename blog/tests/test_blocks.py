"""The blocks only posts use: pull quote and 'you said, we did'."""

import pytest

from blog.blocks import BlogStreamBlock
from hub.blocks import BodyStreamBlock

BLOG_ONLY = ["pull_quote", "you_said_we_did"]


def test_posts_offer_the_shared_blocks_and_their_own():
    assert set(BodyStreamBlock().child_blocks) | set(BLOG_ONLY) == set(BlogStreamBlock().child_blocks)


@pytest.mark.parametrize("name", BLOG_ONLY)
def test_block_is_documented_and_previews(name):
    block = BlogStreamBlock().child_blocks[name]
    assert block.meta.icon and block.meta.description and block.meta.help_text
    assert block.meta.template.startswith("components/streamfield/")
    assert block.render(block.get_preview_value()).strip()


def test_you_said_we_did_renders_each_pair():
    block = BlogStreamBlock().child_blocks["you_said_we_did"]
    value = block.to_python(
        {
            "heading": "You said, we did",
            "pairs": [
                {"you_said": "Wards are boring", "we_did": "Activity assistants"},
                {"you_said": "Meetings are too early", "we_did": "Moved them to the afternoon"},
            ],
        }
    )
    html = block.render(value)
    assert html.count("You said</p>") == 2 and html.count("We did</p>") == 2
    assert "Moved them to the afternoon" in html
