"""News, stories, reports and events, with their authors and categories.

``BlogPage`` is a post (news, story or report). ``EventPage`` extends it, so a
single query lists posts and events together, newest first, and both share
authors, categories and tags. An event shows as upcoming until its end time,
then as its write-up. ``BlogIndexPage`` lists both with filters and serves the
RSS feed and the calendar of upcoming events.
"""

import datetime
import math

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, Q, Subquery, Value, When
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from blog import feeds
from blog.blocks import BlogStreamBlock
from hub.chrome import trust_identity
from hub.i18n.snippets import localised
from hub.routing import PublicPageMixin
from hub.visibility.rules import visible_q

WORDS_PER_MINUTE = 200
RELATED_POSTS = 3


class Author(TranslatableMixin, models.Model):
    """Who wrote a post. Shown with the post; never a real name without consent."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            "The name readers see. Use a first name, a full name or a team name, only with the person's agreement."
        ),
    )
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("Optional. What they do, for example 'Peer support worker' or 'Co-production lead'."),
    )
    lived_experience = models.BooleanField(
        _("show 'lived experience' label"),
        default=False,
        help_text=_(
            "Tick to show a 'Lived experience' label next to their name. Only tick it if they have asked for it."
        ),
    )
    photo = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A square photo or drawing, with the person's agreement."),
    )
    bio = models.TextField(
        _("short bio"),
        max_length=400,
        blank=True,
        help_text=_("Optional. One or two sentences about them, shown at the end of their posts."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("lived_experience"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Category(TranslatableMixin, models.Model):
    """A broad subject readers can filter posts by, such as 'Events' or 'Quality improvement'."""

    name = models.CharField(
        _("name"), max_length=60, help_text=_("A short name readers understand, for example 'Carers'.")
    )
    slug = models.SlugField(
        _("web address name"),
        max_length=60,
        allow_unicode=True,
        help_text=_(
            "Used in the web address when readers filter by this category. "
            "Lower-case letters, numbers and hyphens only, for example 'carers'."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=250,
        blank=True,
        help_text=_("Optional. One sentence on what posts in this category are about."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class PostType(models.TextChoices):
    NEWS = "news", _("News")
    STORY = "story", _("Story")
    REPORT = "report", _("Report")
    EVENT = "event", _("Event")


class BlogPageQuerySet(PageQuerySet):
    def public(self):
        """Pages visitors may see in any language, checked inside this query (see ``hub.visibility``)."""
        return self.filter(visible_q())

    def listing(self):
        """Live, public posts with everything a post card shows, in a fixed number of queries."""
        return (
            self.live()
            .public()
            .select_related("eventpage", "hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-date", "-pk")
        )


BlogPageManager = PageManager.from_queryset(BlogPageQuerySet)


class BlogPageForm(WagtailAdminPageForm):
    """Posts offer every type but 'event' (events are made as event pages) and their own language's categories."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "post_type" in self.fields:
            self.fields["post_type"].choices = [
                choice for choice in self.fields["post_type"].choices if choice[0] != PostType.EVENT
            ]
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        if "categories" in self.fields and locale_id:
            self.fields["categories"].queryset = Category.objects.filter(locale_id=locale_id)


