"""The Easy Read page's one block: a picture and one or two short sentences."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class EasyReadRowBlock(blocks.StructBlock):
    """One idea: a picture on the left (on the right in Arabic) and up to two short sentences beside it.

    The alt text is a text field of the block, not the image's own, so
    translators translate it with the page (wagtail-localize offers it).
    """

    image = ImageChooserBlock(
        label=_("Picture"), help_text=_("A clear, simple picture of the one idea in this row: a photo or a symbol.")
    )
    alt_text = blocks.CharBlock(
        label=_("What the picture shows"),
        max_length=150,
        help_text=_("A few words read out to people who cannot see the picture, for example 'A person on the phone'."),
    )
    text = blocks.TextBlock(
        label=_("Sentences"),
        max_length=200,
        help_text=_("One idea in one or two short sentences. Use everyday words and no abbreviations."),
    )

    class Meta:
        icon = "image"
        label = _("Picture and sentences")
        template = "components/streamfield/easy_read_row.html"
        description = _("One row of an Easy Read page: a picture on the left and one idea in short sentences.")
        help_text = _("Keep to one idea per row.")
