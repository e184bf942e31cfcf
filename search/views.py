"""Site search over the current language's live, public pages."""

import logging
import re
import unicodedata

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.db.models import F, Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.search.utils import normalise_query_string

from search.models import NoResultsDailyHits
from search.suggestions import did_you_mean, main_routes
from search.types import filter_choices, searchable_pages, type_filter, type_of

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Control characters (including NUL, which PostgreSQL refuses) become spaces.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(raw):
    """The visitor's words, without control characters, at most ``MAX_QUERY_LENGTH`` long."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())[:MAX_QUERY_LENGTH].strip()


def search_words(query):
    """The words of a search, with punctuation and symbols taken out.

    Quotes, brackets, asterisks and the like mean something to the database's
    full-text search (and break Wagtail's SQLite backend), so only letters,
    combining marks and digits are kept; words in any script survive.
    """
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in query)
    return " ".join(kept.split())


def run_search(pages, query):
    """Every word must match; results come best first (the title counts most, then the summary)."""
    words = search_words(query)
    if not words:
        return pages.none()
    return pages.search(words, operator="and")


def record(query, found_anything):
    """Count the search for the editors' reports (and separately when it found nothing).

    A search already made today costs one UPDATE (two if it found nothing);
    the first of the day goes through Wagtail's ``Query.get(...).add_hit()``.
    The count must never cost the visitor their results: when the database
    cannot take the write (SQLite busy with another writer), the search is
    served uncounted and the failure is logged.
    """
    term = normalise_query_string(query)
    today = timezone.now().date()
    try:
        counted = QueryDailyHits.objects.filter(query__query_string=term, date=today).update(hits=F("hits") + 1)
        if not counted:
            Query.get(term).add_hit(today)
        if not found_anything:
            NoResultsDailyHits.add_hit(term, today)
    except DatabaseError:
        logger.warning("A search was not counted: the database did not take the write", exc_info=True)


def promotions_for(query, pages):
    """Editors' recommended results for exactly this search, in their chosen order."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=pages))
        .select_related("page")
        .order_by("sort_order")
    )


def typed(results):
    return [(result, type_of(result)) for result in results]


@require_GET
def search(request):
    """The search page.

    Search pages are private (never kept by the page cache or a CDN), so every
    search reaches this view and is counted here.
    """
    query = clean_query(request.GET.get("q", ""))
    choices = filter_choices()
    chosen_type = request.GET.get("type", "")
    if chosen_type not in dict(choices):
        chosen_type = ""
    context = {"search_query": query, "type_choices": choices, "chosen_type": chosen_type}
    if not query:
        return private(TemplateResponse(request, "pages/search.html", context))

    pages = searchable_pages()
    promotions = [] if chosen_type else promotions_for(query, pages)
    if chosen_type:
        pages = pages.filter(type_filter(chosen_type))
    promoted_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    results = run_search(pages.exclude(id__in=promoted_ids).specific(), query)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    total = paginator.count + len(promotions)
    first_page = page_obj.number == 1

    context.update(
        results=[(result, search_type, search_type.date_of(result)) for result, search_type in typed(page_obj)],
        page_obj=page_obj,
        page_range=paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1),
        paginator=paginator,
        promotions=promotions if first_page else [],
        total=total,
    )
    if not total:
        context.update(
            suggestion=did_you_mean(query, pages, lambda words: run_search(pages, words).count()),
            routes=main_routes(),
        )
    # Count a search once, when it is made, not again for each page or filter.
    if "page" not in request.GET and not chosen_type:
        record(query, found_anything=bool(total))
    return private(TemplateResponse(request, "pages/search.html", context))


def private(response):
    """Keep a search page out of the page cache and shared caches, so each search is counted."""
    patch_cache_control(response, private=True)
    return response
