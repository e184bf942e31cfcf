"""A post: news, a story or a report, with its authors, tags and neighbours."""

import datetime
import functools
import math

from django import forms
from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from blog.blocks import BlogStreamBlock
from blog.models import json_ld
from blog.models.choices import PostType
from blog.models.forms import BlogPageForm
from blog.models.snippets import Author
from home.easy_read import EasyReadVersionMixin
from hub.caching.lookups import remembered
from hub.i18n.pages import SynchronisedSlugMixin
from hub.i18n.snippets import localised
from hub.models import MainImageAltText
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin
from hub.visibility.rules import visible_q

WORDS_PER_MINUTE = 200
RELATED_POSTS = 3
# What a post card (templates/components/post_card.html) and its link need.
CARD_FIELDS = (
    "path",
    "depth",
    "url_path",
    "title",
    "locale_id",
    "alias_of_id",
    "content_type_id",
    "date",
    "post_type",
    "summary",
    "hero_image",
    "hero_image_alt_text",
    "eventpage",
    "eventpage__start",
    "eventpage__end",
    "eventpage__is_online",
    "eventpage__venue_name",
    "eventpage__venue_address",
)


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPageQuerySet(PageQuerySet):
    def public(self):
        """Pages visitors may see in any language, checked inside this query (see ``hub.visibility``)."""
        return self.filter(visible_q())

    def listing(self):
        """Live, public posts with everything a post card shows, in a fixed number of queries."""
        return self.live().public().cards()

    def cards(self):
        """Posts with everything a post card shows, newest first; a card shows no text, so no StreamFields."""
        return (
            self.select_related("eventpage", "hero_image")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
            .defer("eventpage__write_up")
            .order_by("-date", "-pk")
        )


BlogPageManager = PageManager.from_queryset(BlogPageQuerySet)


class BlogPageAuthor(Orderable):
    page = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="post_authors")
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose someone from the list, or add a new author there first."),
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")


