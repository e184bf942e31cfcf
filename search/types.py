"""What kinds of page search can find, and how each is labelled and filtered.

Each entry in ``SEARCH_TYPES`` is one option in the "Show only" filter and the
label shown on matching results. An app plugs its pages in with one line here,
for example::

    SearchType("story", _("Story"), "blog.BlogPage", match={"kind": "story"}),

``match`` narrows a model to some of its pages by field value (a blog post's
kind); ``date_field`` and ``date_label`` say which date to show on a result.
Pages of a model with no entry are still found and labelled "Page".

To keep some pages of a model out of search altogether (closed roles), give
the model a ``get_searchable_queryset(cls, queryset)`` classmethod that
returns the narrowed queryset: see ``searchable_pages``.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, get_page_models

from hub.visibility.rules import any_restriction, visible_q

SEARCH_HOOK = "get_searchable_queryset"


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    model_label: str
    match: dict = field(default_factory=dict)
    date_field: str = ""
    date_label: str = ""

    @cached_property
    def model(self):
        return apps.get_model(self.model_label)

    def matches(self, page):
        """True if ``page`` (a specific page instance) is of this type."""
        return isinstance(page, self.model) and all(getattr(page, k) == v for k, v in self.match.items())

    def date_of(self, page):
        """The date to show on a result of this type, or ``None``."""
        return getattr(page, self.date_field, None) if self.date_field else None

    def page_filter(self):
        """A filter on ``Page`` for pages of this type (search backends filter on ``Page`` fields only)."""
        condition = Q(content_type=ContentType.objects.get_for_model(self.model))
        if self.match:
            condition &= Q(id__in=self.model.objects.filter(**self.match).values("pk"))
        return condition


PUBLISHED = {"date_field": "date", "date_label": _("Published")}

SEARCH_TYPES = [
    SearchType("news", _("News"), "blog.BlogPage", match={"post_type": "news"}, **PUBLISHED),
    SearchType("story", _("Story"), "blog.BlogPage", match={"post_type": "story"}, **PUBLISHED),
    SearchType("event", _("Event"), "blog.EventPage", date_field="start", date_label=_("Event date")),
    SearchType("report", _("Report"), "blog.BlogPage", match={"post_type": "report"}, **PUBLISHED),
    SearchType("role", _("Role"), "opportunities.OpportunityPage", date_field="closing_date", date_label=_("Closes")),
    SearchType("page", _("Page"), "home.StandardPage"),
    SearchType("page", _("Page"), "home.HomePage"),
    SearchType("page", _("Page"), "opportunities.OpportunityIndexPage"),
    SearchType("page", _("Page"), "blog.BlogIndexPage"),
    SearchType("page", _("Page"), "stories.StoryFormPage"),
]

DEFAULT_TYPE = SearchType("page", _("Page"), "wagtailcore.Page")


def filter_choices():
    """``(key, label)`` pairs for the filter, each key once, in the order above."""
    seen = {}
    for search_type in SEARCH_TYPES:
        seen.setdefault(search_type.key, search_type.label)
    return list(seen.items())


def type_filter(key):
    """A filter on ``Page`` for every page of the type ``key`` (``None`` if the key is unknown)."""
    conditions = [t.page_filter() for t in SEARCH_TYPES if t.key == key]
    if not conditions:
        return None
    combined = conditions[0]
    for condition in conditions[1:]:
        combined |= condition
    return combined


def type_of(page):
    """The ``SearchType`` that describes a specific page instance."""
    return next((t for t in SEARCH_TYPES if t.matches(page)), DEFAULT_TYPE)


def current_locale():
    """The visitor's language, as a subquery (``Locale.get_active()`` would cost a query)."""
    return Locale.objects.filter(language_code=get_supported_content_language_variant(get_language()))


def searchable_pages():
    """Live pages in the visitor's language, minus those a model's ``get_searchable_queryset`` leaves out.

    Restricted pages, in any language, are left out by ``hub.visibility``'s rule.
    Models without the hook are searchable as they are. The hook receives the
    model's own queryset and returns the pages that may be found.
    """
    pages = Page.objects.live().filter(locale__in=current_locale())
    if any_restriction():
        # With no restriction anywhere the rule keeps every page: leaving it out
        # saved 2 ms of each search's two queries at 5,000 pages (bench/search.py).
        pages = pages.filter(pk__in=Page.objects.filter(visible_q()).values("pk"))
    for model in get_page_models():
        hook = getattr(model, SEARCH_HOOK, None)
        if hook is None:
            continue
        narrowed = hook(model.objects.all())
        content_type = ContentType.objects.get_for_model(model)
        pages = pages.exclude(Q(content_type=content_type) & ~Q(id__in=narrowed.values("pk")))
    return pages
