"""Blocks only posts use: a pull quote and "you said, we did" pairs.

``BlogStreamBlock`` is the shared body (``hub.blocks.BodyStreamBlock``) plus
these two; add post-only blocks here. The pull quote is the shared
``hub.blocks.QuoteBlock`` shown in large type, not a block of its own.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import BodyStreamBlock, QuoteBlock


class YouSaidWeDidPairBlock(blocks.StructBlock):
    you_said = blocks.TextBlock(
        label=_("You said"),
        max_length=300,
        help_text=_("What people told us, in their words where you can, for example 'Days on the ward are boring'."),
    )
    we_did = blocks.TextBlock(
        label=_("We did"),
        max_length=400,
        help_text=_("What changed because of it, for example 'We created 41 activity assistant roles'."),
    )

    class Meta:
        icon = "arrow-right"
        label = _("Pair")


class YouSaidWeDidBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=80,
        default=_("You said, we did"),
        help_text=_("Usually 'You said, we did'."),
    )
    pairs = blocks.ListBlock(YouSaidWeDidPairBlock(), min_num=1, max_num=10, label=_("What you said and what we did"))

    class Meta:
        icon = "list-ul"
        template = "components/streamfield/you_said_we_did.html"
        description = _("Pairs of 'you said' and 'we did', to show what changed because people spoke up.")
        help_text = _("Only include changes that have really happened.")
        preview_value = {
            "heading": "You said, we did",
            "pairs": [
                {
                    "you_said": "Days on the ward can feel long and empty.",
                    "we_did": "We created activity assistant volunteer roles on every ward.",
                }
            ],
        }


class BlogStreamBlock(BodyStreamBlock):
    """The shared body blocks plus the blocks posts need."""

    pull_quote = QuoteBlock(
        label=_("Pull quote"),
        template="components/streamfield/pull_quote.html",
        description=_("A sentence from the post shown in large type, to catch the eye of someone skimming."),
        help_text=_("Repeat words that are already in the post. To quote a person, use a quote block instead."),
        preview_value={"quote": "Nobody was there as a diagnosis. Everyone was there as a partner."},
    )
    you_said_we_did = YouSaidWeDidBlock(label=_("You said, we did"))
