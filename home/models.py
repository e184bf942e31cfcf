"""The home page of each language and the general-purpose standard page."""

from django.db import models
from django.db.models import Case, F, OuterRef, Subquery, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from blog.models import BlogIndexPage, BlogPage, EventPage
from blog.models.events import soonest_end
from home.blocks import EasyReadRowBlock
from home.easy_read import EasyReadVersionMixin
from hub.blocks import SIMPLE_RICH_TEXT_FEATURES, BodyStreamBlock, StandardPageStreamBlock
from hub.caching.lookups import RouteLookups, remembered
from hub.i18n.pages import SynchronisedSlugMixin
from hub.models import MainImageAltText
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin
from hub.visibility.rules import visible_q
from opportunities.models import OpportunityIndexPage, OpportunityPage, roles_change_at

HOME_ROLES = 3
HOME_POSTS = 3
HOME_EVENTS = 2


def chosen_then_latest(candidates, chosen, field, limit):
    """Up to ``limit`` of ``candidates``: the editor's choices first, in their order, then the first of the rest.

    The one rule for everything the home page features, in one query:
    ``chosen`` holds the editor's choices (the page's orderable rows, whose
    ``field`` points at a candidate); each candidate is ranked by its place
    among them, then by ``candidates``' own order. A choice that is no longer
    in ``candidates`` (a closed role, an ended event, an unpublished page)
    drops out, and its place is filled in ``candidates``' order. In a preview
    the choices are the unsaved rows in memory, so their ids go into the query.
    """
    if isinstance(chosen, models.QuerySet):
        chosen_ids = chosen.values(field)
        place = Subquery(chosen.filter(**{field: OuterRef("pk")}).values("sort_order")[:1])
    else:
        ids = [getattr(item, f"{field}_id") for item in chosen]
        chosen_ids = candidates.filter(pk__in=ids).values("pk")
        whens = [When(pk=pk, then=Value(n)) for n, pk in enumerate(ids)]
        place = Case(*whens, default=None) if whens else Value(None, output_field=models.IntegerField())
    ordering = candidates.query.order_by or candidates.model._meta.ordering
    # Only the choices and the first ``limit`` candidates can make the list, so
    # only they are ranked: ranking every candidate took 17 ms of a 62 ms home
    # page with 5,000 posts on PostgreSQL (make bench), this takes under 1 ms.
    # One list of ids (a UNION) lets PostgreSQL fetch just those rows by key.
    first = candidates.model.objects.filter(pk__in=candidates.order_by(*ordering).values("pk")[:limit])
    shortlist = chosen_ids.order_by().union(first.order_by().values("pk"), all=True)
    ranked = candidates.filter(pk__in=shortlist).annotate(chosen_place=place)
    return list(ranked.order_by(F("chosen_place").asc(nulls_last=True), *ordering)[:limit])