class BlogIndexPage(RoutablePageMixin, PublicPageMixin, Page):
    """The 'News and stories' listing (one per language) with its feeds."""

    POSTS_PER_PAGE = 12
    UPCOMING_EVENTS = 3

    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the title that say what readers will find here."),
    )
    default_call_to_action = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("default next step for readers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page every post links to at the end, unless the post chooses its own: usually the "
            "'Get involved' page. Leave empty to link to the home page."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("default_call_to_action")]
    search_fields = [*Page.search_fields, index.SearchField("introduction", boost=1.5)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage", "blog.EventPage"]
    max_count_per_parent = 1
    template = "pages/blog_index_page.html"

    class Meta:
        verbose_name = _("news and stories index")

    def get_meta_description(self):
        return self.search_description or self.introduction

    def posts(self):
        return BlogPage.objects.listing().child_of(self)

    def upcoming_events(self, now=None):
        return (
            EventPage.objects.live()
            .public()
            .child_of(self)
            .filter(end__gt=now or timezone.now())
            .select_related("hero_image")
            .order_by("start")
        )

    def category_choices(self):
        """Slug, name, translation key and locale of the categories readers can filter by.

        This language's categories, and the English ones nobody has translated
        yet (translated posts may still use them), in one query.
        """
        translated = Category.objects.filter(locale_id=self.locale_id).values("translation_key")
        untranslated = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
        return list(
            Category.objects.filter(Q(locale_id=self.locale_id) | untranslated).values_list(
                "slug", "name", "translation_key", "locale_id"
            )
        )

    def filter_form(self, data, categories):
        tags = (
            Tag.objects.filter(blog_blogpagetag_items__content_object__path__startswith=self.path)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )
        return PostFilterForm(data, categories=[(slug, name) for slug, name, _key, _locale in categories], tags=tags)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        categories = self.category_choices()
        form = self.filter_form(request.GET, categories)
        # Unknown or malformed filters are left out of cleaned_data and so ignored.
        form.is_valid()
        chosen = {key: value for key, value in form.cleaned_data.items() if value}
        posts = self.posts()
        if "type" in chosen:
            posts = posts.filter(post_type=chosen["type"])
        if "category" in chosen:
            # Any language's version of the category; this language's wins a slug both use.
            own_last = sorted(categories, key=lambda category: category[3] == self.locale_id)
            keys = {slug: key for slug, _name, key, _locale in own_last}
            posts = posts.filter(categories__translation_key=keys[chosen["category"]])
        if "tag" in chosen:
            posts = posts.filter(tags__slug=chosen["tag"])
        paginator = Paginator(posts, self.POSTS_PER_PAGE)
        posts_page = paginator.get_page(request.GET.get("page"))
        context.update(
            form=form,
            filtered=bool(chosen),
            posts=posts_page,
            page_range=paginator.get_elided_page_range(posts_page.number, on_each_side=1, on_ends=1),
            upcoming_events=(
                list(self.upcoming_events()[: self.UPCOMING_EVENTS]) if posts_page.number == 1 and not chosen else []
            ),
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return feeds.PostsFeed(self)(request)

    @path("events.ics/", name="events_ics")
    def events_ics(self, request):
        return feeds.calendar_response(request, list(self.upcoming_events()), self.title, "events.ics")

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    def calendar_url(self):
        # Calendar files are served without a trailing slash (see hub/urls.py).
        return self.url + self.reverse_subpage("events_ics").removesuffix("/")


class PostFilterForm(forms.Form):
    """The filters above the list of posts. Invalid values are ignored, not errors."""

    TYPE_CHOICES = [
        ("", _("All types")),
        (PostType.NEWS, _("News")),
        (PostType.STORY, _("Stories")),
        (PostType.EVENT, _("Events and write-ups")),
        (PostType.REPORT, _("Reports")),
    ]

    type = forms.ChoiceField(label=_("Type"), required=False, choices=TYPE_CHOICES)
    category = forms.ChoiceField(label=_("Category"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)

    def __init__(self, data, *, categories, tags):
        super().__init__(data)
        self.fields["category"].choices = [("", _("All categories")), *categories]
        self.fields["tag"].choices = [("", _("All tags")), *tags]


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


class BlogPage(PublicPageMixin, Page):
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

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("post_type")], heading=_("Date and type")),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        InlinePanel(
            "post_authors",
            heading=_("Authors"),
            label=_("Author"),
            help_text=_("Optional. Who wrote the post, in the order they should appear."),
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
        if isinstance(self, EventPage):
            return self
        if type(self) is BlogPage and self.specific_class is BlogPage:
            return None
        try:
            return self.eventpage
        except EventPage.DoesNotExist:
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

    @cached_property
    def _around(self):
        """The older and newer neighbouring posts and the related posts, in one query.

        Related posts are up to ``RELATED_POSTS`` other live posts that share a
        category, newest first. The post itself and its neighbours come first
        in the query's order, so the related posts are among the next
        ``RELATED_POSTS`` rows whether or not a neighbour is related too. The
        post's own row brings its hero image and renditions with the cards'.
        """
        siblings = BlogPage.objects.listing().sibling_of(self)
        older = siblings.filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)).order_by("-date", "-pk")
        newer = siblings.filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)).order_by("date", "pk")
        is_self = Q(pk=self.pk)
        is_neighbour = Q(pk=Subquery(older.values("pk")[:1])) | Q(pk=Subquery(newer.values("pk")[:1]))
        # By translation key: a sibling may use the English or the translated category.
        keys = [category.translation_key for category in self.category_list()]
        in_category = BlogPage.categories.through.objects.filter(category__translation_key__in=keys)
        is_related = Q(pk__in=in_category.values("blogpage")) & ~is_self if keys else Q(pk=None)
        rows = list(
            siblings.filter(is_self | is_neighbour | is_related)
            .annotate(
                first=Case(When(is_self | is_neighbour, then=Value(True)), default=Value(False)),
                neighbour=Case(When(is_neighbour, then=Value(True)), default=Value(False)),
                related=Case(When(is_related, then=Value(True)), default=Value(False)),
            )
            .order_by("-first", "-date", "-pk")[: 3 + RELATED_POSTS]
        )
        itself = next((row for row in rows if row.pk == self.pk), None)
        if itself is not None and itself.hero_image_id == self.hero_image_id:
            self.hero_image = itself.hero_image
        here = (self.date, self.pk)
        related = sorted((row for row in rows if row.related), key=lambda row: (row.date, row.pk), reverse=True)
        return {
            "older": next((row for row in rows if row.neighbour and (row.date, row.pk) < here), None),
            "newer": next((row for row in rows if row.neighbour and (row.date, row.pk) > here), None),
            "related": related[:RELATED_POSTS],
        }

    def related_posts(self):
        """Up to ``RELATED_POSTS`` other live posts that share a category, newest first."""
        return self._around["related"]

    def previous_and_next(self):
        """The older and the newer neighbouring posts in the same listing."""
        return self._around["older"], self._around["newer"]

    def get_call_to_action(self, blog_index):
        """The page the post ends by sending readers to, and the link text.

        The post's own choice first, then the news index's default, then the home page.
        """
        page, text = self.call_to_action, self.call_to_action_text
        if page is None or not page.live:
            page, text = blog_index.default_call_to_action, ""
            if page is None or not page.live:
                page = blog_index.get_parent()
        return {"page": page, "text": text or page.title}

    def image_url(self, request):
        if self.hero_image is None:
            return None
        return request.build_absolute_uri(self.hero_image.get_rendition("fill-1200x630|format-jpeg").url)

    def structured_data(self, request, organisation):
        """schema.org JSON-LD: a NewsArticle for news, otherwise a BlogPosting."""
        authors = [
            {"@type": "Person", "name": author.name, **({"jobTitle": author.role} if author.role else {})}
            for author in self.authors()
        ]
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle" if self.post_type == PostType.NEWS else "BlogPosting",
            "headline": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "datePublished": self.date.isoformat(),
            "inLanguage": translation.get_language(),
            "author": authors or [organisation],
            "publisher": organisation,
        }
        if self.last_published_at:
            data["dateModified"] = timezone.localtime(self.last_published_at).isoformat()
        image = self.image_url(request)
        if image:
            data["image"] = [image]
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisation = {
            "@type": "Organization",
            "name": trust_identity(request).name,
            "url": request.build_absolute_uri("/"),
        }
        blog_index = self.get_parent().specific
        older, newer = self.previous_and_next()
        context.update(
            blog_index=blog_index,
            authors=self.authors(),
            categories=self.category_list(),
            tags=list(self.tags.all()),
            related_posts=self.related_posts(),
            older_post=older,
            newer_post=newer,
            call_to_action=self.get_call_to_action(blog_index),
            structured_data=self.structured_data(request, organisation),
        )
        return context


