"""The blocks only posts use: pull quote and 'you said, we did'."""

import importlib

import pytest
from wagtail.blocks.migrations.utils import apply_changes_to_raw_data

from blog.blocks import BlogStreamBlock
from blog.models import BlogPage
from hub.blocks import BodyStreamBlock, QuoteBlock
from hub.tests.test_blocks import assert_sentence_case_labels

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
    assert html.count("You said</dt>") == 2 and html.count("We did</dt>") == 2
    # Labels of a description list, not paragraphs styled as headings (axe flags those in the checks panel).
    assert '<p class="nhsuk-heading-s' not in html
    assert "Moved them to the afternoon" in html


def test_pull_quote_is_the_shared_quote_block_in_large_type():
    block = BlogStreamBlock().child_blocks["pull_quote"]
    assert isinstance(block, QuoteBlock)
    html = block.render(block.to_python({"quote": "Everyone was a partner.", "attribution": "Peer mentor"}))
    assert 'class="hub-pull-quote"' in html
    assert "Everyone was a partner." in html and "Peer mentor" in html


def test_stored_pull_quotes_keep_their_words_after_the_migration():
    migration = importlib.import_module("blog.migrations.0003_pull_quote_is_a_quote")
    raw = [
        {"type": "pull_quote", "id": "a", "value": {"text": "Everyone was a partner."}},
        {"type": "quote", "id": "b", "value": {"quote": "Unchanged", "attribution": ""}},
    ]
    for operation, block_path in migration.PULL_QUOTE_TEXT_TO_QUOTE:
        raw = apply_changes_to_raw_data(raw, block_path, operation, streamfield=BlogPage.body)
    assert raw[0]["value"] == {"quote": "Everyone was a partner."}
    assert raw[1]["value"] == {"quote": "Unchanged", "attribution": ""}
    html = BlogStreamBlock().child_blocks["pull_quote"].render(BlogStreamBlock().to_python(raw)[0].value)
    assert "Everyone was a partner." in html


def test_post_only_block_labels_are_in_sentence_case():
    assert {"Pull quote", "You said, we did", "We did"} <= assert_sentence_case_labels(BlogStreamBlock())
