"""The 'News and stories' listing page, its filters and its feeds."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from blog import feeds
from blog.models.events import EventPage, soonest_end
from blog.models.forms import PostFilterForm
from blog.models.posts import BlogPage
from blog.models.snippets import Category
from home.easy_read import EasyReadVersionMixin
from hub.caching.lookups import remembered
from hub.i18n.pages import SynchronisedSlugMixin
from hub.models import TrustIdentity
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin


class BlogIndexPage(
    EasyReadVersionMixin, RoutablePageMixin, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page
):
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
        return EventPage.objects.upcoming(now).child_of(self)

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

    def tag_choices(self):
        """Slug and name of the tags readers can filter by: only those of posts they can see."""
        # A private post's tags say what it is about.
        shown = BlogPage.objects.live().public().child_of(self).values("pk")
        return list(
            Tag.objects.filter(blog_blogpagetag_items__content_object__in=shown)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )

    def filter_choices(self):
        """The categories and tags of the filter form.

        They change only when content is published or a category is saved, so
        they are kept under the content version (``hub.caching.lookups``): two
        queries a listing.
        """
        return remembered(f"news-filters:{self.pk}", lambda: (self.category_choices(), self.tag_choices()))

    def filter_form(self, data, categories, tags):
        return PostFilterForm(data, categories=[(slug, name) for slug, name, _key, _locale in categories], tags=tags)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = PostListing(self, request.GET)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return feeds.PostsFeed(self)(request)

    @path("events.ics/", name="events_ics")
    def events_ics(self, request):
        return feeds.calendar_response(request, list(self.upcoming_events()), self.calendar_name(request), "events.ics")

    def calendar_name(self, request):
        """The name calendar apps show for the events file, in this page's language: "Riverside events"."""
        with translation.override(self.locale.language_code):
            return gettext("%(name)s events") % {"name": TrustIdentity.for_request(request).header_name}

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    def calendar_url(self):
        # Calendar files are served without a trailing slash (see hub/urls.py).
        return self.url + self.reverse_subpage("events_ics").removesuffix("/")


class PostListing:
    """What a news index shows for one request: the filter form, a page of posts and the upcoming events.

    Each part is read from the database when the template first asks for it,
    so a listing kept by ``{% listing_cache %}`` (``hub.caching.fragments``)
    costs no query.
    """

    def __init__(self, index, params):
        self.index = index
        self.params = params

    @cached_property
    def form(self):
        categories, tags = self.index.filter_choices()
        form = self.index.filter_form(self.params, categories, tags)
        # Unknown or malformed filters are left out of cleaned_data and so ignored.
        form.is_valid()
        return form

    @cached_property
    def chosen(self):
        return {key: value for key, value in self.form.cleaned_data.items() if value}

    @property
    def filtered(self):
        return bool(self.chosen)

    @cached_property
    def _paginator(self):
        posts = self.index.posts()
        chosen = self.chosen
        if "type" in chosen:
            posts = posts.filter(post_type=chosen["type"])
        if "category" in chosen:
            # Any language's version of the category; this language's wins a slug both use.
            categories, _tags = self.index.filter_choices()
            own_last = sorted(categories, key=lambda category: category[3] == self.index.locale_id)
            keys = {slug: key for slug, _name, key, _locale in own_last}
            posts = posts.filter(categories__translation_key=keys[chosen["category"]])
        if "tag" in chosen:
            posts = posts.filter(tags__slug=chosen["tag"])
        return Paginator(posts, self.index.POSTS_PER_PAGE)

    @cached_property
    def posts(self):
        return self._paginator.get_page(self.params.get("page"))

    @cached_property
    def upcoming_events(self):
        """The next few events, above the first page of the unfiltered list."""
        if self.posts.number != 1 or self.chosen:
            return []
        return list(self.index.upcoming_events()[: self.index.UPCOMING_EVENTS])

    @property
    def changes_at(self):
        """When time alone changes what was shown: the first shown event to end (its card turns into a write-up)."""
        return soonest_end([*self.upcoming_events, *self.posts])