class EventPage(RoutablePageMixin, BlogPage):
    """An event: upcoming until its end time, then its write-up, on the same page."""

    class Booking(models.TextChoices):
        JUST_COME = "none", _("No need to book: just come")
        LINK = "link", _("Book online (a web address)")
        EMAIL = "email", _("Book by email")

    start = models.DateTimeField(
        _("starts"),
        help_text=_("The date and time it starts, in UK time."),
    )
    end = models.DateTimeField(
        _("ends"),
        help_text=_(
            "The date and time it ends, in UK time. Until then the page shows as an upcoming event with "
            "an 'Add to calendar' button; after it, as the write-up."
        ),
    )
    is_online = models.BooleanField(
        _("online event"),
        default=False,
        help_text=_("Tick if people join online. You can still add a venue if some people come in person."),
    )
    venue_name = models.CharField(
        _("venue"),
        max_length=120,
        blank=True,
        help_text=_("The name of the building or room, for example 'Riverside Community Hall'."),
    )
    venue_address = models.TextField(
        _("venue address"),
        max_length=300,
        blank=True,
        help_text=_("The full address with the postcode, one line for each part."),
    )
    step_free_access = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("Tick if people can get in and around without steps (lift or ramp)."),
    )
    hearing_loop = models.BooleanField(
        _("hearing loop"), default=False, help_text=_("Tick if there is a hearing loop.")
    )
    quiet_room = models.BooleanField(
        _("quiet room"), default=False, help_text=_("Tick if there is a quiet room people can use at any time.")
    )
    bsl_interpreter = models.BooleanField(
        _("BSL interpreter"),
        default=False,
        help_text=_("Tick if a British Sign Language interpreter will be there."),
    )
    accessibility_notes = models.CharField(
        _("more about access"),
        max_length=300,
        blank=True,
        help_text=_("Optional. Anything else people may need to know, such as accessible parking or toilets."),
    )
    booking = models.CharField(
        _("how to book"),
        max_length=10,
        choices=Booking.choices,
        default=Booking.JUST_COME,
        help_text=_("Choose how people book. Add the web address or email below if you choose one of those."),
    )
    booking_url = models.URLField(
        _("booking web address"), blank=True, help_text=_("The page where people book, starting with https://.")
    )
    booking_email = models.EmailField(
        _("booking email"), blank=True, help_text=_("The address people write to for a place.")
    )
    cost = models.CharField(
        _("cost"),
        max_length=80,
        help_text=_("What it costs to come, for example 'Free' or 'Free, and we pay your travel costs'."),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Anyone who uses our services, carers and staff'."),
    )
    write_up = StreamField(
        BlogStreamBlock(),
        verbose_name=_("write-up"),
        blank=True,
        help_text=_(
            "After the event: what happened, what people said and what comes next. It replaces the "
            "description once the event has ended."
        ),
    )
    attendance = models.PositiveIntegerField(
        _("number of people who came"),
        null=True,
        blank=True,
        help_text=_("Optional. After the event: roughly how many people came, for example 70."),
    )
    highlights = models.TextField(
        _("highlights"),
        max_length=1200,
        blank=True,
        help_text=_("Optional. After the event: its highlights, one short sentence on each line."),
    )
    film_url = models.URLField(
        _("film link"),
        blank=True,
        help_text=_("Optional. After the event: a link to a film of it, for example on YouTube."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Write this before the event. It shows until the end time, with an 'Add to "
                        "calendar' button. After that the page shows the write-up below instead."
                    )
                ),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("body", heading=_("description")),
                FieldPanel("audience"),
                FieldPanel("cost"),
            ],
            heading=_("Before the event"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_online"), FieldPanel("venue_name"), FieldPanel("venue_address")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("hearing_loop"),
                FieldPanel("quiet_room"),
                FieldPanel("bsl_interpreter"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Access: tick what applies"),
        ),
        MultiFieldPanel(
            [FieldPanel("booking"), FieldPanel("booking_url"), FieldPanel("booking_email")],
            heading=_("How to book"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(content=_("Fill these in after the event. Readers see them once the end time has passed.")),
                FieldPanel("write_up"),
                FieldPanel("attendance"),
                FieldPanel("highlights"),
                InlinePanel("gallery_images", label=_("Photo"), heading=_("Photos")),
                FieldPanel("film_url"),
            ],
            heading=_("After the event: the write-up"),
        ),
        InlinePanel(
            "post_authors",
            heading=_("Authors"),
            label=_("Author"),
            help_text=_("Optional. Who wrote the page, in the order they should appear."),
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
    search_fields = [
        *BlogPage.search_fields,
        index.SearchField("write_up"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if not self.is_online and not self.venue_name:
            errors["venue_name"] = _("Give the venue, or tick 'online event'.")
        if self.booking == self.Booking.LINK and not self.booking_url:
            errors["booking_url"] = _("Add the web address where people book, or choose another way to book.")
        if self.booking == self.Booking.EMAIL and not self.booking_email:
            errors["booking_email"] = _("Add the email address people book with, or choose another way to book.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.post_type = PostType.EVENT
        if self.start:
            self.date = timezone.localtime(self.start).date()
        super().save(*args, **kwargs)

    @property
    def event(self):
        return self

    def is_upcoming(self, now=None):
        """True until the end time; from the end time on, the page is a write-up."""
        return self.end > (now or timezone.now())

    def text_streams(self):
        return [self.body] if self.is_upcoming() else [self.write_up or self.body]

    def highlight_list(self):
        return [line.strip() for line in self.highlights.splitlines() if line.strip()]

    def access_features(self):
        features = [
            (self.step_free_access, _("Step-free access")),
            (self.hearing_loop, _("Hearing loop")),
            (self.quiet_room, _("Quiet room")),
            (self.bsl_interpreter, _("British Sign Language interpreter")),
        ]
        return [label for ticked, label in features if ticked]

    def location_text(self):
        parts = [self.venue_name, ", ".join(line.strip() for line in self.venue_address.splitlines() if line.strip())]
        place = ", ".join(part for part in parts if part)
        if self.is_online:
            return str(_("Online")) + (f" and {place}" if place else "")
        return place

    def structured_data(self, request, organisation):
        online = "https://schema.org/OnlineEventAttendanceMode"
        offline = "https://schema.org/OfflineEventAttendanceMode"
        mixed = "https://schema.org/MixedEventAttendanceMode"
        place = {
            "@type": "Place",
            "name": self.venue_name,
            "address": {"@type": "PostalAddress", "streetAddress": ", ".join(self.venue_address.splitlines())},
        }
        virtual = {"@type": "VirtualLocation", "url": self.get_full_url(request)}
        if self.is_online:
            mode, location = (mixed, [virtual, place]) if self.venue_name else (online, virtual)
        else:
            mode, location = offline, place
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "startDate": timezone.localtime(self.start).isoformat(),
            "endDate": timezone.localtime(self.end).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": mode,
            "location": location,
            "organizer": organisation,
            "inLanguage": translation.get_language(),
        }
        image = self.image_url(request)
        if image:
            data["image"] = [image]
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            upcoming=self.is_upcoming(),
            gallery=list(self.gallery_images.select_related("image").prefetch_related("image__renditions")),
        )
        return context

    @path("event.ics/", name="event_ics")
    def event_ics(self, request):
        return feeds.calendar_response(request, [self], self.title, f"{self.slug}.ics")

    def calendar_url(self):
        # Calendar files are served without a trailing slash (see hub/urls.py).
        return self.url + self.reverse_subpage("event_ics").removesuffix("/")


class EventGalleryImage(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("photo"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A photo from the event. Check its alt text says what it shows, and that everyone in it agreed to be shown."
        ),
    )
    caption = models.CharField(
        _("caption"), max_length=200, blank=True, help_text=_("Optional. Shown under the photo.")
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")


class HomePageFeaturedPost(Orderable):
    """A post an editor puts on the home page; empty places are filled with the latest posts."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_posts")
    post = models.ForeignKey(
        BlogPage,
        verbose_name=_("post"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A post or event write-up to show on the home page."),
    )

    panels = [FieldPanel("post")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured post")


class HomePageFeaturedEvent(Orderable):
    """An upcoming event an editor puts on the home page; it drops off once it has ended."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_events")
    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An upcoming event to show on the home page. It disappears from there once it has ended."),
    )

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured event")


def _chosen_then_latest(candidates, chosen_ids, limit):
    """The chosen items still in ``candidates``, in the editor's order, topped up from ``candidates``."""
    found = {item.pk: item for item in candidates.filter(pk__in=chosen_ids)} if chosen_ids else {}
    picked = [found[pk] for pk in chosen_ids if pk in found][:limit]
    if len(picked) < limit:
        picked += list(candidates.exclude(pk__in=[item.pk for item in picked])[: limit - len(picked)])
    return picked


def home_page_news(home, now=None):
    """What the home page shows from the blog: the news index, three posts and two upcoming events.

    The editor's choices come first; empty places are filled with the latest
    posts (not upcoming events) and the soonest upcoming events.
    """
    now = now or timezone.now()
    posts = BlogPage.objects.listing().descendant_of(home).exclude(eventpage__end__gt=now)
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(home)
        .filter(end__gt=now)
        .select_related("hero_image")
        .order_by("start")
    )
    return {
        "index": BlogIndexPage.objects.live().child_of(home).filter(visible_q()).first(),
        "posts": _chosen_then_latest(posts, [item.post_id for item in home.featured_posts.all()], 3),
        "events": _chosen_then_latest(events, [item.event_id for item in home.featured_events.all()], 2),
    }
