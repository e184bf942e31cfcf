"""Site-wide models: the image model and the settings editors manage."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin

from hub.caching.lookups import SiteSettingLookups

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


class MainImageAltText(models.Model):
    """Alt text for a page's main image that belongs to the page, so translators translate it with the page.

    The image's own alt text is in English and shared by every page that uses
    it; wagtail-localize offers this field as a segment like the page's other
    words, so a Polish page describes its picture in Polish. Templates read
    ``hero_image_alt``. Add it to a page type beside its ``hero_image``.
    """

    hero_image_alt_text = models.CharField(
        _("alt text for the main image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Optional. Say what the picture shows, for people who cannot see it. Leave empty to use the "
            "image's own alt text. Translators translate this with the page, so each language has its own."
        ),
    )

    class Meta:
        abstract = True

    @property
    def hero_image_alt(self):
        """The page's own words for its main image; else the image's (empty when it is decorative)."""
        if self.hero_image is None:
            return ""
        return self.hero_image_alt_text or self.hero_image.default_alt_text


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class TrustIdentity(SiteSettingLookups, BaseSiteSetting):
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


class Menu(TranslatableMixin, ClusterableModel):
    """The menu at the top of every page and the links at its foot: one for each language.

    Editors make the English one and translate it like a page (wagtail-localize),
    which translates only the labels. Links keep pointing at the English pages;
    ``hub/navigation/menus.py`` shows each page's translation, and falls back to the
    English menu for a language whose menu nobody has translated yet.
    """

    panels = [
        HelpPanel(
            content=_(
                "Choose pages for the menu and the footer. Leave a label empty to use the page's own "
                "title, which is translated with the page. If you write a label, translate it too: "
                "open 'Translate' on this menu and choose the language. You only need to change the "
                "links here, in English; the other languages follow when you sync their translations."
            )
        ),
        InlinePanel("primary_links", heading=_("Menu links"), label=_("Menu link"), max_num=6),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("Footer link"), max_num=12),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu and footer links")
        verbose_name_plural = _("menus and footer links")
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_menu_per_language")]

    def __str__(self):
        return _("Menu and footer links (%(language)s)") % {"language": self.locale.get_display_name()}


class MenuLinkBase(TranslatableMixin, Orderable):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page this link goes to. Choose the English page: visitors get their language's version."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Optional. Leave empty to use the page's title. A label you write here needs translating."),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class MainMenuLink(MenuLinkBase):
    menu = ParentalKey(Menu, on_delete=models.CASCADE, related_name="primary_links")


class FooterMenuLink(MenuLinkBase):
    menu = ParentalKey(Menu, on_delete=models.CASCADE, related_name="footer_links")


@register_setting(icon="warning")
class SiteBanner(SiteSettingLookups, PreviewableMixin, BaseSiteSetting):
    """A short message shown at the top of every page, for a set time.

    ``is_showing`` decides; the template ``includes/site_banner.html`` draws it.
    The settings editor previews it on a page of the site (``previews/site_banner.html``),
    drawn as typed even while it is switched off, so an editor sees it before it shows.
    """

    class Style(models.TextChoices):
        INFO = "info", _("Information (blue)")
        URGENT = "urgent", _("Urgent (yellow warning)")

    enabled = models.BooleanField(
        _("show the banner"),
        default=False,
        help_text=_("Tick to show the banner. Untick to hide it at once, whatever the dates say."),
    )
    title = models.CharField(
        _("title"),
        max_length=60,
        blank=True,
        help_text=_("Optional. A few words above the message. Leave empty to use 'Important'."),
    )
    message = RichTextField(
        _("message"),
        features=["bold", "link"],
        blank=True,
        help_text=_(
            "One or two short sentences, for example 'Our offices are closed on Monday. "
            "Call 111 if you need help now.' You can add a link."
        ),
    )
    style = models.CharField(
        _("style"),
        max_length=10,
        choices=Style.choices,
        default=Style.INFO,
        help_text=_("Use 'Urgent' only when people need to act, such as a closure or a safety message."),
    )
    starts_at = models.DateTimeField(
        _("show from"),
        null=True,
        blank=True,
        help_text=_("Optional. The banner appears at this date and time. Leave empty to show it straight away."),
    )
    ends_at = models.DateTimeField(
        _("show until"),
        null=True,
        blank=True,
        help_text=_(
            "Optional. The banner disappears at this date and time. Leave empty to show it until you untick it."
        ),
    )

    panels = [
        # A neutral icon: the default for a tick box is a ticked box, whatever the box's state.
        FieldPanel("enabled", icon="view"),
        MultiFieldPanel([FieldPanel("title"), FieldPanel("message"), FieldPanel("style")], heading=_("What it says")),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When it shows")),
    ]

    class Meta:
        verbose_name = _("Site-wide banner")

    def get_preview_template(self, request, mode_name):
        return "previews/site_banner.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "preview_banner": self}

    def clean(self):
        super().clean()
        if self.enabled and not self.message:
            raise ValidationError({"message": _("Write the message, or untick 'Show the banner'.")})
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})

    def is_showing(self, now=None):
        """True when the banner is switched on, has a message and is inside its time window."""
        now = now or timezone.now()
        return (
            self.enabled
            and bool(self.message)
            and (self.starts_at is None or self.starts_at <= now)
            and (self.ends_at is None or now < self.ends_at)
        )


@register_setting(icon="globe")
class SocialLinks(SiteSettingLookups, ClusterableModel, BaseSiteSetting):
    """The Trust's social media accounts, listed in the footer."""

    panels = [InlinePanel("links", heading=_("Social media accounts"), label=_("Account"), max_num=8)]

    class Meta:
        verbose_name = _("Social media links")


