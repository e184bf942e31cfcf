"""Site-wide models: the image model and the settings editors manage."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable

ALT_TEXT_HELP = _(
    "Describe what the image shows for people who cannot see it, in one short sentence "
    "(for example 'Two volunteers laughing as they plant a raised bed'). Do not start "
    "with 'Image of'. Leave it empty only if you tick 'Decorative' below."
)


class HubImage(AbstractImage):
    """Images with alt text that editors must write (or mark as decorative).

    Wagtail's own ``description`` field holds the alt text; templates read it
    through ``default_alt_text`` so there is one source of truth.
    """

    description = models.CharField(
        verbose_name=_("alt text"),
        max_length=255,
        blank=True,
        default="",
        help_text=ALT_TEXT_HELP,
    )
    is_decorative = models.BooleanField(
        verbose_name=_("decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the meaning of the page, such as a "
            "background pattern. Screen readers will skip it."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "is_decorative")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def clean(self):
        super().clean()
        if not self.is_decorative and not self.description.strip():
            raise ValidationError(
                {"description": _("Write the alt text, or tick 'Decorative' if the image adds nothing.")}
            )

    @property
    def default_alt_text(self):
        return "" if self.is_decorative else self.description


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class TrustIdentity(BaseSiteSetting):
    """Who runs the site: shown in the header, the footer and structured data."""

    name = models.CharField(
        _("Trust name"),
        max_length=120,
        default="Riverside Mental Health NHS Foundation Trust",
        help_text=_("The Trust's full name, as it appears on letters."),
    )
    header_name = models.CharField(
        _("name in the header"),
        max_length=60,
        default="Riverside",
        help_text=_("A short form of the name for the page header, for example 'Riverside'."),
    )
    header_descriptor = models.CharField(
        _("line under the name"),
        max_length=80,
        blank=True,
        default="Mental Health NHS Foundation Trust",
        help_text=_("Shown in smaller text under the name in the header."),
    )
    logo = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Leave empty to show the NHS logo. Use a wide image with a clear background."),
    )
    address = models.TextField(_("postal address"), blank=True, help_text=_("One line for each part of the address."))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("The main number for involvement enquiries.")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("The main address for involvement enquiries."))
    accessibility_email = models.EmailField(
        _("accessibility contact email"),
        blank=True,
        help_text=_("Where people ask for information in another format or report an accessibility problem."),
    )
    registration_lines = models.TextField(
        _("registration lines"),
        blank=True,
        help_text=_("Small print for the footer, such as the registered office or charity number. One line each."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("header_name"), FieldPanel("header_descriptor"), FieldPanel("logo")],
            heading=_("Name and logo"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("accessibility_email")],
            heading=_("Contact details"),
        ),
        FieldPanel("registration_lines"),
    ]

    class Meta:
        verbose_name = _("Trust identity")


@register_setting(icon="list-ul")
class Navigation(ClusterableModel, BaseSiteSetting):
    """The menu at the top of every page and the links at the foot of it."""

    panels = [
        HelpPanel(
            content=_(
                "Choose pages for the menu and the footer. Leave the label empty to use the page's "
                "own title, which is then translated with the page."
            )
        ),
        InlinePanel("primary_links", heading=_("Menu links"), label=_("Menu link"), max_num=6),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("Footer link"), max_num=12),
    ]

    class Meta:
        verbose_name = _("Navigation")


class NavigationLinkBase(Orderable):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page this link goes to."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Optional. Leave empty to use the page's title."),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True


class PrimaryLink(NavigationLinkBase):
    setting = ParentalKey(Navigation, on_delete=models.CASCADE, related_name="primary_links")


class FooterLink(NavigationLinkBase):
    setting = ParentalKey(Navigation, on_delete=models.CASCADE, related_name="footer_links")
