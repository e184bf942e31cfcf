"""StreamField blocks shared by every page type.

Each block renders NHS.UK frontend markup from ``templates/components/streamfield/``.
We keep our own block classes rather than wagtail-nhsuk-frontend's because
every label, help text and visually hidden prefix must go through Django's
translation machinery and images must carry width and height; the CSS and JS
of NHS.UK frontend still come from that package.

To add a block: define it here with ``icon``, ``template``, ``description`` and
``preview_value`` in its ``Meta``, add it to ``BodyStreamBlock`` (or to a page's
own stream), and add it to ``hub/tests/test_blocks.py``.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SIMPLE_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class LinkTargetMixin:
    """Validation shared by blocks that link to a page or to a web address."""

    def clean(self, value):
        value = super().clean(value)
        has_page = bool(value.get("page"))
        has_url = bool(value.get("url"))
        if has_page == has_url:
            message = _("Choose a page on this site or enter a web address, but not both.")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Heading"), max_length=120, help_text=_("Keep it short and say what the section is about.")
    )
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Main section (H2)")), ("h3", _("Sub-section (H3)")), ("h4", _("Minor heading (H4)"))],
        default="h2",
        help_text=_(
            "Use levels in order: an H3 belongs under an H2. Screen reader users move through a page by its headings."
        ),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading.html"
        description = _("A heading that starts a new section of the page.")
        help_text = _("Headings help everyone find their way around a page.")
        preview_value = {"text": "What our volunteers do", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/rich_text.html"
        description = _("Paragraphs of text with headings, lists and links.")
        help_text = _("Write in short paragraphs and plain words. Use headings and lists to break up text.")
        preview_value = (
            "<p>Co-production means people who use our services and staff working as equals, "
            "from the first idea to the final check.</p>"
        )


class FigureBlock(blocks.StructBlock):
    """A picture whose alt text belongs to the page, so translators translate it with the page's words.

    Wagtail's ``ImageBlock`` keeps alt text in the block (wagtail-localize
    offers it as a segment, like any sentence), filled in from the image's own
    alt text when the image is chosen. ``clean`` fills it in as well when an
    editor leaves it empty (instead of Wagtail's "Please add some alt text"),
    so the words are stored with the page and offered to translators.
    """

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Optional. Shown under the image. Credit the photographer here if needed."),
    )

    class Meta:
        icon = "image"
        template = "components/streamfield/figure.html"
        description = _("A picture with alt text and an optional caption.")
        help_text = _("The alt text you set on the image is used unless you write different alt text here.")

    def get_preview_value(self):
        image = get_image_model().objects.order_by("pk").first()
        return self.normalize({"image": image, "caption": "Volunteers at the celebration day"}) if image else None

    def clean(self, value):
        image = value.get("image")
        if image is not None and not image.decorative and not (image.contextual_alt_text or "").strip():
            image.contextual_alt_text = image.default_alt_text
        return super().clean(value)


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("Quote"), max_length=600, help_text=_("The words someone said or wrote, without quotation marks.")
    )
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=120,
        help_text=_("Optional. For example 'Peer mentor' or a first name, only with the person's permission."),
    )

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote.html"
        description = _("Someone's words, set apart from the text.")
        help_text = _("Only quote people who have agreed to it.")
        preview_value = {"quote": "I was listened to as an equal, not as a diagnosis.", "attribution": "Peer mentor"}


class ActionLinkBlock(LinkTargetMixin, blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Link text"),
        max_length=80,
        help_text=_("Say where the link goes, for example 'Find a volunteering role'."),
    )
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "link"
        template = "components/streamfield/action_link.html"
        description = _("A prominent link that asks the reader to do one thing next.")
        help_text = _("Use one action link at most in each section.")
        preview_value = {"text": "Find a way to get involved", "url": "https://example.org/get-involved/"}


class InsetTextBlock(blocks.StructBlock):
    body = blocks.RichTextBlock(
        label=_("Text"), features=SIMPLE_RICH_TEXT_FEATURES, help_text=_("A short piece of text readers should notice.")
    )

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/inset_text.html"
        description = _("Text set apart with a coloured border, for something readers should not miss.")
        help_text = _("Use it sparingly, or nothing stands out.")
        preview_value = {"body": "<p>Involvement payments can affect benefits. Ask us before you start.</p>"}


class WarningCalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=80, default=_("Important"), help_text=_("Usually 'Important'.")
    )
    body = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "components/streamfield/warning_callout.html"
        description = _("A yellow box for a warning, such as what to do in a crisis.")
        help_text = _("Keep warnings for safety and things that could go wrong.")
        preview_value = {
            "heading": "Important",
            "body": "<p>If you need help now, call NHS 111 and choose the mental health option.</p>",
        }


class CardBlock(LinkTargetMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    text = blocks.TextBlock(
        label=_("Description"), required=False, max_length=240, help_text=_("One or two sentences.")
    )
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Card")


class CardGroupBlock(blocks.StructBlock):
    cards = blocks.ListBlock(CardBlock(), min_num=1, max_num=6, label=_("Cards"))

    class Meta:
        icon = "grip"
        template = "components/streamfield/card_group.html"
        description = _("Two to six linked cards side by side, to route people to other pages.")
        help_text = _("Each card links to one page. Keep headings short.")
        preview_value = {
            "cards": [
                {"heading": "Volunteer", "text": "Give a few hours a month.", "url": "https://example.org/a"},
                {"heading": "Share your story", "text": "Help us change services.", "url": "https://example.org/b"},
            ]
        }


class ExpanderBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=120,
        help_text=_("Say what the reader will find inside, for example 'Will it affect my benefits?'."),
    )
    body = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT_FEATURES)

    class Meta:
        icon = "collapse-down"
        template = "components/streamfield/expander.html"
        description = _("A title that opens to show more text, for details only some readers need.")
        help_text = _("Do not hide things everyone needs to read.")
        preview_value = {"title": "Will it affect my benefits?", "body": "<p>It might. Talk to us first.</p>"}


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=160, help_text=_("Say what the table shows. Screen readers read it first.")
    )
    table = WagtailTableBlock(
        label=_("Table"),
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "remove_row",
                "col_left",
                "col_right",
                "remove_col",
                "undo",
                "redo",
            ]
        },
        help_text=_(
            "Tick 'Row header' so the first row names each column. Keep tables small; they are hard to read on phones."
        ),
    )

    class Meta:
        icon = "table"
        template = "components/streamfield/table.html"
        description = _("A simple table of facts, such as dates and places.")
        help_text = _("Use a table only for facts that compare across rows and columns.")
        preview_value = {
            "caption": "Drop-in sessions",
            "table": {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "data": [["Day", "Place"], ["Monday", "Riverside Library"], ["Thursday", "Online"]],
            },
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Optional. Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/document.html"
        description = _("A link to download a document, showing its type and size.")
        help_text = _("Documents must be accessible too: prefer a web page where you can.")

    def get_preview_value(self):
        document = get_document_model().objects.order_by("pk").first()
        return self.normalize({"document": document, "title": ""}) if document else None


VIDEO_ID_PATTERNS = {
    "youtube": re.compile(r"^[A-Za-z0-9_-]{11}$"),
    "vimeo": re.compile(r"^[0-9]{6,12}$"),
}


def parse_video_url(url):
    """Return (provider, video id) for a YouTube or Vimeo address, or None."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtu.be":
        provider, video_id = "youtube", parsed.path.strip("/")
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        provider = "youtube"
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    elif host in {"vimeo.com", "player.vimeo.com"}:
        provider, video_id = "vimeo", parsed.path.rstrip("/").rsplit("/", 1)[-1]
    else:
        return None
    if VIDEO_ID_PATTERNS[provider].match(video_id):
        return provider, video_id
    return None


VIDEO_FILE_EXTENSIONS = (".mp4", ".webm")
CAPTION_FILE_EXTENSIONS = (".vtt",)


class VideoKind(blocks.ChoiceBlock):
    choices = [("bsl", _("British Sign Language (BSL) version")), ("film", _("Film"))]


class VideoBlock(blocks.StructBlock):
    """A BSL version or a film: from the site's own storage, or a YouTube or Vimeo film that loads only when asked.

    A film from our storage plays in the page with its WebVTT captions and sets
    no cookies. A YouTube or Vimeo film loads nothing from the provider until
    the visitor presses Play, after a notice that the provider may set cookies
    (its privacy-enhanced player: youtube-nocookie.com, Vimeo with ``dnt=1``);
    without JavaScript there is a link to it instead. The transcript is always
    on the page, so nobody needs the film to get the message.
    """

    kind = VideoKind(
        label=_("Kind of film"), default="film", help_text=_("A BSL version is labelled so Deaf visitors can find it.")
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=120, help_text=_("What the film is about. Shown before it plays.")
    )
    file = DocumentChooserBlock(
        label=_("Film file"),
        required=False,
        help_text=_("An MP4 or WebM film uploaded to Documents. It plays from our own site and sets no cookies."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) captions file uploaded to Documents. Needed for a film file."),
    )
    url = blocks.URLBlock(
        label=_("Or the film's web address"),
        required=False,
        help_text=_("A YouTube or Vimeo address, instead of a film file. Check the film has captions on that site."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("Everything that is said and shown, in words. Visitors can read it instead of watching."),
    )

    class Meta:
        icon = "media"
        template = "components/streamfield/video.html"
        description = _(
            "A BSL version or a film, with captions and a transcript. Films from YouTube or Vimeo load only "
            "when the visitor chooses to play them."
        )
        help_text = _("Every film needs captions and a transcript, so everyone can follow it.")
        preview_value = {
            "kind": "film",
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "title": "Our celebration day",
            "transcript": "<p>People tell us what the day meant to them.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        film, url, captions = value.get("file"), value.get("url"), value.get("captions")
        if bool(film) == bool(url):
            errors["url"] = ValidationError(_("Choose a film file or give a YouTube or Vimeo address, not both."))
        elif url and parse_video_url(url) is None:
            errors["url"] = ValidationError(_("Use the address of a single YouTube or Vimeo video."))
        if film and not film.file.name.lower().endswith(VIDEO_FILE_EXTENSIONS):
            errors["file"] = ValidationError(_("Choose an MP4 or WebM film."))
        if film and not captions:
            errors["captions"] = ValidationError(_("Add captions for the film, as a WebVTT (.vtt) file."))
        if captions and not captions.file.name.lower().endswith(CAPTION_FILE_EXTENSIONS):
            errors["captions"] = ValidationError(_("Captions must be a WebVTT (.vtt) file."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        parsed = parse_video_url(value.get("url"))
        if parsed:
            provider, video_id = parsed
            context["provider"] = provider
            if provider == "youtube":
                context["embed_url"] = f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
            else:
                context["embed_url"] = f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1"
        return context


class NewsletterSignupBlock(blocks.StructBlock):
    """The newsletter sign-up form (the same one as in the footer), placed in a page."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=80,
        default=_("Get our newsletter"),
        help_text=_("For example 'Hear about new roles first'."),
    )
    text = blocks.TextBlock(
        label=_("Small print"),
        required=False,
        max_length=240,
        help_text=_("Optional. A sentence under the form, such as how often the newsletter comes out."),
    )

    class Meta:
        icon = "mail"
        template = "components/streamfield/newsletter_signup.html"
        description = _("A form where visitors sign up for the newsletter by email.")
        help_text = _("People confirm by email before they are added. Use it once on a page at most.")
        preview_value = {"heading": "Hear about new roles first", "text": "About one email a month."}


class CookieChoicesBlock(blocks.StructBlock):
    """What each optional service sets, from the Cookies settings, and the form to change the choice."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=80,
        default=_("Your cookie choices"),
        help_text=_("Shown above the list of cookies and the choices form."),
    )

    class Meta:
        icon = "cog"
        template = "components/streamfield/cookie_choices.html"
        description = _("The list of cookies the site sets and a form for visitors to change their choice.")
        help_text = _("Put this on the cookies page only. The list comes from Settings > Cookies.")
        preview_value = {"heading": "Your cookie choices"}


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers. Page types may extend it."""

    heading = HeadingBlock(label=_("Heading"))
    rich_text = RichTextBlock(label=_("Text"))
    image = FigureBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    action_link = ActionLinkBlock(label=_("Action link"))
    inset_text = InsetTextBlock(label=_("Inset text"))
    warning_callout = WarningCalloutBlock(label=_("Warning callout"))
    card_group = CardGroupBlock(label=_("Cards"))
    expander = ExpanderBlock(label=_("Expander"))
    table = TableBlock(label=_("Table"))
    document = DocumentBlock(label=_("Document download"))
    video = VideoBlock(label=_("Video"))
    newsletter_signup = NewsletterSignupBlock(label=_("Newsletter sign-up"))

    class Meta:
        block_counts = {"newsletter_signup": {"max_num": 1}}


class StandardPageStreamBlock(BodyStreamBlock):
    """The body of a standard page: the shared blocks, plus the cookie choices the cookies page needs.

    Only here, so a news post or the home page never offers a block that belongs on one page.
    """

    cookie_choices = CookieChoicesBlock(label=_("Cookie choices"))

    class Meta:
        block_counts = {"newsletter_signup": {"max_num": 1}, "cookie_choices": {"max_num": 1}}
