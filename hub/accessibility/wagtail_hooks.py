"""Wagtail's content checker, tuned to what editors can fix on our pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

# Alt text that says nothing: file names, camera names and "image of …".
POOR_ALT_TEXT = (
    r"\.(avif|gif|jpg|jpeg|png|svg|webp)$"
    r"|_"
    r"|^(img|dsc|pxl|image|photo|picture)[-_ ]?\d+$"
    r"|^(an? |the )?(image|picture|photo|photograph|graphic|icon) of\b"
    r"|^(image|picture|photo|photograph|graphic|icon|logo|placeholder)$"
)


class HubContentChecker(ContentCheckerItem):
    """Checks the main content only: the header and footer are not the editor's to fix."""

    axe_include = ["main"]
    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "image-redundant-alt",
        "duplicate-id-aria",
    ]
    axe_custom_checks = [
        {"id": "check-image-alt-text", "options": {"pattern": POOR_ALT_TEXT}},
        {"id": "check-empty-meta-description"},
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "alt-text-quality": {
            "error_name": _("Image alt text does not describe the image"),
            "help_text": _(
                "Describe what the image shows in one short sentence. Do not use the file name "
                "or start with 'Image of'. Edit the image to change its alt text."
            ),
        },
        "image-alt": {
            "error_name": _("Image has no alt text"),
            "help_text": _("Edit the image and write its alt text, or tick 'Decorative' if it adds nothing."),
        },
        "image-redundant-alt": {
            "error_name": _("Alt text repeats the text next to the image"),
            "help_text": _("Say what the image adds, or tick 'Decorative' if the caption says it all."),
        },
        "duplicate-id-aria": {
            "error_name": _("Two parts of the page share an anchor name"),
            "help_text": _("Give each heading or anchor on the page a different name."),
        },
        "empty-meta-description": {
            "error_name": _("The page has no search description"),
            "help_text": _("Write one or two sentences under 'Search description' on the Promote tab."),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_hub_content_checker(request, items, page):
    """Swap Wagtail's content checker for ours, in the userbar and in the editor's preview."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, HubContentChecker):
            items[index] = HubContentChecker(in_editor=item.in_editor)