class SocialLink(Orderable):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        X = "x", "X (Twitter)"
        BLUESKY = "bluesky", "Bluesky"
        YOUTUBE = "youtube", "YouTube"
        LINKEDIN = "linkedin", "LinkedIn"
        TIKTOK = "tiktok", "TikTok"

    setting = ParentalKey(SocialLinks, on_delete=models.CASCADE, related_name="links")
    platform = models.CharField(
        _("site"),
        max_length=20,
        choices=Platform.choices,
        help_text=_("Which social media site this account is on."),
    )
    url = models.URLField(
        _("web address"),
        help_text=_("The full address of the Trust's page, for example https://www.instagram.com/riverside."),
    )

    panels = [FieldPanel("platform"), FieldPanel("url")]


@register_setting(icon="link")
class GetInvolvedCallToAction(SiteSettingLookups, BaseSiteSetting):
    """The default "get involved" link that news posts, events and pages end with.

    Other apps show it with ``{% include "components/call_to_action.html" %}``
    or read it with the ``{% default_call_to_action %}`` tag in ``hub_tags``.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the link goes, usually the 'Get involved' page. Leave empty to show no link."),
    )
    label = models.CharField(
        _("link text"),
        max_length=60,
        blank=True,
        help_text=_(
            "Optional. Words that say what happens, for example 'Find a role that suits you'. "
            "Leave empty to use the page's title, which is then translated with the page."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta:
        verbose_name = _("Get involved link")


@register_setting(icon="help")
class UrgentHelp(SiteSettingLookups, BaseSiteSetting):
    """Where to get help now: shown at the top of every page and before every form about experiences.

    The words for each national service are the site's own, translated in the
    interface catalogues; editors choose which to show and may add the
    Trust's own crisis line. ``includes/urgent_help.html`` draws it.
    """

    show_nhs_111 = models.BooleanField(
        _("NHS 111, option 2"),
        default=True,
        help_text=_("The NHS mental health crisis line, open 24 hours. Keep this ticked unless the law changes."),
    )
    show_999 = models.BooleanField(
        _("999 and A&E"), default=True, help_text=_("For when someone's life is at risk now.")
    )
    show_samaritans = models.BooleanField(
        _("Samaritans, 116 123"), default=True, help_text=_("Free to call, any time, day or night.")
    )
    show_shout = models.BooleanField(
        _("Shout, text 85258"), default=True, help_text=_("A free text service for people who would rather not talk.")
    )
    local_line_name = models.CharField(
        _("your crisis line's name"),
        max_length=80,
        blank=True,
        help_text=_("Optional. For example 'Riverside crisis team'. Shown in English on every language's pages."),
    )
    local_line_phone = models.CharField(
        _("your crisis line's phone number"),
        max_length=20,
        blank=True,
        help_text=_("Optional. Written as people dial it, for example '0300 123 4000'."),
    )
    local_line_hours = models.CharField(
        _("when your crisis line is open"),
        max_length=80,
        blank=True,
        help_text=_("Optional. For example '24 hours, every day'."),
    )

    panels = [
        HelpPanel(
            content=_(
                "People in crisis look for this first. The box 'Need help now?' is at the top of every page, "
                "and before the forms where people write about their experiences."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("show_nhs_111"),
                FieldPanel("show_999"),
                FieldPanel("show_samaritans"),
                FieldPanel("show_shout"),
            ],
            heading=_("National services"),
        ),
        MultiFieldPanel(
            [FieldPanel("local_line_name"), FieldPanel("local_line_phone"), FieldPanel("local_line_hours")],
            heading=_("Your own crisis line"),
        ),
    ]

    class Meta:
        verbose_name = _("Urgent help")

    def clean(self):
        super().clean()
        if bool(self.local_line_name) != bool(self.local_line_phone):
            raise ValidationError(
                {
                    "local_line_phone" if self.local_line_name else "local_line_name": _(
                        "Give both the crisis line's name and its phone number, or neither."
                    )
                }
            )
        if not (self.show_nhs_111 or self.show_999 or self.show_samaritans or self.show_shout or self.local_line_phone):
            raise ValidationError(_("Show at least one way to get help now."))

    @property
    def phone_link(self):
        """The crisis line's number for a ``tel:`` link: digits and a leading plus only."""
        return "".join(character for character in self.local_line_phone if character.isdigit() or character == "+")