class HomePage(
    MainImageAltText, EasyReadVersionMixin, RouteLookups, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page
):
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
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt_text"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel(
            "featured_roles",
            heading=_("Featured roles"),
            label=_("Featured role"),
            max_num=HOME_ROLES,
            help_text=_("Optional. Up to three roles to show first. Empty places show the open roles closing soonest."),
        ),
        InlinePanel(
            "featured_posts",
            heading=_("Featured posts"),
            label=_("Featured post"),
            max_num=HOME_POSTS,
            help_text=_("Optional. Up to three posts to show first. Empty places show the latest posts."),
        ),
        InlinePanel(
            "featured_events",
            heading=_("Featured events"),
            label=_("Featured event"),
            max_num=HOME_EVENTS,
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
        "home.EasyReadPage",
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

    def listing_indexes(self):
        """This page's news and roles listings, by type: the "see all" links.

        Kept under the content version (only publishing, moving or restricting
        a page changes them): one query less on every home page, which took the
        Polish home page from 11 queries to 10 (hub/tests/test_queries.py).
        """
        indexes = Page.objects.live().child_of(self).filter(visible_q()).type(BlogIndexPage, OpportunityIndexPage)
        return {index.specific_class: index for index in indexes.only("path", "depth", "url_path", "content_type")}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = HomeListing(self)
        return context


class HomeListing:
    """The roles, posts and events a home page features (see ``chosen_then_latest``).

    Roles are this language's open ones, closing soonest first; posts are the
    latest (an event counts once it has ended); events the soonest upcoming
    ones. Each list is read when the template first asks for it, so a listing
    kept by ``{% listing_cache %}`` (``hub.caching.fragments``) costs no query.
    """

    def __init__(self, home):
        self.home = home
        self.now = timezone.now()

    @cached_property
    def roles(self):
        home = self.home
        roles = OpportunityPage.objects.live().public().open().filter(locale_id=home.locale_id).closing_soonest()
        return chosen_then_latest(roles.select_related("locale"), home.featured_roles.all(), "role", HOME_ROLES)

    @cached_property
    def posts(self):
        posts = BlogPage.objects.listing().descendant_of(self.home).exclude(eventpage__end__gt=self.now)
        return chosen_then_latest(posts, self.home.featured_posts.all(), "post", HOME_POSTS)

    @cached_property
    def events(self):
        events = EventPage.objects.upcoming(self.now).descendant_of(self.home)
        return chosen_then_latest(events, self.home.featured_events.all(), "event", HOME_EVENTS)

    @cached_property
    def _indexes(self):
        return remembered(f"home-indexes:{self.home.pk}", self.home.listing_indexes)

    @property
    def roles_index(self):
        return self._indexes.get(OpportunityIndexPage)

    @property
    def news_index(self):
        return self._indexes.get(BlogIndexPage)

    @property
    def changes_at(self):
        """When time alone changes the lists read so far: an event ends (it leaves "Coming up" for the news),
        or a role's card changes. Asked once a fragment is built, so a list another fragment kept is not read."""
        read = self.__dict__
        moments = [
            soonest_end(read["events"], self.now) if "events" in read else None,
            roles_change_at(read["roles"]) if "roles" in read else None,
        ]
        return min(filter(None, moments), default=None)


class StandardPage(EasyReadVersionMixin, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page):
    """A plain page of text: about co-production, accessibility, privacy, cookies."""

    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences that sum up the page. Shown under the title and in search results."),
    )
    body = StreamField(
        StandardPageStreamBlock(),
        verbose_name=_("page body"),
        help_text=_("The content of the page. Add sections with the + button."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction", boost=1.5), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.EasyReadPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")

    def get_meta_description(self):
        return self.search_description or self.introduction


class EasyReadPageQuerySet(PageQuerySet):
    def versions_of(self, page):
        """Live, public Easy Read versions of ``page`` in any language, the one in ``page``'s language first.

        wagtail-localize keeps links to pages as they are (it localizes them
        when shown), so the match is on the standard page's translation key.
        """
        same_language_first = Case(When(locale_id=page.locale_id, then=0), default=1)
        return (
            self.live()
            .filter(visible_q(), standard_version__translation_key=page.translation_key)
            .select_related("locale")
            .order_by(same_language_first, "pk")
        )


class EasyReadPage(RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page):
    """An Easy Read version of another page: one picture and one idea per row, in large text.

    Linked both ways: this page links to its standard version, and the
    standard version links here (``home.easy_read``). Translate it like any page.
    """

    standard_version = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("standard version"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="easy_read_versions",
        help_text=_(
            "The page this is the Easy Read version of. That page will link here, and this page back to it. "
            "In a translation, the links go to the same language where there is one."
        ),
    )
    body = StreamField(
        [("row", EasyReadRowBlock())],
        verbose_name=_("rows"),
        help_text=_(
            "One row for each idea, in the order people should read them. Aim for no more than 15 rows on a page."
        ),
    )

    objects = PageManager.from_queryset(EasyReadPageQuerySet)()

    content_panels = [*Page.content_panels, PageChooserPanel("standard_version"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    template = "pages/easy_read_page.html"

    class Meta:
        verbose_name = _("Easy Read page")
        verbose_name_plural = _("Easy Read pages")
