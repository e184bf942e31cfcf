"""Every shared block is documented for editors and renders NHS.UK markup."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from hub import blocks
from hub.factories import ImageFactory

BODY = blocks.BodyStreamBlock()


@pytest.mark.parametrize("name", list(BODY.child_blocks))
def test_every_block_has_icon_help_description_and_template(name):
    block = BODY.child_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder", name
    assert block.meta.description, name
    assert block.meta.help_text, name
    assert block.meta.template.startswith("components/streamfield/"), name


@pytest.mark.parametrize("name", list(BODY.child_blocks))
def test_every_block_previews(name, db):
    ImageFactory()
    Document.objects.create(title="Report", file=ContentFile(b"x", name="r.pdf"))
    block = BODY.child_blocks[name]
    value = block.get_preview_value()
    assert value is not None, name
    assert block.render(value).strip()


def test_rich_text_cannot_hold_h1():
    assert "h1" not in blocks.RICH_TEXT_FEATURES
    assert BODY.child_blocks["rich_text"].features == blocks.RICH_TEXT_FEATURES


def test_heading_renders_the_chosen_level():
    block = blocks.HeadingBlock()
    assert block.render(block.to_python({"text": "Roles", "level": "h3"})).strip() == "<h3>Roles</h3>"


def test_action_link_needs_exactly_one_target():
    block = blocks.ActionLinkBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Go", "page": None, "url": ""}))
    value = block.clean(block.to_python({"text": "Go", "page": None, "url": "https://example.org/"}))
    assert 'href="https://example.org/"' in block.render(value)


def test_warning_and_inset_have_translatable_hidden_prefixes():
    warning = BODY.child_blocks["warning_callout"]
    html = warning.render(warning.normalize(warning.meta.preview_value))
    assert "nhsuk-warning-callout" in html and "Important:" in html
    inset = BODY.child_blocks["inset_text"]
    assert "Information:" in inset.render(inset.normalize(inset.meta.preview_value))


def test_table_has_caption_and_header_cells():
    block = BODY.child_blocks["table"]
    html = block.render(block.normalize(block.meta.preview_value))
    assert "<caption" in html and "Drop-in sessions" in html
    assert '<th scope="col" class="nhsuk-table__header">Day</th>' in html


def test_figure_uses_contextual_alt_text(db):
    block = BODY.child_blocks["image"]
    image = ImageFactory(description="Default alt")
    value = block.to_python(
        {"image": {"image": image.pk, "alt_text": "Alt for this page", "decorative": False}, "caption": "A caption"}
    )
    html = block.render(value)
    assert 'alt="Alt for this page"' in html
    assert "<figcaption" in html


def test_document_shows_type_and_size(db):
    document = Document.objects.create(
        title="Annual report", file=ContentFile(b"x" * 2048, name="report.pdf"), file_size=2048
    )
    block = BODY.child_blocks["document"]
    html = block.render(block.to_python({"document": document.pk, "title": ""}))
    assert "Annual report" in html and "PDF" in html and "2.0" in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://youtu.be/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://vimeo.com/76979871", ("vimeo", "76979871")),
        ("https://example.org/watch?v=dQw4w9WgXcQ", None),
        ("https://www.youtube.com/watch?v=bad", None),
        ("javascript:alert(1)", None),
    ],
)
def test_parse_video_url(url, expected):
    assert blocks.parse_video_url(url) == expected


def test_video_loads_nothing_from_the_provider_until_asked():
    block = BODY.child_blocks["video"]
    html = block.render(
        block.to_python(
            {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Our day", "kind": "bsl", "transcript": "<p>Words</p>"}
        )
    )
    assert "<iframe" not in html
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html  # only as a data attribute for the Play button
    assert 'href="https://youtu.be/dQw4w9WgXcQ"' in html  # without JavaScript: a link, and the transcript
    assert "British Sign Language (BSL) version" in html and "<p>Words</p>" in html


def _document(name, content=b"x"):
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


@pytest.mark.django_db
def test_video_from_our_storage_plays_with_captions_and_a_transcript():
    block = BODY.child_blocks["video"]
    film, captions = _document("day.mp4"), _document("day.vtt", b"WEBVTT\n")
    value = block.clean(
        block.to_python(
            {"file": film.pk, "captions": captions.pk, "title": "Our day", "transcript": "<p>Words</p>", "url": ""}
        )
    )
    html = block.render(value)
    assert f'<source src="{film.url}" type="video/mp4">' in html
    assert f'<track kind="captions" src="{captions.url}" srclang="en"' in html
    assert "<p>Words</p>" in html and "data-hub-video" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("names", "url", "field"),
    [
        ((None, None), "", "url"),  # neither a file nor an address
        (("day.mp4", "day.vtt"), "https://youtu.be/dQw4w9WgXcQ", "url"),  # both
        (("day.pdf", "day.vtt"), "", "file"),
        (("day.mp4", None), "", "captions"),
        (("day.mp4", "day.txt"), "", "captions"),
        ((None, None), "https://example.org/film", "url"),
    ],
)
def test_video_refuses_what_would_not_play_or_lacks_captions(names, url, field):
    block = BODY.child_blocks["video"]
    film, captions = (_document(name).pk if name else None for name in names)
    value = block.to_python(
        {"file": film, "captions": captions, "url": url, "title": "Film", "transcript": "<p>Words</p>"}
    )
    with pytest.raises(ValidationError) as raised:
        block.clean(value)
    assert field in raised.value.block_errors


def test_newsletter_block_renders_the_sign_up_form():
    block = BODY.child_blocks["newsletter_signup"]
    html = block.render(block.normalize(block.meta.preview_value))
    assert 'action="/newsletter/subscribe/"' in html and "Hear about new roles first" in html
    assert 'id="newsletter-block-email"' in html and 'name="form_token"' in html


def test_cookie_choices_block_lists_what_the_site_always_sets():
    block = blocks.StandardPageStreamBlock().child_blocks["cookie_choices"]
    html = block.render(block.normalize(block.meta.preview_value))
    assert 'id="cookie-choices"' in html and "hub_cookie_consent" in html


def _all_blocks(block):
    """A block and every block inside it: struct and stream children, list items."""
    yield block
    children = list(getattr(block, "child_blocks", {}).values())
    if hasattr(block, "child_block"):
        children.append(block.child_block)
    for child in children:
        yield from _all_blocks(child)


def assert_sentence_case_labels(stream_block):
    """Every label inside ``stream_block`` starts with a capital and has no other (the admin's style)."""
    labels = {str(block.label) for block in _all_blocks(stream_block) if block.label}
    for label in labels:
        first, *rest = label.split()
        assert first[0].isupper(), label
        assert not any(word[0].isupper() for word in rest), label
    return labels


def test_every_block_label_is_in_sentence_case():
    labels = assert_sentence_case_labels(BODY)
    assert {"Heading", "Text", "Who said it", "Or a web address"} <= labels