class RateLimitAttempt(models.Model):
    """One accepted attempt (or one wrong guess) counted by a rate limit: see hub/protection/ratelimit.py.

    Kept in the database rather than the cache so limits hold, and forms keep
    working, when Redis is down. ``key`` is a keyed hash of the scope and the
    visitor's address (never the address itself); each row is deleted once it
    expires, so no row outlives its limit's period.
    """

    key = models.CharField(max_length=64)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("rate-limit attempt")
        indexes = [models.Index(fields=["key", "expires_at"], name="hub_ratelimit_key_expires")]

    def __str__(self):
        return f"{self.key[:8]}… until {self.expires_at:%Y-%m-%d %H:%M}"


class PageReview(models.Model):
    """When a page is next checked to be still right, and what to check.

    Who checks it is the page's owner (Wagtail's ``Page.owner``, set on the same
    form). ``send_editor_reminders`` emails owners when the date passes, and
    Reports → Pages due for review lists them (``hub.editors.reviews``).
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="review",
        help_text=_("The page to check."),
    )
    review_by = models.DateField(
        _("review by"),
        help_text=_("The date by which the page's owner checks the page is still accurate and up to date."),
    )
    note = models.CharField(
        _("what to check"),
        max_length=255,
        blank=True,
        help_text=_("Optional: what is likely to go out of date, such as dates, prices or contact details."),
    )

    class Meta:
        verbose_name = _("page review date")
        verbose_name_plural = _("page review dates")
        ordering = ["review_by"]

    def __str__(self):
        return f"{self.page.title} ({self.review_by:%Y-%m-%d})"
