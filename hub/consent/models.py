"""Optional services (analytics and the like) that may load only after a visitor agrees.

With no service listed, the site shows no cookie banner and loads nothing
optional. Each service added here is offered by category in the banner and
described on the cookies page.
"""

from django.core.validators import URLValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from hub.caching.lookups import SiteSettingLookups


class Category(models.TextChoices):
    FUNCTIONAL = "functional", _("Functional")
    ANALYTICS = "analytics", _("Analytics")
    PERFORMANCE = "performance", _("Performance")
    MARKETING = "marketing", _("Marketing")


CATEGORY_DESCRIPTIONS = {
    Category.FUNCTIONAL: _("Extra features, such as a chat window or a map."),
    Category.ANALYTICS: _("Counting visits and how people use the site, so we can improve it."),
    Category.PERFORMANCE: _("Checking the site is fast and working for everyone."),
    Category.MARKETING: _("Showing or measuring adverts and campaigns on other websites."),
}


@register_setting(icon="cog")
class CookieSettings(SiteSettingLookups, ClusterableModel, BaseSiteSetting):
    cookies_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("cookies page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page that explains cookies. Add a 'Cookie choices' section to it so visitors can change their mind. "
            "The banner's 'Choose' link goes there."
        ),
    )

    panels = [
        HelpPanel(
            content=_(
                "The site sets no optional cookies and shows no cookie banner until you add a service below. "
                "When you add one, visitors are asked first, and the service loads only for those who agree."
            )
        ),
        FieldPanel("cookies_page"),
        InlinePanel("services", heading=_("Optional services"), label=_("Service"), max_num=20),
    ]

    class Meta:
        verbose_name = _("Cookies")

    @cached_property
    def optional_services(self):
        """The services, fetched once: ``for_request`` gives every part of a request this same object."""
        return list(self.services.all()) if self.pk else []

    def prepare_for_cache(self):
        # Every page's consent banner and scripts read the services.
        self.__dict__["optional_services"] = self.optional_services


class OptionalService(Orderable):
    setting = ParentalKey(CookieSettings, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(
        _("name"), max_length=80, help_text=_("The service's name as visitors know it, for example 'Site statistics'.")
    )
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
        help_text=_("Visitors agree by category. Pick the one that best describes what the service is for."),
    )
    description = models.TextField(
        _("what it does"),
        max_length=400,
        help_text=_("One or two plain sentences for visitors: what it does and who runs it."),
    )
    cookies = models.TextField(
        _("cookies it sets"),
        max_length=1000,
        help_text=_(
            "One cookie a line: its name, what it is for and how long it lasts, e.g. '_stats – counts visits – 1 year'."
        ),
    )
    script_url = models.URLField(
        _("script address"),
        max_length=500,
        validators=[URLValidator(schemes=["https"])],
        help_text=_(
            "The https address of the service's script. It is loaded only for visitors who agree. "
            "Pasting code is not possible, on purpose."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("cookies"),
        FieldPanel("script_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("optional service")

    def __str__(self):
        return self.name

    def cookie_lines(self):
        return [line.strip() for line in self.cookies.splitlines() if line.strip()]