class BlogPage(MainImageAltText, EasyReadVersionMixin, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page):
    """A news item, story or report. Events use ``EventPage``, which extends this."""

    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("The date readers see on the post. Posts are listed newest first by this date."),
    )
    post_type = models.CharField(
        _("type of post"),
        max_length=10,
        choices=PostType.choices,
        default=PostType.NEWS,
        help_text=_(
            "News: something that happened or is changing. Story: someone's own experience. "
            "Report: a paper or report with findings. To write about an event, add an event page instead."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One or two plain sentences that say what the post is about. Shown in lists of posts, "
            "search results, links shared on social media and the news feed."
        ),
    )
    hero_image = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. Shown at the top of the post, on its card in lists and when the post is shared. "
            "Use a wide picture; only use photos of people who have agreed to it."
        ),
    )
    body = StreamField(
        BlogStreamBlock(),
        verbose_name=_("post"),
        blank=True,
        help_text=_(
            "The post itself. Add paragraphs, headings, pictures, quotes and 'you said, we did' pairs "
            "with the + button. Short paragraphs and plain words help everyone."
        ),
    )
    categories = ParentalManyToManyField(
        "blog.Category",
        verbose_name=_("categories"),
        blank=True,
        related_name="posts",
        help_text=_("Optional. Tick the broad subjects this post is about. Readers can filter posts by them."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=BlogPageTag,
        blank=True,
        help_text=_(
            "Optional. Specific words readers might look for, such as 'carers' or 'Recovery Academy'. "
            "Press Enter after each tag."
        ),
    )
    call_to_action = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("next step page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. The page readers are sent to at the end of the post: a role, the 'Get involved' page "
            "or the 'Share your story' form. Leave empty to use the default set on the news index."
        ),
    )
    call_to_action_text = models.CharField(
        _("next step link text"),
        max_length=80,
        blank=True,
        help_text=_(
            "Optional. Words for that link, for example 'Become a peer mentor'. Leave empty to use the page's title."
        ),
    )

    objects = BlogPageManager()
    base_form_class = BlogPageForm

    # Parts of the editing form ``EventPage`` shares, around its own panels.
    summary_panels = [FieldPanel("summary"), FieldPanel("hero_image"), FieldPanel("hero_image_alt_text")]
    closing_panels = [
        InlinePanel(
            "post_authors",
            heading=_("Authors"),
            label=_("Author"),
            help_text=_("Optional. Who wrote it, in the order they should appear."),
        ),
        MultiFieldPanel(
            [FieldPanel("categories", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Categories and tags"),
        ),
        MultiFieldPanel(
            [FieldPanel("call_to_action"), FieldPanel("call_to_action_text")],
            heading=_("What readers can do next"),
        ),
    ]
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("post_type")], heading=_("Date and type")),
        *summary_panels,
        FieldPanel("body"),
        *closing_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.AutocompleteField("summary"),
        index.SearchField("body"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("post_type"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    template = "pages/blog_page.html"
    og_type = "article"

    class Meta:
        verbose_name = _("news, story or report")
        verbose_name_plural = _("news, stories and reports")
        # Listings, the home page and a post's neighbours take the newest posts
        # by (date, id): with the index they read a few rows instead of sorting all.
        indexes = [models.Index(fields=["date", "page_ptr"], name="blog_blogpage_date_id")]

    def get_meta_description(self):
        return self.search_description or self.summary

    @cached_property
    def event(self):
        """This post's event details, or None.

        No query for a post served on its own (its type is known) or listed
        with ``BlogPage.objects.listing()`` (the event is fetched with it).
        """
        if type(self) is BlogPage and self.specific_class is BlogPage:
            return None
        try:
            return self.eventpage
        except ObjectDoesNotExist:
            return None

    def listing_label(self, now=None):
        """The label on a post's card: its type, or whether an event is still to come."""
        event = self.event
        if event is None:
            return self.get_post_type_display()
        return _("Upcoming event") if event.is_upcoming(now) else _("Event write-up")

    def text_streams(self):
        return [self.body]

    @cached_property
    def reading_time(self):
        """Minutes to read the post's text at 200 words a minute (at least one)."""
        words = 0
        for stream in self.text_streams():
            for text in stream.stream_block.get_searchable_content(stream):
                words += len(str(text).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def authors(self):
        """The post's authors in the post's language where translated, fetched once for this page object."""
        if "_authors" not in self.__dict__:
            authors = [item.author for item in self.post_authors.select_related("author__locale", "author__photo")]
            self._authors = localised(authors, self, select_related=["photo"])
        return self._authors

    def category_list(self):
        """The post's categories in the post's language where translated, fetched once for this page object."""
        if "_categories" not in self.__dict__:
            self._categories = localised(self.categories.select_related("locale"), self)
        return self._categories

    # The order a post's "Older" and "Newer" links follow: posts and event write-ups by their date.
    # ``EventPage`` follows its start time among events.
    neighbour_order = "date"

    def neighbour_candidates(self):
        """The pages this post's "Older" and "Newer" links choose from: every live, public post beside it."""
        return BlogPage.objects.live().public().sibling_of(self, inclusive=False)

    @staticmethod
    def neighbour_place(post):
        """Where ``post`` (a card) stands in ``neighbour_order``, or None if it is not among the candidates."""
        return post.date

    @cached_property
    def _around(self):
        """The older and newer neighbours and the related posts, in one small query.

        Three sub-queries each read the first rows of an index and stop early:
        the nearest older and the nearest newer neighbour (by
        ``neighbour_order``, then id), and the ``RELATED_POSTS`` newest
        siblings that share a category (by translation key: a sibling may use
        the English or the translated category). The outer query fetches
        those few rows, and this post's own for its hero image and
        renditions, with what a card shows.
        """
        order = self.neighbour_order
        here = (getattr(self, order), self.pk)
        neighbours = self.neighbour_candidates()
        older = neighbours.filter(Q(**{f"{order}__lt": here[0]}) | Q(**{order: here[0], "pk__lt": self.pk}))
        newer = neighbours.filter(Q(**{f"{order}__gt": here[0]}) | Q(**{order: here[0], "pk__gt": self.pk}))
        wanted = (
            Q(pk=self.pk)
            | Q(pk__in=older.order_by(f"-{order}", "-pk").values("pk")[:1])
            | Q(pk__in=newer.order_by(order, "pk").values("pk")[:1])
        )
        keys = [category.translation_key for category in self.category_list()]
        in_category = BlogPage.categories.through.objects.filter(category__translation_key__in=keys)
        # The sub-queries check what visitors may see; this post is the one being shown.
        # Renditions come from Wagtail's renditions cache, one look-up per image, rather than a query.
        rows = BlogPage.objects.cards().prefetch_related(None).only(*CARD_FIELDS)
        if keys:
            siblings = BlogPage.objects.live().public().sibling_of(self, inclusive=False)
            related = siblings.filter(pk__in=in_category.values("blogpage_id")).order_by("-date", "-pk")
            wanted |= Q(pk__in=related.values("pk")[:RELATED_POSTS])
            rows = rows.annotate(related=Exists(in_category.filter(blogpage_id=OuterRef("pk"))))
        rows = list(rows.filter(wanted))
        itself = next((row for row in rows if row.pk == self.pk), None)
        # A related post may be older or newer too: the neighbours are the nearest on each side.
        placed = {row: (self.neighbour_place(row), row.pk) for row in rows if row.pk != self.pk}
        placed = {row: place for row, place in placed.items() if place[0] is not None}
        return {
            "older": max((row for row, place in placed.items() if place < here), key=placed.get, default=None),
            "newer": min((row for row, place in placed.items() if place > here), key=placed.get, default=None),
            # Newest first; a neighbour that shares a category counts too.
            "related": [row for row in rows if row.pk != self.pk and getattr(row, "related", False)][:RELATED_POSTS],
            "hero_image": itself.hero_image if itself is not None else None,
        }

    def surroundings(self, request):
        """``_around`` for the page being served: kept under the content version, as only publishing changes it.

        It took about a third of a post's CPU (five sub-queries to build and
        compile) and one query; remembered, none. A preview shows the draft's own.
        """
        if getattr(request, "is_preview", False):
            return self._around
        return remembered(f"post-surroundings:{self.pk}", lambda: self._around)

    def related_posts(self):
        """Up to ``RELATED_POSTS`` other live posts that share a category, newest first."""
        return self._around["related"]

    def previous_and_next(self):
        """The older and the newer neighbouring posts in the same listing."""
        return self._around["older"], self._around["newer"]

    def get_call_to_action(self, blog_index):
        """The page the post ends by sending readers to, and the link text.

        The post's own choice first, then the news index's default, then the
        home page; a choice that is unpublished or restricted (``hub.visibility``)
        is passed over. One query: the index's default is read inside it, so
        ``blog_index`` may be a plain ``Page`` (the parent routing gave).
        """
        default = apps.get_model("blog", "BlogIndexPage").objects.filter(pk=blog_index.pk)
        choices = Q(pk__in=default.values("default_call_to_action"))
        preference = Value(1)
        if self.call_to_action_id:
            choices |= Q(pk=self.call_to_action_id)
            preference = Case(When(pk=self.call_to_action_id, then=Value(0)), default=Value(1))
        chosen = (
            Page.objects.live()
            .filter(visible_q())
            .filter(choices)
            .annotate(preference=preference)
            .order_by("preference")
            .first()
        )
        if chosen is None:
            home = blog_index.get_parent()
            return {"page": home, "text": home.title}
        own = chosen.pk == self.call_to_action_id
        # wagtail-localize keeps a translation's page links on the original: send readers to
        # the page in their language when its translation is live.
        chosen = chosen.localized
        return {"page": chosen, "text": (self.call_to_action_text if own else "") or chosen.title}

    def structured_data(self, request):
        return json_ld.article(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        blog_index = self.get_parent()
        around = self.surroundings(request)
        hero_image = around["hero_image"]
        if hero_image is not None and hero_image.pk == self.hero_image_id:
            self.hero_image = hero_image
        context.update(
            blog_index=blog_index,
            authors=self.authors(),
            # Read only when the post's footer is built (templates/components/post_footer.html).
            categories=self.category_list,
            tags=self.tags.all(),
            related_posts=around["related"],
            older_post=around["older"],
            newer_post=around["newer"],
            call_to_action=functools.partial(self.get_call_to_action, blog_index),
            structured_data=self.structured_data(request),
        )
        return context
