"""The home page of each language and the general-purpose standard page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import SIMPLE_RICH_TEXT_FEATURES, BodyStreamBlock
from hub.routing import PublicPageMixin
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin


class HomePage(PublicPageMixin, RestrictionsAcrossLanguagesMixin, Page):
    """The front page: says what co-production is and routes people onward.

    There is one home page for each language; translations are made with
    the Translate button, never by adding a second home page.
    """

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The big welcome at the top of the page, for example 'Help shape our services'."),
    )
    hero_text = models.CharField(
        _("hero text"),
        max_length=250,
        blank=True,
        help_text=_("One sentence under the heading that says who the site is for."),
    )
    hero_image = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A wide, calm photo or illustration. Its alt text is read out to screen reader users."),
    )
    introduction = RichTextField(
        _("introduction"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A short paragraph explaining co-production in plain words."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("page body"),
        blank=True,
        help_text=_("The rest of the page. Add sections with the + button."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel(
            "featured_roles",
            heading=_("Featured roles"),
            help_text=_("Roles to show on the home page. Leave empty to show the open roles closing soonest."),
            max_num=3,
        ),
        InlinePanel(
            "featured_posts",
            heading=_("Featured posts"),
            label=_("Featured post"),
            max_num=3,
            help_text=_("Optional. Up to three posts to show first. Empty places show the latest posts."),
        ),
        InlinePanel(
            "featured_events",
            heading=_("Featured events"),
            label=_("Featured event"),
            max_num=2,
            help_text=_("Optional. Up to two upcoming events to show first. Empty places show the next events."),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "blog.BlogIndexPage",
        "opportunities.OpportunityIndexPage",
        "stories.StoryFormPage",
    ]
    max_count = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_meta_description(self):
        return self.search_description or self.hero_text

    @property
    def localized(self):
        """This home page in the active language.

        ``hub.routing.SiteRootMiddleware`` keeps the answer on the site's home
        page, cached for the request's language, so Wagtail's routing needs no
        query for it.
        """
        return self.__dict__.get("cached_localized") or super().localized


class StandardPage(PublicPageMixin, RestrictionsAcrossLanguagesMixin, Page):
    """A plain page of text: about co-production, accessibility, privacy, cookies."""

    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences that sum up the page. Shown under the title and in search results."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("page body"),
        help_text=_("The content of the page. Add sections with the + button."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction", boost=1.5), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")

    def get_meta_description(self):
        return self.search_description or self.introduction
